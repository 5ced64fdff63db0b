/**
 * Off-chain proof verification for the relayer: one long-lived Groth16 batch verifier (its curve
 * engine and the prepared keys are built once, not per request), fed in small batches. Requests that
 * arrive together are verified together, grouped by verification key (Semaphore's of each tree depth,
 * the sealed-ballot circuit of each size), which costs N + 3 pairings per group instead of 4N
 * (lib/proofs/groth16-batch.ts); a batch that fails is split until the bad proofs are named, so one
 * forged ballot cannot sink honest ones.
 */
import { semaphoreStatement } from "../lib/proofs/batch-verify.ts";
import {
  createGroth16BatchVerifier,
  type Groth16BatchVerifier,
  type Groth16Statement,
} from "../lib/proofs/groth16-batch.ts";
import { isWellFormed } from "../lib/proofs/proof-checks.ts";
import type { Groth16VerificationKey } from "../lib/proofs/verification-key.ts";
import { loadSemaphoreVerificationKey } from "../lib/proofs/verification-keys.node.ts";
import { loadSealedVerificationKeys } from "../lib/sealed/verification-keys.node.ts";
import type { SolidityProof } from "../lib/semaphore/solidity-proof.ts";

interface Waiting {
  key: Groth16VerificationKey;
  statement: Groth16Statement;
  resolve: (valid: boolean) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 64;

export class ProofVerifier {
  private waiting: Waiting[] = [];
  private running = false;

  private readonly groth16: Groth16BatchVerifier;

  private constructor(groth16: Groth16BatchVerifier) {
    this.groth16 = groth16;
  }

  static async create(): Promise<ProofVerifier> {
    return new ProofVerifier(await createGroth16BatchVerifier());
  }

  /** Whether a public poll's Semaphore proof is valid. */
  async verify(proof: SolidityProof): Promise<boolean> {
    if (!isWellFormed(proof)) return false;
    return this.enqueue(await loadSemaphoreVerificationKey(Number(proof.merkleTreeDepth)), semaphoreStatement(proof));
  }

  /** Whether a sealed ballot's statement (lib/sealed/cast-ballot.ts) holds under its poll's ballot circuit. */
  async verifySealed(statement: Groth16Statement, optionCount: number): Promise<boolean> {
    return this.enqueue((await loadSealedVerificationKeys(optionCount)).ballot, statement);
  }

  private enqueue(key: Groth16VerificationKey, statement: Groth16Statement): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key, statement, resolve, reject });
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
      const byKey = new Map<Groth16VerificationKey, Waiting[]>();
      for (const item of batch) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item]);
      for (const [key, group] of byKey) {
        try {
          const results = await this.groth16.verify(
            key,
            group.map(({ statement }) => statement),
          );
          group.forEach(({ resolve }, i) => {
            resolve(results[i] === true);
          });
        } catch (error) {
          for (const { reject } of group) reject(error);
        }
      }
    }
    this.running = false;
  }
}
