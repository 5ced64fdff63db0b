/** Messages between the page and the proving worker (./prove.worker.ts). */
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import type { BallotStatement } from "./prove-ballot.ts";
import type { ProverFailure } from "./prover-error.ts";

export type ProverRequest =
  /**
   * Download a depth's artifacts and warm the proving engine with a throw-away proof while the
   * voter chooses, so that "Vote" only proves.
   */
  | { type: "prepare"; depth: number }
  /** The private key crosses to the worker, in this browser's memory only: it never leaves the page. */
  | { type: "prove"; id: number; privateKey: string; statement: BallotStatement };

/** The stages of a proof in the worker; the page adds its own (sending, counting). */
export type ProverStage = "download" | "witness" | "proof";

/** Bytes of a depth's artifacts downloaded so far; total is unknown if the server did not say. */
export interface DownloadProgress {
  loaded: number;
  total: number | undefined;
}

export type ProverEvent =
  | { type: "download"; depth: number; progress: DownloadProgress }
  /** The artifacts are in the worker's memory and the engine has made one proof: it is warm. */
  | { type: "ready"; depth: number }
  /** `failure` for the page to word; `message` is its English sentence, for logs and the benchmark. */
  | { type: "prepare-failed"; depth: number; failure: ProverFailure; message: string }
  | { type: "stage"; id: number; stage: ProverStage }
  | { type: "proof"; id: number; proof: SolidityProof; milliseconds: number }
  | { type: "error"; id: number; failure: ProverFailure; message: string };

/**
 * The artifact's size in bytes, sent by the app's /zk route beside Content-Length: a compressed
 * response loses its Content-Length, and a download's progress counts decompressed bytes anyway.
 */
export const ARTIFACT_SIZE_HEADER = "x-artifact-size";

/** Where the app serves Semaphore's proving artifacts (app/zk/[file]/route.ts), by tree depth. */
export function artifactUrls(origin: string, depth: number): { wasm: string; zkey: string } {
  return { wasm: `${origin}/zk/semaphore-${depth}.wasm`, zkey: `${origin}/zk/semaphore-${depth}.zkey` };
}
