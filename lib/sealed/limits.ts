/**
 * The bounds of a sealed poll (docs/sealed-ballots.md, "Trustees and their bounds"). The contract
 * and the circuits are sized by these: change one here and they must change with it.
 */

/** The most trustees a sealed poll names: every cost of the ceremony grows with n·t·K. */
export const MAX_TRUSTEES = 16;

/** A sealed poll has 2 to 8 options: one key per option, and the largest ballot circuit has 8. */
export const MIN_SEALED_OPTIONS = 2;
export const MAX_SEALED_OPTIONS = 8;

/** Throws unless `optionCount` is a sealed poll's. */
export function assertSealedOptionCount(optionCount: number): void {
  if (!Number.isInteger(optionCount) || optionCount < MIN_SEALED_OPTIONS || optionCount > MAX_SEALED_OPTIONS) {
    throw new RangeError(
      `A sealed poll has ${MIN_SEALED_OPTIONS} to ${MAX_SEALED_OPTIONS} options, not ${optionCount}`,
    );
  }
}

/** Throws unless `index` is a trustee's (1-based: it is the point its share is evaluated at, never 0). */
export function assertTrusteeIndex(index: number): void {
  if (!Number.isInteger(index) || index < 1 || index > MAX_TRUSTEES) {
    throw new RangeError(`A trustee's index is 1 to ${MAX_TRUSTEES}, not ${index}`);
  }
}
