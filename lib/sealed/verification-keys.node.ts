/**
 * The sealed circuits' verification keys from the committed circuits/keys/ (what the contracts'
 * SealedVerificationKeys were generated from), read from disk once per circuit.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PARTIAL_DECRYPTION_CIRCUIT } from "./partial-decryption-proof.ts";
import type { SealedVerificationKeys } from "./sealed-recount.ts";
import { ballotCircuitFor, type CircuitSpec } from "../../circuits/manifest.ts";
import { parseVerificationKey, type Groth16VerificationKey } from "../proofs/verification-key.ts";

const KEYS_DIR = path.resolve(import.meta.dirname, "../../circuits/keys");
const cache = new Map<string, Promise<Groth16VerificationKey>>();

function loadKey(spec: CircuitSpec): Promise<Groth16VerificationKey> {
  let key = cache.get(spec.name);
  if (key === undefined) {
    key = readFile(path.join(KEYS_DIR, `${spec.name}.vkey.json`), "utf8").then((text) =>
      parseVerificationKey(JSON.parse(text), spec.publicSignals),
    );
    cache.set(spec.name, key);
    // A failed read is not cached, so a later call retries.
    key.catch(() => cache.delete(spec.name));
  }
  return key;
}

/** The keys a sealed poll of `optionCount` options is recounted with. */
export async function loadSealedVerificationKeys(optionCount: number): Promise<SealedVerificationKeys> {
  const [ballot, partialDecryption] = await Promise.all([
    loadKey(ballotCircuitFor(optionCount)),
    loadKey(PARTIAL_DECRYPTION_CIRCUIT),
  ]);
  return { ballot, partialDecryption };
}
