/**
 * What happened to submitted entries, read only from the chain: a mined transaction's receipt and the
 * contract's events in it, or (when no receipt of ours can be found) the contract's own record of
 * spent nullifiers and invites. Shared by the submitter and the start-up reconciliation, so both reach
 * the same verdict from the same evidence.
 */
import { parseEventLogs, type Address, type Hex, type PublicClient, type TransactionReceipt } from "viem";
import { ballotCastEvent, inviteRedeemedEvent, sealedBallotCastEvent } from "../lib/chain/events.ts";
import { ballotboxAbi, sealedBallotsAbi } from "../lib/contracts/abis.generated.ts";
import { contractError, decodeRevertData } from "../lib/contracts/contract-errors.ts";
import { isSealedBallotRequest, type FailureCode } from "../lib/relayer/protocol.ts";
import type { Entry, Journal } from "./journal.ts";
import { decodeBallot, decodeRegistration } from "./payload.ts";

const OTHER_BALLOT_COUNTED = "Another ballot of this voter was counted first (sent without this relayer).";
const ALREADY_VOTED = contractError("Ballotbox__NullifierAlreadyUsed");
const INVITE_USED = contractError("Ballotbox__InviteAlreadyUsed");

export interface ChainContext {
  client: PublicClient;
  ballotbox: Address;
  /** Where sealed polls' ballots go; undefined when the relayer takes none. */
  sealedBallots: Address | undefined;
  /** The first block worth searching for the deployment's events. */
  fromBlock: bigint;
  journal: Journal;
  /** Failed attempts after which an entry is given up (failed, with the reason) instead of retried. */
  maxFailedAttempts: number;
}

/** The sentence and code for a BallotRejected event's reason (a custom error's selector). */
function describeRejection(selector: Hex): { name: string; message: string; code: FailureCode } {
  const known = decodeRevertData(selector);
  return known ?? { name: selector, message: `The contract rejected it (error ${selector}).`, code: "rejected" };
}

/**
 * Counts a failed attempt of an entry not its own fault (its transaction reverted, its gas estimate
 * failed in a way that names no reason): back in the queue, or given up with `reason` after
 * maxFailedAttempts, so that one poisoned entry cannot hold up every one behind it.
 */
export function failedAttempt(context: ChainContext, entry: Entry, reason: string): "requeued" | "parked" {
  const failures = context.journal.recordFailure(entry.id);
  if (failures >= context.maxFailedAttempts) {
    context.journal.markFailed(entry.id, `${reason} (given up after ${failures} attempts)`, "gave_up");
    return "parked";
  }
  context.journal.requeue(entry.id);
  return "requeued";
}

/** Applies a mined transaction's receipt to its entries, and closes its nonce, in one commit. */
export async function applyReceipt(
  context: ChainContext,
  receipt: TransactionReceipt,
  entries: readonly Entry[],
  nonce: number,
): Promise<void> {
  const { journal } = context;
  if (receipt.status !== "success") {
    // A reverted transaction says nothing about any one entry: queue them again, and the next
    // simulation names the real reason (e.g. voting has ended) if there is one.
    journal.inTransaction(() => {
      for (const entry of entries) failedAttempt(context, entry, "The relayer's transactions kept failing.");
      journal.settleNonce(nonce);
    });
    return;
  }
  const from = (address: Address | undefined) =>
    receipt.logs.filter((log) => log.address.toLowerCase() === address?.toLowerCase());
  const cast = new Set<string>();
  const rejected = new Map<string, Hex>();
  const redeemed = new Set<string>();
  for (const log of parseEventLogs({ abi: ballotboxAbi, logs: from(context.ballotbox) })) {
    if (log.eventName === "BallotCast") cast.add(`${log.args.pollId}:${log.args.nullifier}`);
    if (log.eventName === "BallotRejected") rejected.set(`${log.args.pollId}:${log.args.nullifier}`, log.args.reason);
    if (log.eventName === "InviteRedeemed") redeemed.add(`${log.args.pollId}:${log.args.invite.toLowerCase()}`);
  }
  for (const log of parseEventLogs({ abi: sealedBallotsAbi, logs: from(context.sealedBallots) })) {
    if (log.eventName === "SealedBallotCast") cast.add(`${log.args.pollId}:${log.args.nullifier}`);
    if (log.eventName === "SealedBallotRejected") {
      rejected.set(`${log.args.pollId}:${log.args.nullifier}`, log.args.reason);
    }
  }
  // Entries the events do not settle (a nullifier spent by someone else's transaction) need a look-up.
  const unresolved: [Entry, "requeue" | "fail"][] = [];
  journal.inTransaction(() => {
    for (const entry of entries) {
      const key = `${entry.pollId}:${entry.key.toLowerCase()}`;
      if (cast.has(key) || redeemed.has(key)) {
        journal.markCounted(entry.id, receipt.transactionHash, receipt.blockNumber);
        continue;
      }
      const reason = rejected.get(key);
      const described = reason === undefined ? undefined : describeRejection(reason);
      if (described === undefined) unresolved.push([entry, "requeue"]);
      else if (described.code === "already_voted") unresolved.push([entry, "fail"]);
      else journal.markFailed(entry.id, described.message, described.code);
    }
    journal.settleNonce(nonce);
  });
  for (const [entry, notOnChain] of unresolved) await resolveFromChain(context, entry, notOnChain);
}

