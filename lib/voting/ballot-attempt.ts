/**
 * One attempt at casting a ballot, stage by stage (download, witness, proof, relayer, counted), each
 * under its own time limit, and cancellable by the voter. A stage that runs past its limit, or a
 * cancel, stops the attempt through its AbortSignal; whoever runs the stage's work awaits it through
 * `guard`, so the attempt ends at once even if the work itself cannot be interrupted (a proof in a
 * worker is ended by terminating the worker). Plain TypeScript: the page and tests use it alike.
 */

export const BALLOT_STAGES = ["download", "witness", "proof", "relayer", "counted"] as const;
export type BallotStage = (typeof BALLOT_STAGES)[number];
export type StageLimits = Readonly<Record<BallotStage, number>>;

/**
 * Generous limits: a phone on a slow mobile network needs about a minute for the depth-20 files at
 * 1 Mbit/s, and a slow phone tens of seconds for a proof. Past these, something is wrong, not slow.
 */
export const STAGE_LIMITS_MS: StageLimits = {
  download: 5 * 60_000,
  witness: 2 * 60_000,
  proof: 4 * 60_000,
  relayer: 2 * 60_000,
  counted: 5 * 60_000,
};

export class StageTimeoutError extends Error {
  override name = "StageTimeoutError";
  readonly stage: BallotStage;
  readonly limitMs: number;
  constructor(stage: BallotStage, limitMs: number) {
    super(`The ${stage} stage did not finish within ${Math.round(limitMs / 1000)} s.`);
    this.stage = stage;
    this.limitMs = limitMs;
  }
}

export class BallotCancelledError extends Error {
  override name = "BallotCancelledError";
  constructor() {
    super("The voter cancelled the ballot.");
  }
}

export class BallotAttempt {
  readonly #controller = new AbortController();
  readonly #limits: StageLimits;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stage: BallotStage | undefined;

  constructor(limits: StageLimits = STAGE_LIMITS_MS) {
    this.#limits = limits;
  }

  /** Aborted when a stage runs out of time (reason: StageTimeoutError) or on cancel (BallotCancelledError). */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get stage(): BallotStage | undefined {
    return this.#stage;
  }

  /** Starts a stage: its clock starts now, and the previous stage's clock stops. */
  enter(stage: BallotStage): void {
    if (this.signal.aborted) return;
    this.#clearTimer();
    this.#stage = stage;
    const limit = this.#limits[stage];
    this.#timer = setTimeout(() => {
      this.#controller.abort(new StageTimeoutError(stage, limit));
    }, limit);
  }

  cancel(): void {
    this.#clearTimer();
    this.#controller.abort(new BallotCancelledError());
  }

  /** The attempt succeeded: no limit applies any more. */
  finish(): void {
    this.#clearTimer();
  }

  /** The work's result, or the attempt's stop reason as soon as it is stopped (whichever comes first). */
  guard<T>(work: Promise<T>): Promise<T> {
    const { signal } = this;
    if (signal.aborted) return Promise.reject(stopReason(signal));
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(stopReason(signal));
      };
      signal.addEventListener("abort", onAbort, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener("abort", onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

function stopReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new BallotCancelledError();
}
