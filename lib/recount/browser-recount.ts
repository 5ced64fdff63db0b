/**
 * The page's side of the recount worker: one worker per recount, its progress passed on, its result
 * (or why it failed) as a promise. Cancelling ends the worker at once, even mid-verification.
 */
import {
  RecountFailedError,
  type RecountEvent,
  type RecountOutcome,
  type RecountProgress,
  type RecountRequest,
} from "./recount-protocol.ts";

export interface BrowserRecount {
  /** The outcome; rejects with a RecountFailedError, or a RecountCancelledError after cancel(). */
  result: Promise<RecountOutcome>;
  /** Ends the worker; the result rejects with a RecountCancelledError. Does nothing once settled. */
  cancel(): void;
}

export class RecountCancelledError extends Error {
  override name = "RecountCancelledError";
  constructor() {
    super("The recount was cancelled");
  }
}

export function startBrowserRecount(
  request: RecountRequest,
  onProgress?: (progress: RecountProgress) => void,
): BrowserRecount {
  const worker = new Worker(new URL("./recount.worker.ts", import.meta.url), { type: "module" });
  let settled = false;
  let cancel = (): void => undefined;
  const result = new Promise<RecountOutcome>((resolve, reject) => {
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      settle();
    };
    cancel = () => {
      finish(() => {
        reject(new RecountCancelledError());
      });
    };
    worker.addEventListener("message", (event: MessageEvent<RecountEvent>) => {
      const message = event.data;
      if (settled) return;
      switch (message.type) {
        case "progress":
          onProgress?.(message.progress);
          break;
        case "done":
          finish(() => {
            resolve(message.outcome);
          });
          break;
        case "error":
          finish(() => {
            reject(new RecountFailedError(message.failure));
          });
          break;
      }
    });
    const crashed = (): void => {
      finish(() => {
        reject(new RecountFailedError({ kind: "crashed" }));
      });
    };
    worker.addEventListener("error", crashed);
    worker.addEventListener("messageerror", crashed);
  });
  worker.postMessage(request);
  return {
    result,
    cancel() {
      cancel();
    },
  };
}
