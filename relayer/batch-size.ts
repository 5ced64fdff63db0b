/**
 * How many entries go in one call: as many as the transaction gas cap allows, judged by the node's own
 * estimate of each candidate batch rather than by a fixed figure (castVotes' gas per ballot falls as its
 * batch grows, and chains differ in their caps). These are the rules only; the submitter asks the node.
 *
 * A batch fits when its estimate plus the margin is within the cap. One that does not fit, or whose
 * estimate fails, is halved and estimated again; the entries left out stay queued in the journal for
 * the next round, so splitting never drops one.
 */
import type { Entry } from "./journal.ts";

/**
 * A transaction's gas limit is its estimate plus 20%. The estimate is made against the pending block and
 * the block that includes the transaction may differ (another ballot of the poll counted first); running
 * out of gas would revert the whole batch and spend its gas for nothing, so a batch must fit the cap
 * with this margin, not on its bare estimate. Under 2^24 that leaves about 14M gas: some 160 ballots.
 */
export const GAS_MARGIN_PERCENT = 120n;

/**
 * The gas limit to sign a call with, or undefined when it does not fit under `cap`. A lone entry cannot
 * be split: it gets whatever room the cap leaves, as long as its bare estimate fits.
 */
export function gasLimitFor(estimate: bigint, entries: number, cap: bigint): bigint | undefined {
  const withMargin = (estimate * GAS_MARGIN_PERCENT) / 100n;
  if (withMargin <= cap) return withMargin;
  if (entries === 1 && estimate <= cap) return cap;
  return undefined;
}

/** The half of a batch to try next: its first (older) half, rounded up so that two split into one and one. */
export function firstHalf(batch: readonly Entry[]): Entry[] {
  return batch.slice(0, Math.ceil(batch.length / 2));
}

/**
 * Remembers the gas of the last castVotes that fitted, so that the next batch starts near the cap instead
 * of halving down from RELAYER_BATCH_SIZE every round. Growing from a batch that fits is safe: a batch
 * costs a fixed part (closing pairings, key read, tally writes) plus a nearly constant part per ballot,
 * so its average per ballot is at least what one more ballot costs, and budget ÷ average ballots stay
 * within the budget. The estimate of every batch is still checked, so a batch that costs more than the
 * last (mixed tree depths, say) is halved like any other.
 */
export class BatchSizer {
  private last: { ballots: bigint; estimate: bigint } | undefined;

  /** How many of the `waiting` entries to try first under `cap` (all of them until a batch has fitted). */
  size(waiting: number, cap: bigint): number {
    if (this.last === undefined) return waiting;
    const budget = (cap * 100n) / GAS_MARGIN_PERCENT;
    const fit = Number((budget * this.last.ballots) / this.last.estimate);
    return Math.max(1, Math.min(waiting, fit));
  }

  /** Records a call that fitted. Only castVotes batches teach anything: castVote and registrations cost otherwise. */
  fitted(batch: readonly Entry[], estimate: bigint): void {
    if (batch.length < 2 || batch[0]?.kind !== "ballot") return;
    this.last = { ballots: BigInt(batch.length), estimate };
  }
}
