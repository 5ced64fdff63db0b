/**
 * Why a ballot's proof could not be made, as a kind the booth words in the reader's language
 * (app/_i18n/en/vote.ts, `proverFailure`). The English message is for the CLI and logs only.
 */
export type ProverFailure =
  | { kind: "notOnRoll" }
  | { kind: "rollPath" }
  | { kind: "download"; status: number }
  | { kind: "damagedArtifacts" }
  | { kind: "workerStopped" }
  | { kind: "stopped" }
  /** Anything else (snarkjs, the browser): its own message, which only a developer can act on. */
  | { kind: "unknown"; detail: string };

export type ProverFailureKind = ProverFailure["kind"];

function englishSentence(failure: ProverFailure): string {
  switch (failure.kind) {
    case "notOnRoll":
      return "This identity is not on the poll's roll, so it cannot vote in this poll.";
    case "rollPath":
      return "The roll read by this page does not hold a valid path to your identity. Reload the page and try again.";
    case "download":
      return `A proving file could not be downloaded (HTTP ${failure.status}).`;
    case "damagedArtifacts":
      return "The proving artifacts are damaged or are not Semaphore's.";
    case "workerStopped":
      return "The proving worker stopped unexpectedly. Try again.";
    case "stopped":
      return "The proof was stopped.";
    case "unknown":
      return failure.detail;
  }
}

export class ProverError extends Error {
  override readonly name = "ProverError";
  readonly failure: ProverFailure;
  constructor(failure: ProverFailure) {
    super(englishSentence(failure));
    this.failure = failure;
  }
}

/** The failure an error stands for, as plain data that crosses from the worker to the page. */
export function proverFailureOf(error: unknown): ProverFailure {
  if (error instanceof ProverError) return error.failure;
  return { kind: "unknown", detail: error instanceof Error ? error.message : String(error) };
}
