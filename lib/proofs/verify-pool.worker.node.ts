/**
 * A verifier thread of verify-pool.node.ts: one batch verifier (its own BN254 engine, keys loaded
 * once per depth) that verifies the chunks it is sent, one at a time.
 */
import { parentPort } from "node:worker_threads";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import { createBatchVerifier } from "./batch-verify.ts";
import { loadSemaphoreVerificationKey } from "./verification-keys.node.ts";

export interface VerifyTask {
  id: number;
  proofs: readonly SolidityProof[];
}

export type VerifierMessage =
  | { type: "ready" }
  | { type: "results"; id: number; results: boolean[] }
  | { type: "error"; id?: number; error: string };

if (parentPort) {
  const port = parentPort;
  const post = (message: VerifierMessage) => {
    port.postMessage(message);
  };
  const verifier = createBatchVerifier(loadSemaphoreVerificationKey);
  verifier.then(
    () => {
      post({ type: "ready" });
    },
    (error: unknown) => {
      post({ type: "error", error: `Could not start a verifier: ${String(error)}` });
    },
  );
  port.on("message", ({ id, proofs }: VerifyTask) => {
    verifier
      .then((batch) => batch.verify(proofs))
      .then(
        (results) => {
          post({ type: "results", id, results });
        },
        (error: unknown) => {
          post({ type: "error", id, error: String(error) });
        },
      );
  });
}
