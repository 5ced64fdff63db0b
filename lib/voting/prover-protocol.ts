/** Messages between the page and the proving worker (./prove.worker.ts). */
import type { CastSealedBallot } from "../sealed/cast-ballot.ts";
import type { SealedStatement } from "../sealed/sealed-ballot-proof.ts";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import type { BallotStatement } from "./prove-ballot.ts";
import type { ProverFailure } from "./prover-error.ts";

/**
 * A circuit the worker proves with, named by its artifacts' file stem under the app's /zk/ route:
 * "semaphore-<depth>" for a public ballot (semaphoreCircuit), "sealed-ballot-<2|4|8>" for a sealed one
 * (circuits/manifest.ts).
 */
export type CircuitName = string;

export const semaphoreCircuit = (depth: number): CircuitName => `semaphore-${depth}`;

export type ProverRequest =
  /**
   * Download a circuit's artifacts and warm the proving engine with a throw-away proof while the
   * voter chooses, so that "Vote" only proves.
   */
  | { type: "prepare"; circuit: CircuitName }
  /** The private key crosses to the worker, in this browser's memory only: it never leaves the page. */
  | { type: "prove"; id: number; privateKey: string; statement: BallotStatement }
  /**
   * A sealed ballot: the worker draws the encryption's randomness itself, so it exists nowhere but in
   * the worker's memory for the seconds of the proof; only the ciphertexts and the proof come back.
   */
  | { type: "prove-sealed"; id: number; privateKey: string; statement: SealedStatement };

/** The stages of a proof in the worker; the page adds its own (sending, counting). */
export type ProverStage = "download" | "witness" | "proof";

/** Bytes of a circuit's artifacts downloaded so far; total is unknown if the server did not say. */
export interface DownloadProgress {
  loaded: number;
  total: number | undefined;
}

export type ProverEvent =
  | { type: "download"; circuit: CircuitName; progress: DownloadProgress }
  /** The artifacts are in the worker's memory and the engine has made one proof: it is warm. */
  | { type: "ready"; circuit: CircuitName }
  /** `failure` for the page to word; `message` is its English sentence, for logs and the benchmark. */
  | { type: "prepare-failed"; circuit: CircuitName; failure: ProverFailure; message: string }
  | { type: "stage"; id: number; stage: ProverStage }
  | { type: "proof"; id: number; proof: SolidityProof; milliseconds: number }
  | { type: "sealed-proof"; id: number; ballot: CastSealedBallot; milliseconds: number }
  | { type: "error"; id: number; failure: ProverFailure; message: string };

/**
 * The artifact's size in bytes, sent by the app's /zk route beside Content-Length: a compressed
 * response loses its Content-Length, and a download's progress counts decompressed bytes anyway.
 */
export const ARTIFACT_SIZE_HEADER = "x-artifact-size";

/** Where the app serves a circuit's proving artifacts (app/zk/[file]/route.ts). */
export function artifactUrls(origin: string, circuit: CircuitName): { wasm: string; zkey: string } {
  return { wasm: `${origin}/zk/${circuit}.wasm`, zkey: `${origin}/zk/${circuit}.zkey` };
}
