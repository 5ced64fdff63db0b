/**
 * The page's side of the proving worker. One prover lives as long as the voting booth: it prepares
 * the roll's depth while the voter chooses (download with progress, then a warm-up proof) and makes
 * the ballot's proof, whatever else the page re-renders or re-reads. A proof that is cancelled or
 * runs out of time cannot be interrupted inside snarkjs, so its worker is terminated and a fresh one
 * prepared in its place: the booth stays usable.
 */
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import type { BallotStatement } from "./prove-ballot.ts";
import { ProverError, type ProverFailure } from "./prover-error.ts";
import type { DownloadProgress, ProverEvent, ProverRequest, ProverStage } from "./prover-protocol.ts";

export type Preparation =
  | { status: "idle" }
  | { status: "downloading"; depth: number; progress: DownloadProgress }
  | { status: "warming"; depth: number }
  | { status: "ready"; depth: number }
  | { status: "failed"; depth: number; failure: ProverFailure };

export interface ProveOptions {
  onStage?: (stage: ProverStage) => void;
  /** Stops the proof: the promise rejects with the signal's reason and the worker is replaced. */
  signal?: AbortSignal;
}

export interface BrowserProver {
  /** Downloads a depth's artifacts and warms the engine; again for a new depth if the roll grows. */
  prepare(depth: number): void;
  /** The latest preparation, for useSyncExternalStore. */
  preparation: () => Preparation;
  subscribe: (listener: () => void) => () => void;
  prove(
    privateKey: string,
    statement: BallotStatement,
    options?: ProveOptions,
  ): Promise<{ proof: SolidityProof; milliseconds: number }>;
  terminate(): void;
}

export function createBrowserProver(): BrowserProver {
  let worker = startWorker();
  let nextId = 1;
  let preparedDepth: number | undefined;
  let preparation: Preparation = { status: "idle" };
  const listeners = new Set<() => void>();

  function startWorker(): Worker {
    const started = new Worker(new URL("./prove.worker.ts", import.meta.url), { type: "module" });
    started.addEventListener("message", (event: MessageEvent<ProverEvent>) => {
      onPreparationEvent(started, event.data);
    });
    return started;
  }

  function setPreparation(next: Preparation): void {
    preparation = next;
    for (const listener of listeners) listener();
  }

  function onPreparationEvent(from: Worker, message: ProverEvent): void {
    if (from !== worker || !("depth" in message) || message.depth !== preparedDepth) return;
    if (message.type === "download") {
      // Once downloaded, the worker warms up before it says "ready".
      const complete = message.progress.total !== undefined && message.progress.loaded >= message.progress.total;
      setPreparation(
        complete
          ? { status: "warming", depth: message.depth }
          : { status: "downloading", depth: message.depth, progress: message.progress },
      );
    } else if (message.type === "ready") setPreparation({ status: "ready", depth: message.depth });
    else setPreparation({ status: "failed", depth: message.depth, failure: message.failure });
  }

  function post(request: ProverRequest): void {
    worker.postMessage(request);
  }

  function prepare(depth: number): void {
    if (depth === preparedDepth && preparation.status !== "failed") return;
    preparedDepth = depth;
    setPreparation({ status: "downloading", depth, progress: { loaded: 0, total: undefined } });
    post({ type: "prepare", depth });
  }

  /** Ends the current worker (and whatever it was proving) and prepares a new one. */
  function replaceWorker(): void {
    worker.terminate();
    worker = startWorker();
    const depth = preparedDepth;
    preparedDepth = undefined;
    if (depth !== undefined) prepare(depth);
  }

  return {
    prepare,
    preparation: () => preparation,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    prove(privateKey, statement, { onStage, signal } = {}) {
      const id = nextId++;
      const proving = worker;
      return new Promise((resolve, reject) => {
        const stop = () => {
          proving.removeEventListener("message", listen);
          proving.removeEventListener("error", crashed);
          signal?.removeEventListener("abort", aborted);
        };
        const listen = (event: MessageEvent<ProverEvent>) => {
          const message = event.data;
          if (!("id" in message) || message.id !== id) return;
          if (message.type === "stage") {
            onStage?.(message.stage);
            return;
          }
          stop();
          if (message.type === "proof") resolve({ proof: message.proof, milliseconds: message.milliseconds });
          else reject(new ProverError(message.failure));
        };
        const crashed = () => {
          stop();
          replaceWorker();
          reject(new ProverError({ kind: "workerStopped" }));
        };
        const aborted = () => {
          stop();
          if (proving === worker) replaceWorker();
          const reason: unknown = signal?.reason;
          reject(reason instanceof Error ? reason : new ProverError({ kind: "stopped" }));
        };
        if (signal?.aborted) {
          aborted();
          return;
        }
        proving.addEventListener("message", listen);
        proving.addEventListener("error", crashed);
        signal?.addEventListener("abort", aborted, { once: true });
        post({ type: "prove", id, privateKey, statement });
      });
    },
    terminate() {
      worker.terminate();
      listeners.clear();
    },
  };
}
