/**
 * Reads a poll, its roll and its ballots from the chain, pinned to one block so that every
 * figure of a recount describes the same moment.
 */
import { encodeAbiParameters, keccak256, type Address, type Hex } from "viem";
import { ballotboxAbi } from "../contracts/abis.generated.ts";
import {
  ballotCastEvent,
  memberAdded,
  memberRemoved,
  membersAdded,
  memberUpdated,
  pollCreatedEvent,
} from "./events.ts";
import { ballotTypeFromNumber, secrecyFromNumber, type BallotType, type Secrecy } from "../ballots/ballot.ts";
import type { BallotboxConnection } from "./connection.ts";
import { fetchInPages } from "./log-pages.ts";

export interface PollOnChain {
  pollId: bigint;
  organizer: Address;
  ballotType: BallotType;
  /** Whether its ballots are public as cast or sealed until close (lib/ballots/ballot.ts). */
  secrecy: Secrecy;
  optionCount: number;
  startTime: bigint;
  endTime: bigint;
  groupId: bigint;
  ballotCount: bigint;
  metadataHash: Hex;
  inviteRoot: Hex;
  allowlistRoot: Hex;
  rollRoot: bigint;
  question: string;
  options: string[];
  /** The block of the PollCreated event: nothing of this poll happened before it. */
  createdBlock: bigint;
}

/** One change to a roll, as Semaphore's group events record it. */
export type RollChange =
  | { kind: "add"; index: bigint; commitments: bigint[] }
  | { kind: "update"; index: bigint; commitment: bigint }
  | { kind: "remove"; index: bigint };

/** A counted ballot as its BallotCast event records it. */
export interface BallotRecord {
  nullifier: bigint;
  ballot: bigint;
  merkleTreeDepth: bigint;
  merkleTreeRoot: bigint;
  scope: bigint;
  points: readonly bigint[];
  blockNumber: bigint;
  blockTimestamp: bigint;
  transactionHash: Hex;
  logIndex: number;
}

export class PollNotFoundError extends Error {
  override name = "PollNotFoundError";
}

export interface ReadOptions {
  /** The block everything is read at (default: the latest). */
  blockNumber: bigint;
  onProgress?: (lastBlock: bigint, toBlock: bigint) => void;
}

/** The poll's stored configuration (no texts, no logs read); PollNotFoundError if there is no such poll. */
async function readStoredPoll(conn: BallotboxConnection, pollId: bigint, blockNumber: bigint | undefined) {
  const { client, ballotbox } = conn;
  const at = blockNumber === undefined ? {} : { blockNumber };
  const pollCount = await client.readContract({
    address: ballotbox,
    abi: ballotboxAbi,
    functionName: "pollCount",
    ...at,
  });
  if (pollId < 1n || pollId > pollCount) {
    throw new PollNotFoundError(
      pollCount === 0n
        ? `Poll ${pollId} does not exist: this deployment has no polls yet.`
        : `Poll ${pollId} does not exist: this deployment has polls 1 to ${pollCount}.`,
    );
  }
  return client.readContract({ address: ballotbox, abi: ballotboxAbi, functionName: "getPoll", args: [pollId], ...at });
}

/**
 * Whether a poll's ballots are public or sealed, from two reads (a poll's secrecy never changes):
 * what a caller asks first to know which reader, prover or recount the poll needs.
 */
export async function readPollSecrecy(conn: BallotboxConnection, pollId: bigint): Promise<Secrecy> {
  return secrecyFromNumber((await readStoredPoll(conn, pollId, undefined)).secrecy);
}

/** The poll's stored configuration and texts, at a block. */
export async function readPoll(conn: BallotboxConnection, pollId: bigint, { blockNumber, onProgress }: ReadOptions) {
  const { client, ballotbox } = conn;
  const poll = await readStoredPoll(conn, pollId, blockNumber);
  const [created] = await fetchInPages(
    (fromBlock, toBlock) =>
      client.getLogs({
        address: ballotbox,
        event: pollCreatedEvent,
        args: { pollId },
        fromBlock,
        toBlock,
        strict: true,
      }),
    { fromBlock: conn.fromBlock, toBlock: blockNumber, onProgress },
  );
  if (created === undefined) throw new Error(`The PollCreated event of poll ${pollId} is missing from the logs.`);
  const { question, options } = created.args;
  const metadataHash = keccak256(
    encodeAbiParameters([{ type: "string" }, { type: "string[]" }], [question, [...options]]),
  );
  if (metadataHash !== poll.metadataHash) {
    throw new Error(`The texts of poll ${pollId} in its PollCreated event do not match the hash the contract stores.`);
  }
  return {
    pollId,
    organizer: poll.organizer,
    ballotType: ballotTypeFromNumber(poll.ballotType),
    secrecy: secrecyFromNumber(poll.secrecy),
    optionCount: poll.optionCount,
    startTime: BigInt(poll.startTime),
    endTime: BigInt(poll.endTime),
    groupId: poll.groupId,
    ballotCount: poll.ballotCount,
    metadataHash: poll.metadataHash,
    inviteRoot: poll.inviteRoot,
    allowlistRoot: poll.allowlistRoot,
    rollRoot: poll.rollRoot,
    question,
    options: [...options],
    createdBlock: created.blockNumber,
  } satisfies PollOnChain;
}

