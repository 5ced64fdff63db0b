/** The stored proofs of the fixed election, and the JSON bodies a browser would post. */
import { readFile } from "node:fs/promises";
import { decodeProofFile } from "../../../lib/proofs/proof-file.ts";
import { encodeBallotRequest } from "../../../lib/relayer/protocol.ts";
import type { SolidityProof } from "../../../lib/semaphore/solidity-proof.ts";
import { BALLOTS_FILE } from "./election.ts";

export interface StoredBallots {
  /** Ballots of the open poll (1), voter i choosing choiceOf(i). */
  open: SolidityProof[];
  /** Ballots of the closed poll (2). */
  closed: SolidityProof[];
}

export async function loadBallots(): Promise<StoredBallots> {
  const file = JSON.parse(await readFile(BALLOTS_FILE, "utf8")) as { open: unknown; closed: unknown };
  return { open: decodeProofFile(file.open), closed: decodeProofFile(file.closed) };
}

/** The POST /ballots body for a proof, as the relayer's client sends it (lib/relayer/protocol.ts). */
export const ballotBody = (pollId: bigint, proof: SolidityProof) => encodeBallotRequest(pollId, proof);

export interface ReplyBody {
  [field: string]: unknown;
  error?: { code: string; message: string };
}

export interface Reply {
  status: number;
  body: ReplyBody;
}

/** POSTs JSON (or raw text) and reads the JSON reply. */
export async function post(url: string, body: unknown, raw = false): Promise<Reply> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Reply["body"] };
}

export async function get(url: string): Promise<Reply> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Reply["body"] };
}

/** Polls a receipt until `done` says so (or the time is up). */
export async function waitForReceipt(
  url: string,
  done: (body: Reply["body"]) => boolean,
  timeoutMs = 30_000,
): Promise<Reply["body"]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await get(url);
    if (done(body)) return body;
    if (Date.now() > deadline) throw new Error(`Receipt ${url} stayed ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
