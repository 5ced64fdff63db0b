/**
 * Batch verification of Semaphore's ballots: the proofs grouped by tree depth (each depth its own
 * key), each group checked by the generic random-linear-combination verifier of ./groth16-batch.ts.
 *
 * Accepts exactly what verify-single.ts accepts (see proof-checks.ts): a proof is valid iff it is
 * well-formed, its points are on the curve and B is in G2's order-r subgroup, and its equation holds.
 */
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import { createGroth16BatchVerifier, type Groth16Statement } from "./groth16-batch.ts";
import { isWellFormed, publicSignals } from "./proof-checks.ts";
import type { VerificationKeySource } from "./verification-key.ts";

export interface BatchVerifier {
  /** Whether each proof is valid: one result per proof, in the same order. */
  verify(proofs: readonly SolidityProof[]): Promise<boolean[]>;
}

/** A (well-formed) Semaphore proof as a Groth16 statement: its points and its four public signals. */
export function semaphoreStatement(proof: SolidityProof): Groth16Statement {
  return { proof: proof.points, signals: publicSignals(proof) };
}

/**
 * A batch verifier with its own BN254 engine (single-threaded WebAssembly, nothing to release), for
 * keys from `keys`. Environment-agnostic: in Node, pass loadSemaphoreVerificationKey.
 */
export async function createBatchVerifier(keys: VerificationKeySource): Promise<BatchVerifier> {
  const groth16 = await createGroth16BatchVerifier();
  const loading = new Map<number, ReturnType<VerificationKeySource>>();
  const keyOf = (depth: number): ReturnType<VerificationKeySource> => {
    let key = loading.get(depth);
    if (key === undefined) {
      key = keys(depth);
      loading.set(depth, key);
      // A key that failed to load is not remembered, so a later call retries.
      key.catch(() => loading.delete(depth));
    }
    return key;
  };

  return {
    async verify(proofs) {
      const results = proofs.map(() => false);
      const byDepth = new Map<number, number[]>();
      proofs.forEach((proof, index) => {
        if (!isWellFormed(proof)) return;
        const depth = Number(proof.merkleTreeDepth);
        const indexes = byDepth.get(depth);
        if (indexes) indexes.push(index);
        else byDepth.set(depth, [index]);
      });
      for (const [depth, indexes] of byDepth) {
        const statements = indexes.map((index) => semaphoreStatement(proofs[index] as SolidityProof));
        const valid = await groth16.verify(await keyOf(depth), statements);
        valid.forEach((holds, position) => {
          if (holds) results[indexes[position] as number] = true;
        });
      }
      return results;
    },
  };
}

/** Convenience for one-off use: verifies a batch with a fresh engine. */
export async function verifyBatch(proofs: readonly SolidityProof[], keys: VerificationKeySource): Promise<boolean[]> {
  return (await createBatchVerifier(keys)).verify(proofs);
}
