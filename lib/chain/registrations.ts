/**
 * How each voter on a poll's roll got there: by redeeming an invite, from an allowlisted wallet, or
 * added by the organizer. Everything is read at one block, so the roll and the registrations agree.
 *
 * A registration adds its voter with Semaphore's `addMember` and, in the same transaction, emits
 * InviteRedeemed or AllowlistRegistered with the same commitment; the roll index comes from the
 * MemberAdded event of that transaction. Any other addition (`addVoter`, `addVoters`) is the
 * organizer's: only Ballotbox, on the organizer's call, can add to a poll's group otherwise.
 */
import { getAbiItem, type Address, type Hex } from "viem";
import { ballotboxAbi } from "../contracts/abis.generated.ts";
import { rebuildRoll } from "../recount/roll.ts";
import type { BallotboxConnection } from "./connection.ts";
import { memberAdded } from "./events.ts";
import { fetchInPages } from "./log-pages.ts";
import { readRollChanges } from "./poll-reader.ts";

const inviteRedeemedEvent = getAbiItem({ abi: ballotboxAbi, name: "InviteRedeemed" });
const allowlistRegisteredEvent = getAbiItem({ abi: ballotboxAbi, name: "AllowlistRegistered" });

/** How a voter joined the roll. */
export type JoinedVia =
  { via: "invite"; invite: Address } | { via: "allowlist"; account: Address } | { via: "organizer" };

/** One place on the roll. */
export interface RollEntry {
  /** The voter's index in the roll (the Semaphore group's leaf index), from 0. */
  index: number;
  /** The identity commitment there now; 0n once the organizer has removed the voter. */
  commitment: bigint;
  joined: JoinedVia;
}

/** A single-member addition to the poll's group, as its MemberAdded event records it. */
export interface MemberAddition {
  index: bigint;
  commitment: bigint;
  transactionHash: Hex;
}

/** A registration by invite or allowlisted wallet, as its Ballotbox event records it. */
export type RegistrationEvent =
  | { via: "invite"; invite: Address; commitment: bigint; transactionHash: Hex }
  | { via: "allowlist"; account: Address; commitment: bigint; transactionHash: Hex };

/** The roll with how each voter joined, as it stands at `blockNumber`. */
export interface RollRegistrations {
  blockNumber: bigint;
  entries: RollEntry[];
}

/** Reads the poll's roll and its registrations at `blockNumber`, from the poll's creation block. */
export async function readRegistrations(
  conn: BallotboxConnection,
  poll: { pollId: bigint; groupId: bigint; createdBlock: bigint },
  blockNumber: bigint,
): Promise<RollRegistrations> {
  const { client, ballotbox, semaphore } = conn;
  const { pollId, groupId } = poll;
  const range = { fromBlock: poll.createdBlock, toBlock: blockNumber };
  const [changes, added, invites, allowlisted] = await Promise.all([
    readRollChanges(conn, groupId, range),
    fetchInPages(
      (fromBlock, toBlock) =>
        client.getLogs({ address: semaphore, event: memberAdded, args: { groupId }, fromBlock, toBlock, strict: true }),
      range,
    ),
    fetchInPages(
      (fromBlock, toBlock) =>
        client.getLogs({
          address: ballotbox,
          event: inviteRedeemedEvent,
          args: { pollId },
          fromBlock,
          toBlock,
          strict: true,
        }),
      range,
    ),
    fetchInPages(
      (fromBlock, toBlock) =>
        client.getLogs({
          address: ballotbox,
          event: allowlistRegisteredEvent,
          args: { pollId },
          fromBlock,
          toBlock,
          strict: true,
        }),
      range,
    ),
  ]);
  const members = rebuildRoll(changes).members;
  const additions = added.map((log) => ({
    index: log.args.index,
    commitment: log.args.identityCommitment,
    transactionHash: log.transactionHash,
  }));
  const registrations: RegistrationEvent[] = [
    ...invites.map((log) => ({
      via: "invite" as const,
      invite: log.args.invite,
      commitment: log.args.identityCommitment,
      transactionHash: log.transactionHash,
    })),
    ...allowlisted.map((log) => ({
      via: "allowlist" as const,
      account: log.args.account,
      commitment: log.args.identityCommitment,
      transactionHash: log.transactionHash,
    })),
  ];
  return { blockNumber, entries: attributeRoll(members, additions, registrations) };
}

/**
 * Pairs each roll index with how its voter joined: a registration event and a MemberAdded event of
 * the same transaction and commitment mark an invite or allowlist registration; the rest is the
 * organizer's.
 */
export function attributeRoll(
  members: readonly bigint[],
  additions: readonly MemberAddition[],
  registrations: readonly RegistrationEvent[],
): RollEntry[] {
  const key = (transactionHash: Hex, commitment: bigint) => `${transactionHash.toLowerCase()}:${commitment.toString()}`;
  const byTransaction = new Map<string, JoinedVia>();
  for (const registration of registrations) {
    byTransaction.set(
      key(registration.transactionHash, registration.commitment),
      registration.via === "invite"
        ? { via: "invite", invite: registration.invite }
        : { via: "allowlist", account: registration.account },
    );
  }
  const byIndex = new Map<number, JoinedVia>();
  for (const addition of additions) {
    const joined = byTransaction.get(key(addition.transactionHash, addition.commitment));
    if (joined !== undefined) byIndex.set(Number(addition.index), joined);
  }
  return members.map((commitment, index) => ({
    index,
    commitment,
    joined: byIndex.get(index) ?? { via: "organizer" },
  }));
}

/** How many voters on the roll joined each way (removed voters counted apart). */
export function countRegistrations(entries: readonly RollEntry[]): {
  invite: number;
  allowlist: number;
  organizer: number;
  removed: number;
  onRoll: number;
} {
  const counts = { invite: 0, allowlist: 0, organizer: 0, removed: 0, onRoll: 0 };
  for (const entry of entries) {
    if (entry.commitment === 0n) {
      counts.removed++;
      continue;
    }
    counts.onRoll++;
    counts[entry.joined.via]++;
  }
  return counts;
}
