/**
 * Lagrange coefficients at 0, and Shoup's integers Δ·λ_h (Δ = 16!) that the contract multiplies by:
 * they interpolate, and for every set of trustees the contract can meet they are exact integers
 * below 2^105 in size.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { mulBase, mulInteger } from "../../lib/sealed/curve.ts";
import {
  SHOUP_COEFFICIENT_BITS,
  SHOUP_DELTA,
  combine,
  combineShoup,
  lagrangeAtZero,
  shoupCoefficients,
} from "../../lib/sealed/lagrange.ts";
import { MAX_TRUSTEES } from "../../lib/sealed/limits.ts";
import { evaluate, randomPolynomial } from "../../lib/sealed/polynomial.ts";
import { modL } from "../../lib/sealed/scalar.ts";
import { FUZZ_RUNS, seededScalars } from "./seeded.ts";

const RUNS = Math.min(FUZZ_RUNS, 200);
const ALL = Array.from({ length: MAX_TRUSTEES }, (_, i) => i + 1);

/** A non-empty set of distinct trustee indexes, in any order. */
const indexSetArbitrary = fc.shuffledSubarray(ALL, { minLength: 1 });

/** Every non-empty subset of {1 … 16}: 65,535 sets. */
function* allSubsets(): Generator<number[]> {
  for (let mask = 1; mask < 1 << MAX_TRUSTEES; mask++) yield ALL.filter((index) => (mask >> (index - 1)) & 1);
}

describe("Lagrange coefficients", () => {
  it("Should interpolate f(0) from any t values of a degree t − 1 polynomial", () => {
    fc.assert(
      fc.property(indexSetArbitrary, fc.integer(), (indices, seed) => {
        const polynomial = randomPolynomial(indices.length, seededScalars(seed));
        const coefficients = lagrangeAtZero(indices);
        const interpolated = indices.reduce(
          (total, h, i) => total + (coefficients[i] as bigint) * evaluate(polynomial, BigInt(h)),
          0n,
        );
        assert.equal(modL(interpolated), polynomial[0]);
      }),
      { numRuns: RUNS },
    );
  });

  it("Should refuse an empty set, a repeated index and an index outside 1 … 16", () => {
    assert.throws(() => lagrangeAtZero([]), /at least one trustee/);
    assert.throws(() => lagrangeAtZero([1, 2, 1]), /repeat/);
    assert.throws(() => shoupCoefficients([0, 1]), /1 to 16, not 0/);
    assert.throws(() => shoupCoefficients([17]), /1 to 16, not 17/);
    assert.throws(() => combine([], [1]), /0 partial decryptions for 1 trustees/);
  });

  it("Should make Δ·λ_h exact integers below 2^105 for every set of up to 16 trustees", () => {
    // All 65,535 subsets of {1 … 16}, so no set the contract can meet is left to chance.
    // shoupCoefficients throws if a division is not exact; each integer must also be Δ·λ_h mod l.
    let largest = 0n;
    let largestSet: number[] = [];
    for (const indices of allSubsets()) {
      const integers = shoupCoefficients(indices);
      const coefficients = lagrangeAtZero(indices);
      integers.forEach((integer, i) => {
        assert.equal(modL(integer), modL(SHOUP_DELTA * (coefficients[i] as bigint)), `{${indices.join(", ")}}`);
        const size = integer < 0n ? -integer : integer;
        if (size > largest) [largest, largestSet] = [size, indices];
      });
    }
    assert.ok(
      largest < 1n << BigInt(SHOUP_COEFFICIENT_BITS),
      `|Δ·λ| reaches ${largest} for {${largestSet.join(", ")}}`,
    );
    // The bound is loose: |λ_h| ≤ Π_{j≠h} j ≤ 16!, so |Δ·λ_h| < (16!)² < 2^89; in fact the largest
    // is 65 bits, for h = 11 in {6 … 16}, should the contract want shorter multiplications.
    assert.equal(largest, 23_030_468_050_157_568_000n);
    assert.equal(largest.toString(2).length, 65);
    assert.deepEqual(largestSet, [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it("Should give the known integers at the extremes", () => {
    // All 16: λ_h = (−1)^(h−1)·C(16, h).
    const binomial = (n: bigint, k: bigint): bigint => (k === 0n ? 1n : (binomial(n, k - 1n) * (n - k + 1n)) / k);
    assert.deepEqual(
      shoupCoefficients(ALL),
      ALL.map((h) => SHOUP_DELTA * binomial(16n, BigInt(h)) * (h % 2 === 1 ? 1n : -1n)),
    );
    // One trustee (t = 1): λ = 1.
    assert.deepEqual(shoupCoefficients([16]), [SHOUP_DELTA]);
    assert.deepEqual(lagrangeAtZero([5]), [1n]);
    // Two neighbours at the top: λ_15 = 16, λ_16 = −15.
    assert.deepEqual(shoupCoefficients([15, 16]), [16n * SHOUP_DELTA, -15n * SHOUP_DELTA]);
    // Order does not matter beyond the output's order.
    assert.deepEqual(shoupCoefficients([16, 15]), [-15n * SHOUP_DELTA, 16n * SHOUP_DELTA]);
  });

  it("Should combine partial decryptions into d·C, and the Shoup form into Δ·d·C", () => {
    fc.assert(
      fc.property(indexSetArbitrary, fc.integer(), (indices, seed) => {
        const random = seededScalars(seed);
        const polynomial = randomPolynomial(indices.length, random);
        const c1 = mulBase(random());
        const partials = indices.map((h) => mulInteger(c1, evaluate(polynomial, BigInt(h))));
        const combined = combine(partials, indices);
        assert.deepEqual(combined, mulInteger(c1, polynomial[0] as bigint));
        assert.deepEqual(combineShoup(partials, indices), mulInteger(combined, SHOUP_DELTA));
      }),
      { numRuns: Math.min(RUNS, 50) },
    );
  });
});
