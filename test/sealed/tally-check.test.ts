/**
 * The contract's check of a submitted total, mirrored by tallyHolds: for a tally decrypted by t
 * trustees it accepts the true counts, and refuses any other count, a wrong or missing partial
 * decryption, partial decryptions credited to the wrong trustees, and t − 1 of them.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { encryptBallot, partialDecryptAll, sumBallots } from "../../lib/sealed/ballot-encryption.ts";
import { G, add, mulBase, type Point } from "../../lib/sealed/curve.ts";
import { combine } from "../../lib/sealed/lagrange.ts";
import { commit, evaluate, randomPolynomial } from "../../lib/sealed/polynomial.ts";
import { SUBGROUP_ORDER } from "../../lib/sealed/scalar.ts";
import { tallyHolds, type TallyClaim } from "../../lib/sealed/tally-check.ts";
import { FUZZ_RUNS, seededScalars } from "./seeded.ts";

/**
 * A decrypted tally without the ceremony: each option's secret shared by one polynomial of degree
 * t − 1 (what the DKG's aggregate amounts to), ballots encrypted under its keys, and the claim of
 * the true counts with the partial decryptions of S = `decrypters`.
 */
function decryptedTally(threshold: number, decrypters: readonly number[], choices: readonly (0 | 1)[][], seed: number) {
  const random = seededScalars(seed);
  const optionCount = choices[0]?.length ?? 2;
  const polynomials = Array.from({ length: optionCount }, () => randomPolynomial(threshold, random));
  const pollKeys = polynomials.map((polynomial) => commit(polynomial)[0] as Point);
  const tally = sumBallots(
    choices.map((choice) => encryptBallot(pollKeys, choice, random() || 1n)),
    optionCount,
  );
  const partialsOf = (indices: readonly number[]) =>
    indices.map((h) =>
      partialDecryptAll(
        polynomials.map((polynomial) => evaluate(polynomial, BigInt(h))),
        tally.c1,
      ),
    );
  const totals = Array.from({ length: optionCount }, (_, j) =>
    BigInt(choices.reduce((count, choice) => count + (choice[j] ?? 0), 0)),
  );
  const claim: TallyClaim = { totals, c2: tally.c2, partials: partialsOf(decrypters), indices: decrypters };
  return { claim, partialsOf };
}

/** t ≤ n ≤ 6, S a t-subset of {1 … n} in any order, 1 to 6 ballots over 2 to 4 options, a seed. */
const caseArbitrary = fc.integer({ min: 1, max: 6 }).chain((trustees) =>
  fc.integer({ min: 1, max: trustees }).chain((threshold) =>
    fc.record({
      trustees: fc.constant(trustees),
      threshold: fc.constant(threshold),
      decrypters: fc.shuffledSubarray(
        Array.from({ length: trustees }, (_, i) => i + 1),
        { minLength: threshold, maxLength: threshold },
      ),
      choices: fc.integer({ min: 2, max: 4 }).chain((optionCount) =>
        fc.array(fc.array(fc.constantFrom<0 | 1>(0, 1), { minLength: optionCount, maxLength: optionCount }), {
          minLength: 1,
          maxLength: 6,
        }),
      ),
      seed: fc.integer(),
      pick: fc.nat(),
    }),
  ),
);

describe("the tally check", () => {
  it("Should accept the true counts and refuse every other count", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ threshold, decrypters, choices, seed, pick }) => {
        const { claim } = decryptedTally(threshold, decrypters, choices, seed);
        assert.equal(tallyHolds(claim), true);
        const option = pick % claim.totals.length;
        const off = (delta: bigint) => claim.totals.map((total, j) => (j === option ? total + delta : total));
        assert.equal(tallyHolds({ ...claim, totals: off(1n) }), false);
        assert.equal(tallyHolds({ ...claim, totals: off(-1n) }), false);
        // m̄ + l satisfies the equation (m̄·G only knows m̄ mod l), so it is refused as not a count.
        assert.equal(tallyHolds({ ...claim, totals: off(SUBGROUP_ORDER) }), false);
        const swapped = [...claim.totals].reverse();
        if (swapped.some((total, j) => total !== claim.totals[j]))
          assert.equal(tallyHolds({ ...claim, totals: swapped }), false);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 25) },
    );
  });

  it("Should refuse a wrong partial decryption, the wrong trustees' indexes and t − 1 trustees", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ trustees, threshold, decrypters, choices, seed, pick }) => {
        const { claim, partialsOf } = decryptedTally(threshold, decrypters, choices, seed);
        const liar = pick % decrypters.length;
        const option = pick % claim.totals.length;
        const tampered = claim.partials.map((row, at) =>
          at === liar ? row.map((d, j) => (j === option ? add(d, G) : d)) : row,
        );
        assert.equal(tallyHolds({ ...claim, partials: tampered }), false);
        if (threshold > 1) {
          // S's partial decryptions credited to another set of trustees: other Lagrange coefficients.
          // (With t = 1 every share is the secret itself and λ = 1 for any one trustee.)
          const outsider = Array.from({ length: trustees + 1 }, (_, i) => i + 1).find(
            (h) => !decrypters.includes(h),
          ) as number;
          const relabelled = decrypters.map((h, at) => (at === liar ? outsider : h));
          assert.equal(tallyHolds({ ...claim, indices: relabelled }), false);
          // t − 1 trustees interpolate a polynomial of too low a degree: not the secret (but for chance).
          const fewer = decrypters.slice(0, -1);
          assert.equal(tallyHolds({ ...claim, partials: partialsOf(fewer), indices: fewer }), false);
        }
      }),
      { numRuns: Math.min(FUZZ_RUNS, 25) },
    );
  });

  it("Should combine to d·C̄₁ and read the counts for one fixed poll, and refuse claims of the wrong shape", () => {
    const choices: (0 | 1)[][] = [
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [1, 1, 1],
    ];
    const { claim } = decryptedTally(3, [5, 2, 4], choices, 7);
    assert.deepEqual(claim.totals, [3n, 2n, 1n]);
    assert.equal(tallyHolds(claim), true);
    // C̄₂,ⱼ − Σ λ_h·D_{h,j} = m̄_j·G, the step before the discrete log.
    claim.c2.forEach((c2, j) => {
      const combined = combine(
        claim.partials.map((row) => row[j] as Point),
        claim.indices,
      );
      assert.deepEqual(add(combined, mulBase(claim.totals[j] ?? 0n)), c2);
    });
    assert.equal(tallyHolds({ ...claim, totals: claim.totals.slice(1) }), false);
    assert.equal(tallyHolds({ ...claim, partials: claim.partials.slice(1) }), false);
    assert.equal(tallyHolds({ ...claim, partials: claim.partials.map((row) => row.slice(1)) }), false);
  });
});