/** The contract's tally and ballot count at a block. */
export async function readCounts(conn: BallotboxConnection, pollId: bigint, blockNumber: bigint) {
  const { client, ballotbox } = conn;
  const [tally, ballotCount, merkleRoot] = await Promise.all([
    client.readContract({
      address: ballotbox,
      abi: ballotboxAbi,
      functionName: "getTally",
      args: [pollId],
      blockNumber,
    }),
    client.readContract({
      address: ballotbox,
      abi: ballotboxAbi,
      functionName: "getBallotCount",
      args: [pollId],
      blockNumber,
    }),
    client.readContract({
      address: ballotbox,
      abi: ballotboxAbi,
      functionName: "getMerkleRoot",
      args: [pollId],
      blockNumber,
    }),
  ]);
  return { tally: [...tally], ballotCount, merkleRoot };
}

/** How many voters are on a poll's roll at a block (removed voters leave a zero leaf and still count). */
export async function readRollSize(conn: BallotboxConnection, pollId: bigint, blockNumber: bigint): Promise<bigint> {
  return conn.client.readContract({
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: "getRollSize",
    args: [pollId],
    blockNumber,
  });
}

/** Every change to a roll (a Semaphore group) in a block range, in chain order. */
export async function readRollChanges(
  conn: BallotboxConnection,
  groupId: bigint,
  range: { fromBlock: bigint; toBlock: bigint },
): Promise<RollChange[]> {
  const { client, semaphore: address } = conn;
  // One query per event: a node filters by the indexed group id only within one event signature.
  const page = <T>(fetchPage: (fromBlock: bigint, toBlock: bigint) => Promise<T[]>) => fetchInPages(fetchPage, range);
  const [added, addedMany, updated, removed] = await Promise.all([
    page((fromBlock, toBlock) =>
      client.getLogs({ address, event: memberAdded, args: { groupId }, fromBlock, toBlock, strict: true }),
    ),
    page((fromBlock, toBlock) =>
      client.getLogs({ address, event: membersAdded, args: { groupId }, fromBlock, toBlock, strict: true }),
    ),
    page((fromBlock, toBlock) =>
      client.getLogs({ address, event: memberUpdated, args: { groupId }, fromBlock, toBlock, strict: true }),
    ),
    page((fromBlock, toBlock) =>
      client.getLogs({ address, event: memberRemoved, args: { groupId }, fromBlock, toBlock, strict: true }),
    ),
  ]);
  type Ordered = { blockNumber: bigint; logIndex: number; change: RollChange };
  const at = (log: { blockNumber: bigint; logIndex: number }, change: RollChange): Ordered => ({
    blockNumber: log.blockNumber,
    logIndex: log.logIndex,
    change,
  });
  const changes: Ordered[] = [
    ...added.map((log) => at(log, { kind: "add", index: log.args.index, commitments: [log.args.identityCommitment] })),
    ...addedMany.map((log) =>
      at(log, { kind: "add", index: log.args.startIndex, commitments: [...log.args.identityCommitments] }),
    ),
    ...updated.map((log) =>
      at(log, { kind: "update", index: log.args.index, commitment: log.args.newIdentityCommitment }),
    ),
    ...removed.map((log) => at(log, { kind: "remove", index: log.args.index })),
  ];
  changes.sort((a, b) =>
    a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
  );
  return changes.map(({ change }) => change);
}

/** Every counted ballot of a poll in a block range, with its block's timestamp. */
export async function readBallots(
  conn: BallotboxConnection,
  pollId: bigint,
  range: { fromBlock: bigint; toBlock: bigint },
  onProgress?: ReadOptions["onProgress"],
): Promise<BallotRecord[]> {
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
    { ...range, onProgress },
  );
  const timestamps = await readBlockTimestamps(conn, [...new Set(logs.map((log) => log.blockNumber))]);
  return logs.map((log) => ({
    nullifier: log.args.nullifier,
    ballot: log.args.ballot,
    merkleTreeDepth: log.args.merkleTreeDepth,
    merkleTreeRoot: log.args.merkleTreeRoot,
    scope: log.args.scope,
    points: [...log.args.points],
    blockNumber: log.blockNumber,
    blockTimestamp: timestamps.get(log.blockNumber) ?? 0n,
    transactionHash: log.transactionHash,
    logIndex: log.logIndex,
  }));
}

/** Block timestamps, a few requests at a time (public endpoints rate-limit bursts). */
export async function readBlockTimestamps(conn: BallotboxConnection, blocks: bigint[]): Promise<Map<bigint, bigint>> {
  const timestamps = new Map<bigint, bigint>();
  const CONCURRENCY = 8;
  for (let i = 0; i < blocks.length; i += CONCURRENCY) {
    const slice = blocks.slice(i, i + CONCURRENCY);
    const headers = await Promise.all(slice.map((blockNumber) => conn.client.getBlock({ blockNumber })));
    for (const header of headers) timestamps.set(header.number, header.timestamp);
  }
  return timestamps;
}