/**
 * Settles one entry from the contract's state alone: spent on chain → counted (at the block of its
 * event); not spent → back in the queue (or failed, when the contract has just said it is spent but
 * the event is not there). Used when no receipt of ours tells the story.
 */
export async function resolveFromChain(
  context: ChainContext,
  entry: Entry,
  notOnChain: "requeue" | "fail" = "requeue",
): Promise<void> {
  if (entry.kind === "registration") {
    await resolveRegistration(context, entry, notOnChain);
    return;
  }
  const request = decodeBallot(entry.payload);
  const counted = isSealedBallotRequest(request)
    ? await sealedBallotOnChain(context, entry.pollId, request.sealedBallot)
    : await publicBallotOnChain(context, entry.pollId, request.proof);
  const { journal } = context;
  // The same voter may have cast a different ballot directly: that one counts, not this one.
  if (counted?.same === true) journal.markCounted(entry.id, counted.transactionHash, counted.blockNumber);
  else if (counted !== undefined) journal.markFailed(entry.id, OTHER_BALLOT_COUNTED, "other_ballot_counted");
  else if (notOnChain === "requeue") journal.requeue(entry.id);
  else journal.markFailed(entry.id, ALREADY_VOTED.message, ALREADY_VOTED.code);
}

/** The ballot the contract counted under this nullifier, and whether it is this one. */
interface CountedBallot {
  same: boolean;
  transactionHash: Hex;
  blockNumber: bigint;
}

async function publicBallotOnChain(
  { client, ballotbox, fromBlock }: ChainContext,
  pollId: bigint,
  proof: { nullifier: bigint; message: bigint },
): Promise<CountedBallot | undefined> {
  const [log] = await client.getLogs({
    address: ballotbox,
    event: ballotCastEvent,
    args: { pollId, nullifier: proof.nullifier },
    fromBlock,
    toBlock: "latest",
    strict: true,
  });
  if (log === undefined) return undefined;
  return {
    same: log.args.ballot === proof.message,
    transactionHash: log.transactionHash,
    blockNumber: log.blockNumber,
  };
}

async function sealedBallotOnChain(
  { client, sealedBallots, fromBlock }: ChainContext,
  pollId: bigint,
  ballot: { nullifier: bigint; ciphertexts: readonly bigint[] },
): Promise<CountedBallot | undefined> {
  if (sealedBallots === undefined) throw new Error("A sealed ballot in the journal of a relayer without SealedBallots");
  const [log] = await client.getLogs({
    address: sealedBallots,
    event: sealedBallotCastEvent,
    args: { pollId, nullifier: ballot.nullifier },
    fromBlock,
    toBlock: "latest",
    strict: true,
  });
  if (log === undefined) return undefined;
  const counted = log.args.ciphertexts;
  const same =
    counted.length === ballot.ciphertexts.length && counted.every((word, i) => word === ballot.ciphertexts[i]);
  return { same, transactionHash: log.transactionHash, blockNumber: log.blockNumber };
}

async function resolveRegistration(context: ChainContext, entry: Entry, notOnChain: "requeue" | "fail") {
  const { client, ballotbox, journal, fromBlock } = context;
  const registration = decodeRegistration(entry.payload);
  const [log] = await client.getLogs({
    address: ballotbox,
    event: inviteRedeemedEvent,
    args: { pollId: entry.pollId, invite: registration.invite },
    fromBlock,
    toBlock: "latest",
  });
  if (log === undefined) {
    if (notOnChain === "requeue") journal.requeue(entry.id);
    else journal.markFailed(entry.id, INVITE_USED.message, INVITE_USED.code);
  } else if (log.args.identityCommitment === registration.identityCommitment) {
    journal.markCounted(entry.id, log.transactionHash, log.blockNumber);
  } else journal.markFailed(entry.id, INVITE_USED.message, INVITE_USED.code);
}
