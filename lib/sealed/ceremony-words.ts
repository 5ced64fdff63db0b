/**
 * The ceremony's values as TrusteeCeremony and SealedBallots take and emit them: points flattened to
 * words (x, y), commitments option-major (word 2·(j·t + ℓ) starts A_{j,ℓ}), encrypted shares
 * recipient-major (word r·K + j is option j's share for the r-th recipient), trustee sets as 16-bit
 * masks (bit i − 1 for trustee i). One encoding for the CLI, the tests and the recount.
 */
import type { Point } from "./curve.ts";
import type { Dealing } from "./dkg.ts";
import { MAX_TRUSTEES, assertTrusteeIndex } from "./limits.ts";

/** Points as words: x₀, y₀, x₁, y₁, … */
export function pointWords(points: readonly Point[]): bigint[] {
  return points.flatMap(({ x, y }) => [x, y]);
}

/** Words back to points; throws for an odd count. */
export function wordsToPoints(words: readonly bigint[]): Point[] {
  if (words.length % 2 !== 0) throw new RangeError(`${words.length} words are not whole points`);
  return Array.from({ length: words.length / 2 }, (_, i) => ({
    x: words[2 * i] as bigint,
    y: words[2 * i + 1] as bigint,
  }));
}

/** commitments[option][degree] as the contract's words, option-major. */
export function commitmentWords(commitments: readonly (readonly Point[])[]): bigint[] {
  return pointWords(commitments.flat());
}

/** The contract's commitment words back to commitments[option][degree]. */
export function wordsToCommitments(words: readonly bigint[], threshold: number, optionCount: number): Point[][] {
  const points = wordsToPoints(words);
  if (points.length !== threshold * optionCount) {
    throw new RangeError(`${points.length} commitments, not ${optionCount} options × ${threshold}`);
  }
  return Array.from({ length: optionCount }, (_, option) => points.slice(option * threshold, (option + 1) * threshold));
}

/** A dealing as TrusteeCeremony.deal takes it. */
export function dealingWords(dealing: Dealing): { commitments: bigint[]; encryptedShares: bigint[] } {
  return { commitments: commitmentWords(dealing.commitments), encryptedShares: dealing.encryptedShares.flat() };
}

/** A dealing from its SharesDealt event. */
export function dealingFromEvent(
  event: { dealer: bigint; commitments: readonly bigint[]; recipients: number; encryptedShares: readonly bigint[] },
  threshold: number,
  optionCount: number,
): Dealing {
  const recipients = trusteesOf(event.recipients);
  if (event.encryptedShares.length !== recipients.length * optionCount) {
    throw new RangeError(
      `${event.encryptedShares.length} shares for ${recipients.length} recipients of ${optionCount}`,
    );
  }
  return {
    dealer: Number(event.dealer),
    commitments: wordsToCommitments(event.commitments, threshold, optionCount),
    recipients,
    encryptedShares: recipients.map((_, r) => event.encryptedShares.slice(r * optionCount, (r + 1) * optionCount)),
  };
}

/** The mask of a set of trustees. */
export function trusteeMask(trustees: Iterable<number>): number {
  let mask = 0;
  for (const trustee of trustees) {
    assertTrusteeIndex(trustee);
    mask |= 1 << (trustee - 1);
  }
  return mask;
}

/** The trustees of a mask, in increasing order. */
export function trusteesOf(mask: number): number[] {
  if (!Number.isInteger(mask) || mask < 0 || mask >= 2 ** MAX_TRUSTEES)
    throw new RangeError(`${mask} is not a trustee mask`);
  return Array.from({ length: MAX_TRUSTEES }, (_, i) => i + 1).filter((trustee) => (mask >> (trustee - 1)) & 1);
}
