/**
 * Finding a counted ballot by its nullifier (the voter's receipt) without telling the node which
 * one: every BallotCast event of the poll is read, filtered by poll only, and the nullifier is
 * matched here. A filter or call with the nullifier as a parameter would let the RPC operator link
 * the asker's address to a ballot.
 */
import { SNARK_SCALAR_FIELD } from "../snark/field.ts";
import type { BallotboxConnection } from "./connection.ts";
import { ballotCastEvent } from "./events.ts";
import { fetchInPages } from "./log-pages.ts";

/** Where a ballot was counted. */
export interface CountedBallot {
  transactionHash: `0x${string}`;
  blockNumber: bigint;
}

/** A nullifier as receipts show it (decimal), or why the text is not one (a clause for a sentence). */
export type NullifierReading = { ok: true; nullifier: bigint } | { ok: false; reason: "empty" | "format" | "range" };

export function readNullifier(text: string): NullifierReading {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  if (!/^[0-9]{1,78}$/.test(trimmed)) return { ok: false, reason: "format" };
  const value = BigInt(trimmed);
  return value < SNARK_SCALAR_FIELD ? { ok: true, nullifier: value } : { ok: false, reason: "range" };
}

/** The counted ballot of `pollId` with this nullifier in a block range, or null if none is. */
export async function findCountedBallot(
  conn: BallotboxConnection,
  pollId: bigint,
  nullifier: bigint,
  range: { fromBlock: bigint; toBlock: bigint },
): Promise<CountedBallot | null> {
  const logs = await fetchInPages(
    (fromBlock, toBlock) =>
      conn.client.getLogs({
        address: conn.ballotbox,
        event: ballotCastEvent,
        args: { pollId },
        fromBlock,
        toBlock,
        strict: true,
      }),
    range,
  );
  const counted = logs.find((log) => log.args.nullifier === nullifier);
  return counted === undefined ? null : { transactionHash: counted.transactionHash, blockNumber: counted.blockNumber };
}
