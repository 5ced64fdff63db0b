/**
 * Semaphore's verification keys from the @zk-kit/semaphore-artifacts package (the same 4.13.0 artifacts
 * the proofs are made with), read from disk once per depth.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { MAX_TREE_DEPTH, MIN_TREE_DEPTH } from "./proof-checks.ts";
import {
  parseSemaphoreVerificationKey,
  type Groth16VerificationKey,
  type VerificationKeySource,
} from "./verification-key.ts";

const require = createRequire(import.meta.url);
const cache = new Map<number, Promise<Groth16VerificationKey>>();

/** The Semaphore verification key for a tree depth, from the local artifacts. */
export const loadSemaphoreVerificationKey: VerificationKeySource = (depth) => {
  if (!Number.isInteger(depth) || depth < MIN_TREE_DEPTH || depth > MAX_TREE_DEPTH) {
    return Promise.reject(
      new RangeError(`Tree depth must be an integer from ${MIN_TREE_DEPTH} to ${MAX_TREE_DEPTH}, got ${depth}`),
    );
  }
  let key = cache.get(depth);
  if (key === undefined) {
    key = readKey(depth);
    cache.set(depth, key);
    // A failed read is not cached, so a later call retries.
    key.catch(() => cache.delete(depth));
  }
  return key;
};

async function readKey(depth: number): Promise<Groth16VerificationKey> {
  const file = require.resolve(`@zk-kit/semaphore-artifacts/semaphore-${depth}.json`);
  return parseSemaphoreVerificationKey(JSON.parse(await readFile(file, "utf8")));
}
