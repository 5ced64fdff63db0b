/**
 * Where a sealed poll stands, read from the chain at one block: its ceremony (events and stored
 * state), its ballots' count, the encrypted tally, the partial decryptions and the total. What the
 * trustee's next step (./trustee-plan.ts), the CLI's status and the app's ceremony panel read.
 */
import { getAbiItem, type Address } from "viem";
import type { BallotboxConnection } from "../chain/connection.ts";
import { fetchInPages } from "../chain/log-pages.ts";
import { readPoll, type PollOnChain } from "../chain/poll-reader.ts";
import { sealedBallotsAbi, trusteeCeremonyAbi } from "../contracts/abis.generated.ts";
import type { CeremonyRecord } from "./ceremony-audit.ts";
import { readCeremonyRecord } from "./ceremony-reader.ts";
import { trusteesOf, wordsToCommitments } from "./ceremony-words.ts";
import { IDENTITY, type Point } from "./curve.ts";

/** TrusteeCeremony's contracts, found from SealedBallots (which names the ceremony it trusts). */
export interface SealedContracts {
  readonly sealedBallots: Address;
  readonly trusteeCeremony: Address;
}

/** ITrusteeCeremony.Status, by name, in the contract's order. */
export const CEREMONY_STATUSES = [
  "notOpened",
  "keys",
  "dealing",
  "complaints",
  "reveals",
  "finalising",
  "finalised",
  "failedTooFewKeys",
  "failedTooFewQualified",
  "failedNotFinalised",
] as const;
export type CeremonyStatus = (typeof CEREMONY_STATUSES)[number];

export interface SealedState {
  readonly poll: PollOnChain;
  readonly blockNumber: bigint;
  /** The block's timestamp: every phase follows the chain's time, not this machine's clock. */
  readonly now: bigint;
  readonly status: CeremonyStatus;
  /** undefined until the ceremony is opened. */
  readonly ceremony?: {
    readonly record: CeremonyRecord;
    readonly deadlines: {
      readonly keysBy: bigint;
      readonly dealsBy: bigint;
      readonly complaintsBy: bigint;
      readonly revealsBy: bigint;
    };
    readonly keyed: readonly number[];
    readonly dealt: readonly number[];
    /** QUAL as it stands (final from revealsBy on). */
    readonly qualified: readonly number[];
  };
  readonly ballotCount: bigint;
  /** C̄₁, then C̄₂ of each option, as words. */
  readonly encryptedTally: readonly bigint[];
  readonly partialDecryptions: readonly { readonly trustee: number; readonly decryptionShares: readonly bigint[] }[];
  /** The final counts, once decrypted. */
  readonly tally?: readonly bigint[];
}

/**
 * The poll key ballots are encrypted to, one point per option (the aggregate commitments' constant
 * terms), once the ceremony has fixed it; undefined before.
 */
export function pollKeysOf(state: SealedState): Point[] | undefined {
  const finalised = state.ceremony?.record.finalised;
  if (state.ceremony === undefined || finalised === undefined) return undefined;
  const { threshold } = state.ceremony.record;
  return wordsToCommitments(finalised.aggregateCommitments, threshold, state.poll.optionCount).map(
    (row) => row[0] ?? IDENTITY,
  );
}

/** The ceremony contract SealedBallots uses, checked to belong to this Ballotbox. */
export async function sealedContractsOf(conn: BallotboxConnection, sealedBallots: Address): Promise<SealedContracts> {
  const at = { address: sealedBallots, abi: sealedBallotsAbi } as const;
  const [ballotbox, trusteeCeremony] = await Promise.all([
    conn.client.readContract({ ...at, functionName: "ballotbox" }),
    conn.client.readContract({ ...at, functionName: "ceremony" }),
  ]);
  if (ballotbox.toLowerCase() !== conn.ballotbox.toLowerCase()) {
    throw new Error(`SealedBallots at ${sealedBallots} serves Ballotbox ${ballotbox}, not ${conn.ballotbox}.`);
  }
  return { sealedBallots, trusteeCeremony };
}

export async function readSealedState(
  conn: BallotboxConnection,
  contracts: SealedContracts,
  pollId: bigint,
  options: { readonly blockNumber?: bigint } = {},
): Promise<SealedState> {
  const { client } = conn;
  const blockNumber = options.blockNumber ?? (await client.getBlockNumber({ cacheTime: 0 }));
  const poll = await readPoll(conn, pollId, { blockNumber });
  const ceremonyAt = {
    address: contracts.trusteeCeremony,
    abi: trusteeCeremonyAbi,
    args: [pollId],
    blockNumber,
  } as const;
  const sealedAt = { address: contracts.sealedBallots, abi: sealedBallotsAbi, args: [pollId], blockNumber } as const;
  const partialEvent = getAbiItem({ abi: sealedBallotsAbi, name: "PartialDecryptionPublished" });
  const [block, statusNumber, stored, qualifiedMask, sealedPoll, encryptedTally, partials] = await Promise.all([
    client.getBlock({ blockNumber }),
    client.readContract({ ...ceremonyAt, functionName: "status" }),
    client.readContract({ ...ceremonyAt, functionName: "getCeremony" }),
    client.readContract({ ...ceremonyAt, functionName: "qualifiedDealers" }),
    client.readContract({ ...sealedAt, functionName: "getSealedPoll" }),
    client.readContract({ ...sealedAt, functionName: "getEncryptedTally" }),
    fetchInPages(
      (fromBlock, toBlock) =>
        client.getLogs({
          address: contracts.sealedBallots,
          event: partialEvent,
          args: { pollId },
          fromBlock,
          toBlock,
          strict: true,
        }),
      { fromBlock: poll.createdBlock, toBlock: blockNumber },
    ),
  ]);
  const status = CEREMONY_STATUSES[statusNumber] ?? "notOpened";
  const ceremony =
    status === "notOpened"
      ? undefined
      : {
          record: await readCeremonyRecord(
            { client, chainId: conn.chainId, trusteeCeremony: contracts.trusteeCeremony },
            { pollId, ballotType: poll.ballotType, optionCount: poll.optionCount },
            { fromBlock: poll.createdBlock, toBlock: blockNumber },
          ),
          deadlines: {
            keysBy: BigInt(stored.keysBy),
            dealsBy: BigInt(stored.dealsBy),
            complaintsBy: BigInt(stored.complaintsBy),
            revealsBy: BigInt(stored.revealsBy),
          },
          keyed: trusteesOf(stored.keyed),
          dealt: trusteesOf(stored.dealt),
          qualified: trusteesOf(stored.finalised ? stored.qualified : qualifiedMask),
        };
  const tally = sealedPoll.tallied
    ? [...(await client.readContract({ ...sealedAt, functionName: "getTally" }))]
    : undefined;
  return {
    poll,
    blockNumber,
    now: block.timestamp,
    status,
    ...(ceremony === undefined ? {} : { ceremony }),
    ballotCount: sealedPoll.ballotCount,
    encryptedTally: [...encryptedTally],
    partialDecryptions: partials.map(({ args }) => ({
      trustee: Number(args.trustee),
      decryptionShares: [...args.decryptionShares],
    })),
    ...(tally === undefined ? {} : { tally }),
  };
}
