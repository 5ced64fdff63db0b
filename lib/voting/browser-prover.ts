/**
 * The page's side of the proving worker. One prover lives as long as the voting booth: it prepares
 * the ballot's circuit while the voter chooses (download with progress, then a warm-up proof) and
 * makes the ballot's proof, public or sealed, whatever else the page re-renders or re-reads. A proof that is cancelled or
 * runs out of time cannot be interrupted inside snarkjs, so its worker is terminated and a fresh one
 * prepared in its place: the booth stays usable.
 */
import type { CastSealedBallot } from "../sealed/cast-ballot.ts";
import type { SealedStatement } from "../sealed/sealed-ballot-proof.ts";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import type { BallotStatement } from "./prove-ballot.ts";
import { ProverError, type ProverFailure } from "./prover-error.ts";
import type { CircuitName, DownloadProgress, ProverEvent, ProverRequest, ProverStage } from "./prover-protocol.ts";

export type Preparation =
  | { status: "idle" }
  | { status: "downloading"; circuit: CircuitName; progress: DownloadProgress }
  | { status: "warming"; circuit: CircuitName }
  | { status: "ready"; circuit: CircuitName }
  | { status: "failed"; circuit: CircuitName; failure: ProverFailure };

export interface ProveOptions {
  onStage?: (stage: ProverStage) => void;
  /** Stops the proof: the promise rejects with the signal's reason and the worker is replaced. */
  signal?: AbortSignal;
}

export interface BrowserProver {
  /** Downloads a circuit's artifacts and warms the engine; again for a new circuit if the roll grows. */
  prepare(circuit: CircuitName): void;
  /** The latest preparation, for useSyncExternalStore. */
  preparation: () => Preparation;
  subscribe: (listener: () => void) => () => void;
  prove(
    privateKey: string,
    statement: BallotStatement,
    options?: ProveOptions,
  ): Promise<{ proof: SolidityProof; milliseconds: number }>;
  /** A sealed ballot, encrypted and proved in the worker with randomness that never leaves it. */
  proveSealed(
    privateKey: string,
    statement: SealedStatement,
    options?: ProveOptions,
  ): Promise<{ ballot: CastSealedBallot; milliseconds: number }>;
  terminate(): void;
}

export function createBrowserProver(): BrowserProver {
  let worker = startWorker();
  let nextId = 1;
  let preparedCircuit: CircuitName | undefined;
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
    if (from !== worker || !("circuit" in message) || message.circuit !== preparedCircuit) return;
    if (message.type === "download") {
      // Once downloaded, the worker warms up before it says "ready".
      const complete = message.progress.total !== undefined && message.progress.loaded >= message.progress.total;
      setPreparation(
        complete
          ? { status: "warming", circuit: message.circuit }
          : { status: "downloading", circuit: message.circuit, progress: message.progress },
      );
    } else if (message.type === "ready") setPreparation({ status: "ready", circuit: message.circuit });
    else setPreparation({ status: "failed", circuit: message.circuit, failure: message.failure });
  }

  function post(request: ProverRequest): void {
    worker.postMessage(request);
  }

  function prepare(circuit: CircuitName): void {
    if (circuit === preparedCircuit && preparation.status !== "failed") return;
    preparedCircuit = circuit;
    setPreparation({ status: "downloading", circuit, progress: { loaded: 0, total: undefined } });
    post({ type: "prepare", circuit });
  }

  /** Ends the current worker (and whatever it was proving) and prepares a new one. */
  function replaceWorker(): void {
    worker.terminate();
    worker = startWorker();
    const circuit = preparedCircuit;
    preparedCircuit = undefined;
    if (circuit !== undefined) prepare(circuit);
  }

  /**
   * Sends one proof request and settles with the worker's answer to it: `result` picks the proof out
   * of the answer (undefined for an error), a stage is passed on, a crash or an abort ends the worker.
   */
  function run<T>(
    request: (id: number) => ProverRequest,
    result: (message: ProverEvent) => T | undefined,
    { onStage, signal }: ProveOptions = {},
  ): Promise<T> {
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
        const proof = result(message);
        if (proof !== undefined) resolve(proof);
        else reject(new ProverError(message.type === "error" ? message.failure : { kind: "workerStopped" }));
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
      post(request(id));
    });
  }

  return {
    prepare,
    preparation: () => preparation,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    prove: (privateKey, statement, options) =>
      run(
        (id) => ({ type: "prove", id, privateKey, statement }),
        (message) =>
          message.type === "proof" ? { proof: message.proof, milliseconds: message.milliseconds } : undefined,
        options,
      ),
    proveSealed: (privateKey, statement, options) =>
      run(
        (id) => ({ type: "prove-sealed", id, privateKey, statement }),
        (message) =>
          message.type === "sealed-proof" ? { ballot: message.ballot, milliseconds: message.milliseconds } : undefined,
        options,
      ),
    terminate() {
      worker.terminate();
      listeners.clear();
    },
  };
}
