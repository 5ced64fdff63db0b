/**
 * What happened to submitted entries, read only from the chain: a mined transaction's receipt and the
 * contract's events in it, or (when no receipt of ours can be found) the contract's own record of
 * spent nullifiers and invites. Shared by the submitter and the start-up reconciliation, so both reach
 * the same verdict from the same evidence.
 */
import { parseEventLogs, type Address, type Hex, type PublicClient, type TransactionReceipt } from "viem";
import { ballotCastEvent, inviteRedeemedEvent } from "../lib/chain/events.ts";
import { ballotboxAbi } from "../lib/contracts/abis.generated.ts";
import { contractError, decodeRevertData } from "../lib/contracts/contract-errors.ts";
import type { FailureCode } from "../lib/relayer/protocol.ts";
import type { Entry, Journal } from "./journal.ts";
import { decodeBallot, decodeRegistration } from "./payload.ts";

const OTHER_BALLOT_COUNTED = "Another ballot of this voter was counted first (sent without this relayer).";
const ALREADY_VOTED = contractError("Ballotbox__NullifierAlreadyUsed");
const INVITE_USED = contractError("Ballotbox__InviteAlreadyUsed");

export interface ChainContext {
  client: PublicClient;
  ballotbox: Address;
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
  const logs = parseEventLogs({
    abi: ballotboxAbi,
    logs: receipt.logs.filter((log) => log.address.toLowerCase() === context.ballotbox.toLowerCase()),
  });
  const cast = new Set<string>();
  const rejected = new Map<string, Hex>();
  const redeemed = new Set<string>();
  for (const log of logs) {
    if (log.eventName === "BallotCast") cast.add(`${log.args.pollId}:${log.args.nullifier}`);
    if (log.eventName === "BallotRejected") rejected.set(`${log.args.pollId}:${log.args.nullifier}`, log.args.reason);
    if (log.eventName === "InviteRedeemed") redeemed.add(`${log.args.pollId}:${log.args.invite.toLowerCase()}`);
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
      else if (described.name === "Ballotbox__NullifierAlreadyUsed") unresolved.push([entry, "fail"]);
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
  const { client, ballotbox, journal, fromBlock } = context;
  if (entry.kind === "ballot") {
    const nullifier = BigInt(entry.key);
    const [log] = await client.getLogs({
      address: ballotbox,
      event: ballotCastEvent,
      args: { pollId: entry.pollId, nullifier },
      fromBlock,
      toBlock: "latest",
    });
    // The same voter may have cast a different ballot directly: that one counts, not this one.
    const same = log !== undefined && log.args.ballot === decodeBallot(entry.payload).proof.message;
    if (log && same) journal.markCounted(entry.id, log.transactionHash, log.blockNumber);
    else if (log) journal.markFailed(entry.id, OTHER_BALLOT_COUNTED, "other_ballot_counted");
    else if (notOnChain === "requeue") journal.requeue(entry.id);
    else journal.markFailed(entry.id, ALREADY_VOTED.message, ALREADY_VOTED.code);
    return;
  }
  const registration = decodeRegistration(entry.payload);
  const logs = await client.getLogs({
    address: ballotbox,
    event: inviteRedeemedEvent,
    args: { pollId: entry.pollId, invite: registration.invite },
    fromBlock,
    toBlock: "latest",
  });
  const [log] = logs;
  if (log === undefined) {
    if (notOnChain === "requeue") journal.requeue(entry.id);
    else journal.markFailed(entry.id, INVITE_USED.message, INVITE_USED.code);
  } else if (log.args.identityCommitment === registration.identityCommitment) {
    journal.markCounted(entry.id, log.transactionHash, log.blockNumber);
  } else journal.markFailed(entry.id, INVITE_USED.message, INVITE_USED.code);
}
