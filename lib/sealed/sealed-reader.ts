/**
 * Everything the recount of a sealed poll needs, read from the chain at one pinned block: the poll and
 * its roll (as for a public poll), the key ceremony (./ceremony-reader.ts), SealedBallots' events (every
 * counted ballot whole, every partial decryption, the decrypted total) and what the contracts say.
 * The sealed audit bundle is this structure written to a file.
 */
import { getAbiItem, type Address, type Hex } from "viem";
import type { BallotboxConnection } from "../chain/connection.ts";
import { sealedBallotCastEvent } from "../chain/events.ts";
import { fetchInPages } from "../chain/log-pages.ts";
import {
  readBlockTimestamps,
  readPoll,
  readRollChanges,
  type PollOnChain,
  type RollChange,
} from "../chain/poll-reader.ts";
import { ballotboxAbi, sealedBallotsAbi, trusteeCeremonyAbi } from "../contracts/abis.generated.ts";
import type { PackedGroth16Proof } from "../proofs/groth16-points.ts";
import type { CeremonyRecord } from "./ceremony-audit.ts";
import { readCeremonyRecord } from "./ceremony-reader.ts";

const events = {
  cast: sealedBallotCastEvent,
  partial: getAbiItem({ abi: sealedBallotsAbi, name: "PartialDecryptionPublished" }),
  tally: getAbiItem({ abi: sealedBallotsAbi, name: "TallyDecrypted" }),
};

/** A counted sealed ballot as its SealedBallotCast event records it. */
export interface SealedBallotRecord {
  readonly nullifier: bigint;
  /** C₁, then C₂ of each option: 2 + 2K words. */
  readonly ciphertexts: readonly bigint[];
  readonly proof: PackedGroth16Proof;
  readonly blockNumber: bigint;
  readonly blockTimestamp: bigint;
  readonly transactionHash: Hex;
}

/** A trustee's partial decryption as its PartialDecryptionPublished event records it. */
export interface PartialDecryptionRecord {
  readonly trustee: number;
  /** D₁ … D_K, x and y each. */
  readonly decryptionShares: readonly bigint[];
  readonly proof: PackedGroth16Proof;
  readonly transactionHash: Hex;
}

export interface SealedRecountInput {
  readonly chainId: number;
  readonly ballotbox: Address;
  readonly sealedBallots: Address;
  readonly trusteeCeremony: Address;
  /** The block every figure was read at, and its timestamp (whether the poll had closed). */
  readonly blockNumber: bigint;
  readonly blockTimestamp: bigint;
  readonly poll: PollOnChain;
  readonly rollChanges: readonly RollChange[];
  readonly ceremony: CeremonyRecord;
  readonly ballots: readonly SealedBallotRecord[];
  readonly partialDecryptions: readonly PartialDecryptionRecord[];
  /** TallyDecrypted's arguments, once the total is final. */
  readonly decrypted?: { readonly counts: readonly bigint[]; readonly trustees: number };
  /** What the contracts say, to compare with. */
  readonly contract: {
    readonly ballotCount: bigint;
    readonly merkleRoot: bigint;
    readonly pollKeyHash: bigint;
    /** C̄₁, then C̄₂ of each option. */
    readonly encryptedTally: readonly bigint[];
    /** The final counts, once decrypted. */
    readonly tally?: readonly bigint[];
  };
}

export class PollNotSealedError extends Error {
  override name = "PollNotSealedError";
}

/** Reads a sealed poll's recount input, pinned to `blockNumber` (default: latest). */
export async function collectSealedRecountInput(
  conn: BallotboxConnection,
  contracts: { readonly sealedBallots: Address; readonly trusteeCeremony: Address },
  pollId: bigint,
  options: { readonly blockNumber?: bigint } = {},
): Promise<SealedRecountInput> {
  const { client } = conn;
  const latest = await client.getBlockNumber({ cacheTime: 0 });
  const blockNumber = options.blockNumber ?? latest;
  if (blockNumber > latest) throw new Error(`Block ${blockNumber} is not mined yet: the chain is at block ${latest}.`);
  const poll = await readPoll(conn, pollId, { blockNumber });
  if (poll.secrecy !== "sealed")
    throw new PollNotSealedError(`Poll ${pollId} is public as cast, not sealed: recount it as such.`);
  const range = { fromBlock: poll.createdBlock, toBlock: blockNumber };
  const read = <T>(fetchPage: (fromBlock: bigint, toBlock: bigint) => Promise<T[]>) => fetchInPages(fetchPage, range);
  const common = { address: contracts.sealedBallots, args: { pollId }, strict: true } as const;
  const sealedAt = { address: contracts.sealedBallots, abi: sealedBallotsAbi, args: [pollId], blockNumber } as const;
  const [block, ceremony, rollChanges, cast, partials, tallies, sealedPoll, encryptedTally, merkleRoot, keyHash] =
    await Promise.all([
      client.getBlock({ blockNumber }),
      readCeremonyRecord(
        { client, chainId: conn.chainId, trusteeCeremony: contracts.trusteeCeremony },
        { pollId, ballotType: poll.ballotType, optionCount: poll.optionCount },
        range,
      ),
      readRollChanges(conn, poll.groupId, range),
      read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.cast, fromBlock, toBlock })),
      read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.partial, fromBlock, toBlock })),
      read((fromBlock, toBlock) => client.getLogs({ ...common, event: events.tally, fromBlock, toBlock })),
      client.readContract({ ...sealedAt, functionName: "getSealedPoll" }),
      client.readContract({ ...sealedAt, functionName: "getEncryptedTally" }),
      client.readContract({
        address: conn.ballotbox,
        abi: ballotboxAbi,
        functionName: "getMerkleRoot",
        args: [pollId],
        blockNumber,
      }),
      client.readContract({
        address: contracts.trusteeCeremony,
        abi: trusteeCeremonyAbi,
        functionName: "pollKeyHash",
        args: [pollId],
        blockNumber,
      }),
    ]);
  const timestamps = await readBlockTimestamps(conn, [...new Set(cast.map((log) => log.blockNumber))]);
  const tally = sealedPoll.tallied
    ? [...(await client.readContract({ ...sealedAt, functionName: "getTally" }))]
    : undefined;
  const [decryption] = tallies;
  return {
    chainId: conn.chainId,
    ballotbox: conn.ballotbox,
    sealedBallots: contracts.sealedBallots,
    trusteeCeremony: contracts.trusteeCeremony,
    blockNumber,
    blockTimestamp: block.timestamp,
    poll,
    rollChanges,
    ceremony,
    ballots: cast.map((log) => ({
      nullifier: log.args.nullifier,
      ciphertexts: [...log.args.ciphertexts],
      proof: log.args.proof,
      blockNumber: log.blockNumber,
      blockTimestamp: timestamps.get(log.blockNumber) ?? 0n,
      transactionHash: log.transactionHash,
    })),
    partialDecryptions: partials.map((log) => ({
      trustee: Number(log.args.trustee),
      decryptionShares: [...log.args.decryptionShares],
      proof: log.args.proof,
      transactionHash: log.transactionHash,
    })),
    ...(decryption === undefined
      ? {}
      : { decrypted: { counts: [...decryption.args.counts], trustees: decryption.args.trustees } }),
    contract: {
      ballotCount: sealedPoll.ballotCount,
      merkleRoot,
      pollKeyHash: keyHash,
      encryptedTally: [...encryptedTally],
      ...(tally === undefined ? {} : { tally }),
    },
  };
}
