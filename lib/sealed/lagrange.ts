/**
 * Putting t partial decryptions back together. With λ_h the Lagrange coefficients at 0 for the set S
 * of trustees who decrypted, Σ_{h∈S} λ_h·s_h = d for any t shares s_h of a secret d, so
 * Σ λ_h·(s_h·C̄₁) = d·C̄₁ without anyone holding d.
 *
 * The contract checks that sum with Shoup's trick: Δ = 16! makes every Δ·λ_h an integer (its
 * denominator Π_{j≠h}(j − h) divides (h − 1)!·(16 − h)!, which divides 15!), and a small one, so
 * it multiplies points by short signed integers instead of 251-bit scalars mod l.
 */
import { mul, mulInteger, sum, type Point } from "./curve.ts";
import { MAX_TRUSTEES, assertTrusteeIndex } from "./limits.ts";
import { invertModL, modL } from "./scalar.ts";

/** Δ = 16!, for trustee indexes 1 … MAX_TRUSTEES. */
export const SHOUP_DELTA: bigint = factorial(MAX_TRUSTEES);

/** The contract multiplies by Δ·λ_h as signed integers of at most this many bits (sign excluded). */
export const SHOUP_COEFFICIENT_BITS = 105;

function factorial(n: number): bigint {
  let product = 1n;
  for (let i = 2n; i <= BigInt(n); i++) product *= i;
  return product;
}

/** Throws unless `indices` are distinct trustee indexes, at least one. */
function assertIndexSet(indices: readonly number[]): void {
  if (indices.length === 0) throw new RangeError("A decryption needs at least one trustee");
  for (const index of indices) assertTrusteeIndex(index);
  if (new Set(indices).size !== indices.length) throw new RangeError(`Trustee indexes repeat: ${indices.join(", ")}`);
}

/** λ_h = Π_{j∈S, j≠h} j / (j − h), as a fraction of integers (numerator, denominator). */
function lagrangeFraction(indices: readonly number[], h: number): [bigint, bigint] {
  let numerator = 1n;
  let denominator = 1n;
  for (const j of indices) {
    if (j === h) continue;
    numerator *= BigInt(j);
    denominator *= BigInt(j - h);
  }
  return [numerator, denominator];
}

/** λ_h mod l for every h in S, in S's order. */
export function lagrangeAtZero(indices: readonly number[]): bigint[] {
  assertIndexSet(indices);
  return indices.map((h) => {
    const [numerator, denominator] = lagrangeFraction(indices, h);
    return modL(numerator * invertModL(denominator));
  });
}

/** Δ·λ_h as exact signed integers, in S's order (≡ Δ·λ_h mod l). */
export function shoupCoefficients(indices: readonly number[]): bigint[] {
  assertIndexSet(indices);
  return indices.map((h) => {
    const [numerator, denominator] = lagrangeFraction(indices, h);
    const scaled = SHOUP_DELTA * numerator;
    // Unreachable for indexes up to 16 (see above); a wrong Δ would fail here, not silently.
    if (scaled % denominator !== 0n) throw new RangeError(`Δ·λ_${h} is not an integer for {${indices.join(", ")}}`);
    return scaled / denominator;
  });
}

/** Σ_i coefficients_i·partials_i, one coefficient per trustee of S, by `multiply`. */
function weightedSum(
  partials: readonly Point[],
  coefficients: readonly bigint[],
  multiply: (point: Point, coefficient: bigint) => Point,
): Point {
  if (partials.length !== coefficients.length) {
    throw new RangeError(`${partials.length} partial decryptions for ${coefficients.length} trustees`);
  }
  return sum(partials.map((partial, i) => multiply(partial, coefficients[i] as bigint)));
}

/** Σ_{h∈S} λ_h·D_h, the partial decryptions D_h given in S's order: d·C̄₁ when each D_h = s_h·C̄₁. */
export function combine(partials: readonly Point[], indices: readonly number[]): Point {
  return weightedSum(partials, lagrangeAtZero(indices), mul);
}

/** Σ_{h∈S} (Δ·λ_h)·D_h with integer multiples, as the contract computes it: Δ times combine's answer. */
export function combineShoup(partials: readonly Point[], indices: readonly number[]): Point {
  return weightedSum(partials, shoupCoefficients(indices), mulInteger);
}
