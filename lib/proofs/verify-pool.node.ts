/**
 * Verifies many Semaphore proofs on every core: a pool of worker threads, each with its own
 * batch verifier (and BN254 engine), fed chunks of proofs from a shared queue so a faster worker
 * simply takes more chunks.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import type { VerifierMessage, VerifyTask } from "./verify-pool.worker.node.ts";

/**
 * Proofs per chunk: one batch equation each. Large enough that a batch's fixed cost (3 extra
 * pairings, one final exponentiation) is a few percent, small enough to balance the workers and
 * report progress often.
 */
export const DEFAULT_CHUNK_SIZE = 128;

const WORKER_URL = new URL("./verify-pool.worker.node.ts", import.meta.url);
/**
 * ffjavascript imports the "web-worker" package, which, when loaded in any worker thread, takes the
 * thread for one it started itself and imports the module named by workerData.mod (crashing if there
 * is none). It is given an empty module.
 */
const WEB_WORKER_PACKAGE_DATA = { mod: "data:text/javascript,", type: "module" };

export interface VerifyOptions {
  /** Called after each verified chunk with the proofs done so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface VerifyPoolOptions {
  /** Worker threads; default one per core (os.availableParallelism()). */
  threads?: number;
  /** Most proofs per chunk (fewer when there are few proofs per thread); default DEFAULT_CHUNK_SIZE. */
  chunkSize?: number;
}

export interface VerifyPool {
  /** Resolves once every thread has started (modules loaded, WebAssembly compiled). */
  ready(): Promise<void>;
  /** Whether each proof is valid: one result per proof, in the same order. One call at a time. */
  verify(proofs: readonly SolidityProof[], options?: VerifyOptions): Promise<boolean[]>;
  /** Ends the worker threads. */
  close(): Promise<void>;
}

/** Verifies proofs on a pool made for the occasion, ended before returning. */
export async function verifyProofs(
  proofs: readonly SolidityProof[],
  options: VerifyPoolOptions & VerifyOptions = {},
): Promise<boolean[]> {
  if (proofs.length === 0) return [];
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  // No more workers than chunks: each one costs a start-up (loading modules, compiling WebAssembly).
  const threads = Math.max(
    1,
    Math.min(options.threads ?? availableParallelism(), Math.ceil(proofs.length / chunkSize)),
  );
  const pool = createVerifyPool({ threads, chunkSize });
  try {
    return await pool.verify(proofs, options);
  } finally {
    await pool.close();
  }
}

/** A pool of verifier threads that stays up between calls (reuse it to avoid start-up costs). */
export function createVerifyPool(options: VerifyPoolOptions = {}): VerifyPool {
  const threads = options.threads ?? availableParallelism();
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be a positive integer`);
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunkSize must be a positive integer`);
  const workers = Array.from(
    { length: threads },
    () => new Worker(WORKER_URL, { workerData: WEB_WORKER_PACKAGE_DATA }),
  );
  const started = Promise.all(workers.map(startedOrFailed));
  // Failures surface through ready() or verify(); this only keeps an unobserved one from crashing.
  started.catch(() => undefined);
  let busy = false;
  // A thread that failed may be gone, and chunks sent to it would never come back.
  let broken: unknown;

  return {
    async ready() {
      await started;
    },
    async verify(proofs, { onProgress } = {}) {
      if (broken !== undefined) throw new Error("This pool has failed before", { cause: broken });
      if (busy) throw new Error("This pool is already verifying; wait for the previous call");
      busy = true;
      try {
        return await runChunks(workers, proofs, chunkSize, onProgress);
      } catch (error) {
        broken = error;
        throw error;
      } finally {
        busy = false;
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function runChunks(
  workers: readonly Worker[],
  proofs: readonly SolidityProof[],
  maxChunkSize: number,
  onProgress: VerifyOptions["onProgress"],
): Promise<boolean[]> {
  const results: boolean[] = new Array<boolean>(proofs.length).fill(false);
  // Few proofs are spread over every thread rather than left in one chunk.
  const chunkSize = Math.max(1, Math.min(maxChunkSize, Math.ceil(proofs.length / workers.length)));
  const chunkCount = Math.ceil(proofs.length / chunkSize);
  if (chunkCount === 0) return Promise.resolve(results);

  return new Promise<boolean[]>((resolve, reject) => {
    let nextChunk = 0;
    let finishedChunks = 0;
    let done = 0;
    let failed = false;
    const listeners: (() => void)[] = [];
    const settle = (error?: Error): void => {
      for (const removeListeners of listeners) removeListeners();
      if (error) reject(error);
      else resolve(results);
    };
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      settle(error);
    };
    const feed = (worker: Worker): void => {
      if (nextChunk >= chunkCount) return;
      const id = nextChunk++;
      const task: VerifyTask = { id, proofs: proofs.slice(id * chunkSize, (id + 1) * chunkSize) };
      worker.postMessage(task);
    };

    for (const worker of workers) {
      const onMessage = (reply: VerifierMessage): void => {
        if (failed || reply.type === "ready") return;
        if (reply.type === "error") {
          fail(new Error(`A verifier thread failed: ${reply.error}`));
          return;
        }
        results.splice(reply.id * chunkSize, reply.results.length, ...reply.results);
        done += reply.results.length;
        finishedChunks += 1;
        try {
          onProgress?.(done, proofs.length);
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (finishedChunks === chunkCount) settle();
        else feed(worker);
      };
      const onError = (error: Error): void => {
        fail(error);
      };
      const onExit = (code: number): void => {
        fail(new Error(`A verifier thread exited (code ${code})`));
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      listeners.push(() => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      });
      feed(worker);
    }
  });
}

/** Resolves when the worker reports it is ready; rejects if it fails or exits first. */
function startedOrFailed(worker: Worker): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onMessage = (message: VerifierMessage): void => {
      if (message.type === "ready") settle();
      else if (message.type === "error" && message.id === undefined) settle(new Error(message.error));
    };
    const onError = (error: Error): void => {
      settle(error);
    };
    const onExit = (code: number): void => {
      settle(new Error(`A verifier thread exited (code ${code})`));
    };
    const settle = (error?: Error): void => {
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (error) reject(error);
      else resolve();
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
  });
}
