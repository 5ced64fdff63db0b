import { createRequire } from "node:module";

/** Tree depths Semaphore v4 supports (and for which @zk-kit/semaphore-artifacts ships keys). */
export const MIN_TREE_DEPTH = 1;
export const MAX_TREE_DEPTH = 32;

/** Where `generateProof` finds the circuit and its proving key: file paths in Node, URLs in a browser. */
export interface SnarkArtifacts {
  wasm: string;
  zkey: string;
}

const require = createRequire(import.meta.url);

/**
 * Local paths of the Semaphore 4.13.0 proving artifacts for a tree depth. Passing these to
 * `generateProof` keeps it from fetching them from a CDN.
 */
export function semaphoreArtifacts(depth: number): SnarkArtifacts {
  if (!Number.isInteger(depth) || depth < MIN_TREE_DEPTH || depth > MAX_TREE_DEPTH) {
    throw new RangeError(`Tree depth must be an integer from ${MIN_TREE_DEPTH} to ${MAX_TREE_DEPTH}, got ${depth}`);
  }
  return {
    wasm: require.resolve(`@zk-kit/semaphore-artifacts/semaphore-${depth}.wasm`),
    zkey: require.resolve(`@zk-kit/semaphore-artifacts/semaphore-${depth}.zkey`),
  };
}
