/**
 * A poll's phase at a moment: registration until voting opens (the roll can change), voting until it
 * closes (the roll is frozen), then closed. The contract's getPhase applies the same rule to the
 * block's timestamp.
 */
export const PHASES = ["registration", "voting", "closed"] as const;
export type Phase = (typeof PHASES)[number];

export function pollPhase(poll: { startTime: bigint; endTime: bigint }, nowSeconds: bigint): Phase {
  if (nowSeconds < poll.startTime) return "registration";
  if (nowSeconds < poll.endTime) return "voting";
  return "closed";
}

/** Turnout as a percentage of the roll with two decimals (0 for an empty roll). */
export function turnoutPercent(ballotCount: bigint, rollSize: bigint): number {
  return rollSize === 0n ? 0 : Number((ballotCount * 10_000n) / rollSize) / 100;
}
