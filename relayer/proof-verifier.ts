/**
 * Off-chain proof verification for the relayer: one long-lived batch verifier (its curve engine and the
 * prepared keys are built once, not per request), fed in small batches. Requests that arrive together
 * are verified together, which costs N + 3 pairings instead of 4N (lib/proofs/batch-verify.ts); a batch
 * that fails is split until the bad proofs are named, so one forged ballot cannot sink honest ones.
 */
import { createBatchVerifier, type BatchVerifier } from "../lib/proofs/batch-verify.ts";
import { loadSemaphoreVerificationKey } from "../lib/proofs/verification-keys.node.ts";
import type { SolidityProof } from "../lib/semaphore/solidity-proof.ts";

interface Waiting {
  proof: SolidityProof;
  resolve: (valid: boolean) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 64;

export class ProofVerifier {
  private waiting: Waiting[] = [];
  private running = false;

  private readonly verifier: BatchVerifier;

  private constructor(verifier: BatchVerifier) {
    this.verifier = verifier;
  }

  static async create(): Promise<ProofVerifier> {
    return new ProofVerifier(await createBatchVerifier(loadSemaphoreVerificationKey));
  }

  verify(proof: SolidityProof): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ proof, resolve, reject });
      if (!this.running) {
        this.running = true;
        // Let the requests that arrived in the same turn of the event loop join this batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      try {
        const results = await this.verifier.verify(batch.map(({ proof }) => proof));
        batch.forEach(({ resolve }, i) => {
          resolve(results[i] === true);
        });
      } catch (error) {
        for (const { reject } of batch) reject(error);
      }
    }
    this.running = false;
  }
}
