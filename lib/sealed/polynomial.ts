/**
 * A dealer's secret polynomials and their Feldman commitments (the "Deal" and "Complain" steps of
 * docs/sealed-ballots.md). f(x) = a_0 + a_1·x + … + a_{t−1}·x^{t−1} mod l hides a_0, the dealer's
 * part of an option's secret; any t of its values f(1)…f(n) determine it, fewer tell nothing.
 * The commitments A_ℓ = a_ℓ·G let each trustee h check its value without learning the others'.
 */
import { IDENTITY, add, equals, inSubgroup, isOnCurve, mulBase, mulInteger, type Point } from "./curve.ts";
import { isScalar, modL, randomScalar, type ScalarSource } from "./scalar.ts";

/** Coefficients a_0 … a_{t−1}, lowest degree first. */
export type Polynomial = readonly bigint[];

/** A uniform polynomial of degree t − 1 (t coefficients, a_0 included), its coefficients drawn from `random`. */
export function randomPolynomial(threshold: number, random: ScalarSource = randomScalar): bigint[] {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError(`A threshold is at least 1, not ${threshold}`);
  return Array.from({ length: threshold }, () => modL(random()));
}

/** f(x) mod l by Horner's rule. */
export function evaluate(polynomial: Polynomial, x: bigint): bigint {
  let value = 0n;
  for (let i = polynomial.length - 1; i >= 0; i--) value = modL(value * x + (polynomial[i] as bigint));
  return value;
}

/** The Feldman commitments A_ℓ = a_ℓ·G, in the coefficients' order (A_0 commits to the secret). */
export function commit(polynomial: Polynomial): Point[] {
  return polynomial.map((coefficient) => mulBase(coefficient));
}

/**
 * Σ_ℓ h^ℓ·A_ℓ, which equals f(h)·G for honest commitments, by Horner's rule: t − 1 multiplications
 * by the small integer h ≤ 16 (a few doublings each) instead of t by the large h^ℓ. The contract
 * derives verification keys the same way.
 */
export function hornerCommitments(commitments: readonly Point[], index: number | bigint): Point {
  const h = BigInt(index);
  let value = IDENTITY;
  for (let i = commitments.length - 1; i >= 0; i--) value = add(mulInteger(value, h), commitments[i] as Point);
  return value;
}

/**
 * Whether `share` is the value at `index` of the polynomial the commitments commit to:
 * share·G == Σ_ℓ index^ℓ·A_ℓ. It checks the equation and that each commitment is a curve point;
 * that they are in the subgroup is checkCommitments' job, once per dealing rather than per share.
 */
export function verifyShare(share: bigint, index: number, commitments: readonly Point[]): boolean {
  if (!isScalar(share) || commitments.length === 0 || !commitments.every(isOnCurve)) return false;
  return equals(mulBase(share), hornerCommitments(commitments, index));
}

/** Whether a dealing's commitments for one option are t points of the prime-order subgroup. */
export function checkCommitments(commitments: readonly Point[], threshold: number): boolean {
  return commitments.length === threshold && commitments.every(inSubgroup);
}
