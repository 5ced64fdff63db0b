/**
 * The page's side of the proving worker: one worker per prover, reused for every proof (the second
 * proof is faster: artifacts and the curve are warm), with each proof's stages reported.
 */
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import type { BallotStatement } from "./prove-ballot.ts";
import type { ProverEvent, ProverRequest, ProverStage } from "./prover-protocol.ts";

export interface BrowserProver {
  /** Starts downloading a depth's artifacts. */
  prepare(depth: number): void;
  prove(
    privateKey: string,
    statement: BallotStatement,
    onStage?: (stage: ProverStage) => void,
  ): Promise<{ proof: SolidityProof; milliseconds: number }>;
  terminate(): void;
}

export function createBrowserProver(): BrowserProver {
  const worker = new Worker(new URL("./prove.worker.ts", import.meta.url), { type: "module" });
  const post = (request: ProverRequest) => {
    worker.postMessage(request);
  };
  let nextId = 1;
  return {
    prepare(depth) {
      post({ type: "prepare", depth });
    },
    prove(privateKey, statement, onStage) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const listen = (event: MessageEvent<ProverEvent>) => {
          const message = event.data;
          if (message.id !== id) return;
          if (message.type === "stage") {
            onStage?.(message.stage);
            return;
          }
          worker.removeEventListener("message", listen);
          if (message.type === "proof") resolve({ proof: message.proof, milliseconds: message.milliseconds });
          else reject(new Error(message.message));
        };
        worker.addEventListener("message", listen);
        worker.addEventListener(
          "error",
          () => {
            reject(new Error("The proving worker stopped unexpectedly. Reload the page and try again."));
          },
          { once: true },
        );
        post({ type: "prove", id, privateKey, statement });
      });
    },
    terminate() {
      worker.terminate();
    },
  };
}
