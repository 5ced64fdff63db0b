/**
 * Settling the entries of a call the contract refuses before any transaction is sent (the simulation
 * reverted with a named error): failed with the contract's sentence, counted if their key turns out to
 * be spent by their own ballot, or, when a batch fails for one entry's reason, split.
 */
import type { ContractErrorCode, DecodedContractError } from "../lib/contracts/contract-errors.ts";
import type { Entry } from "./journal.ts";
import { resolveFromChain, type ChainContext } from "./outcomes.ts";

/** Errors that condemn every entry of a call: the poll itself refuses ballots or registrations. */
const POLL_ERRORS = new Set<ContractErrorCode>([
  "poll_not_found",
  "voting_not_started",
  "voting_ended",
  "roll_frozen",
  "poll_is_sealed",
  "poll_not_sealed",
  "ceremony_not_finished",
]);
/** Errors saying the entry's key is spent: by this relayer earlier, or by someone else. */
const SPENT_ERRORS = new Set<ContractErrorCode>(["already_voted", "invite_used"]);

/** Settles the batch, or answers "split" when only trying it in smaller parts can tell. */
export async function settleRefused(
  context: ChainContext,
  batch: readonly Entry[],
  reason: DecodedContractError,
): Promise<"settled" | "split"> {
  const { journal } = context;
  if (SPENT_ERRORS.has(reason.code)) {
    for (const entry of batch) await resolveFromChain(context, entry, "fail");
    return "settled";
  }
  if (POLL_ERRORS.has(reason.code) || batch.length === 1) {
    journal.inTransaction(() => {
      for (const entry of batch) journal.markFailed(entry.id, reason.message, reason.code);
    });
    return "settled";
  }
  // castVotes and castSealedVotes revert only for the poll as a whole; anything else is unexpected: halve the batch until
  // the entry it is about is alone.
  return "split";
}
