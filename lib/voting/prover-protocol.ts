/** Messages between the page and the proving worker (./prove.worker.ts). */
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import type { BallotStatement } from "./prove-ballot.ts";

export type ProverRequest =
  /** Fetch a depth's artifacts ahead of time, so that "Vote" only proves. */
  | { type: "prepare"; depth: number }
  /** The private key crosses to the worker, in this browser's memory only: it never leaves the page. */
  | { type: "prove"; id: number; privateKey: string; statement: BallotStatement };

export type ProverStage = "loading" | "proving";

export type ProverEvent =
  | { type: "stage"; id: number; stage: ProverStage }
  | { type: "proof"; id: number; proof: SolidityProof; milliseconds: number }
  | { type: "error"; id: number; message: string };

/** Where the app serves Semaphore's proving artifacts (app/zk/[file]/route.ts), by tree depth. */
export function artifactUrls(origin: string, depth: number): { wasm: string; zkey: string } {
  return { wasm: `${origin}/zk/semaphore-${depth}.wasm`, zkey: `${origin}/zk/semaphore-${depth}.zkey` };
}
