/**
 * Everything a recount needs, read from the chain at one pinned block. The audit bundle is this
 * same structure written to a file, so a recount from the chain and one from a bundle run the
 * very same checks.
 */
import type { Address } from "viem";
import type { BallotboxConnection } from "../chain/connection.ts";
import {
  readBallots,
  readCounts,
  readPoll,
  readRollChanges,
  type BallotRecord,
  type PollOnChain,
  type RollChange,
} from "../chain/poll-reader.ts";

export interface RecountInput {
  chainId: number;
  ballotbox: Address;
  semaphore: Address;
  /** The block every figure was read at. */
  blockNumber: bigint;
  /** That block's timestamp: tells whether the poll had closed. */
  blockTimestamp: bigint;
  poll: PollOnChain;
  rollChanges: RollChange[];
  ballots: BallotRecord[];
  /** What the contract says, to compare with. */
  contract: { tally: bigint[]; ballotCount: bigint; merkleRoot: bigint };
}

export type CollectStage = "poll" | "roll" | "ballots";

/** Reads a poll's recount input from the chain, pinned to `blockNumber` (default: latest). */
export async function collectRecountInput(
  conn: BallotboxConnection,
  pollId: bigint,
  options: {
    blockNumber?: bigint;
    onProgress?: (stage: CollectStage, lastBlock: bigint, toBlock: bigint) => void;
  } = {},
): Promise<RecountInput> {
  const latest = await conn.client.getBlockNumber();
  const blockNumber = options.blockNumber ?? latest;
  if (blockNumber > latest) {
    throw new Error(`Block ${blockNumber} is not mined yet: the chain is at block ${latest}.`);
  }
  const progress = (stage: CollectStage) => (lastBlock: bigint, toBlock: bigint) =>
    options.onProgress?.(stage, lastBlock, toBlock);
  const poll = await readPoll(conn, pollId, { blockNumber, onProgress: progress("poll") });
  const range = { fromBlock: poll.createdBlock, toBlock: blockNumber };
  const [block, contract, rollChanges, ballots] = await Promise.all([
    conn.client.getBlock({ blockNumber }),
    readCounts(conn, pollId, blockNumber),
    readRollChanges(conn, poll.groupId, range),
    readBallots(conn, pollId, range, progress("ballots")),
  ]);
  return {
    chainId: conn.chainId,
    ballotbox: conn.ballotbox,
    semaphore: conn.semaphore,
    blockNumber,
    blockTimestamp: block.timestamp,
    poll,
    rollChanges,
    ballots,
    contract,
  };
}
