/**
 * Messages between the page and the recount worker (./recount.worker.ts), and the ways a recount can
 * fail, as data the page words in its own language. Everything crosses postMessage by structured
 * clone, bigints included.
 */
import { BaseError, HttpRequestError, TimeoutError, type Address } from "viem";
import { PollNotFoundError } from "../chain/poll-reader.ts";
import type { RecountReport } from "./recount.ts";

export type RecountRequest =
  /** Read the poll from the chain (at the latest block) and recount it. */
  | {
      type: "chain";
      rpcUrl: string;
      chainId: number;
      ballotbox: Address;
      semaphore: Address;
      /** The deployment's first block: logs are scanned from there. */
      fromBlock: bigint;
      pollId: bigint;
    }
  /** Recount an audit bundle (its text), offline. */
  | { type: "bundle"; text: string };

export type RecountStage = "reading" | "verifying";

export type RecountProgress =
  | {
      stage: "reading";
      /** Blocks of logs scanned so far and in all (both 0 when reading a bundle). */
      done: number;
      total: number;
      ballotsPerSecond: number;
      /** Reading from the chain: the last block read and the block everything is read at. */
      blocks?: { last: bigint; to: bigint };
    }
  | {
      stage: "verifying";
      /** Ballots whose proofs are verified so far, and in all. */
      done: number;
      total: number;
      ballotsPerSecond: number;
    };

/**
 * What a finished recount gives the page. The report's findings are codes (./findings.ts): the page
 * words them, and lays out the text report, in its own language.
 */
export interface RecountOutcome {
  report: RecountReport;
  /** reportToJson(report): data, the same in every language. */
  reportJson: string;
  /** A recount from the chain: the audit bundle of what was read (serializeBundle). */
  bundleText?: string;
}

/** Why a recount did not finish. Messages, where there are any, are the core's own sentences. */
export type RecountFailure =
  /** The chain's node does not answer. */
  | { kind: "unreachable" }
  /** The node answers for another chain than the app's. */
  | { kind: "wrong-chain"; actual: number }
  | { kind: "poll-not-found"; message: string }
  /** The file is not an audit bundle: not JSON, or the first field that is wrong ("ballots.3.nullifier"; "" for the whole file). */
  | { kind: "bad-bundle"; problem: "notJson" | "invalidField"; field: string }
  /** The app could not serve a verification key. */
  | { kind: "verification-key"; depth: number; status: number }
  /** The worker itself stopped (it could not load, or crashed). */
  | { kind: "crashed" }
  | { kind: "failed"; message: string };

export type RecountEvent =
  | { type: "progress"; progress: RecountProgress }
  | { type: "done"; outcome: RecountOutcome }
  | { type: "error"; failure: RecountFailure };

/** A recount that failed, and how. */
export class RecountFailedError extends Error {
  override name = "RecountFailedError";
  readonly failure: RecountFailure;
  constructor(failure: RecountFailure) {
    super("message" in failure ? failure.message : `The recount failed (${failure.kind})`);
    this.failure = failure;
  }
}

/** Where the app serves Semaphore's verification key for a tree depth (app/zk/[file]/route.ts). */
export function verificationKeyUrl(origin: string, depth: number): string {
  return `${origin}/zk/semaphore-${depth}.json`;
}

/** Classifies an error met while recounting. */
export function failureOf(error: unknown): RecountFailure {
  if (error instanceof RecountFailedError) return error.failure;
  if (error instanceof PollNotFoundError) return { kind: "poll-not-found", message: error.message };
  // The log reader wraps the node's errors (cause of cause…); look at every level.
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current instanceof Error; depth++) {
    if (current instanceof HttpRequestError || current instanceof TimeoutError) return { kind: "unreachable" };
    current = current.cause;
  }
  // viem's messages run on with details and docs links; its short message is the sentence.
  const message =
    error instanceof BaseError ? error.shortMessage : error instanceof Error ? error.message : String(error);
  return { kind: "failed", message };
}
