/**
 * Sealed polls end to end, in memory: random elections of 1 to 6 trustees, any threshold, any QUAL,
 * single-choice and approval ballots over 2 to 8 options; every ballot encrypted, the tally summed,
 * decrypted by a random t of QUAL, combined by Lagrange and checked by the contract's Shoup form,
 * read by discrete log: the total is the plaintext tally, and a wrong share or decryption shows.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { BALLOT_TYPES, MIN_OPTIONS, encodeBallot, tallyBallots, type BallotShape } from "../../lib/ballots/ballot.ts";
import { choiceVector, encryptBallot, partialDecryptAll, sumBallots } from "../../lib/sealed/ballot-encryption.ts";
import { G, add, equals, mulBase, mulInteger, type Point } from "../../lib/sealed/curve.ts";
import { DiscreteLogNotFoundError, tallyFromCombined } from "../../lib/sealed/discrete-log.ts";
import { verificationKeys, type BadShare } from "../../lib/sealed/dkg.ts";
import { SHOUP_DELTA, combine, combineShoup } from "../../lib/sealed/lagrange.ts";
import { MAX_SEALED_OPTIONS } from "../../lib/sealed/limits.ts";
import { pollKeyHash } from "../../lib/sealed/poll-key-hash.ts";
import { tallyHolds } from "../../lib/sealed/tally-check.ts";
import { FUZZ_RUNS, seededScalars } from "./seeded.ts";
import { runCeremony } from "./simulate.ts";

const MAX_TEST_TRUSTEES = 6;

/** A poll's shape and up to 10 valid choices for it. */
const pollArbitrary = fc
  .record({
    ballotType: fc.constantFrom(...BALLOT_TYPES),
    optionCount: fc.integer({ min: MIN_OPTIONS, max: MAX_SEALED_OPTIONS }),
  })
  .chain((shape: BallotShape) => {
    const option = fc.integer({ min: 0, max: shape.optionCount - 1 });
    const choice =
      shape.ballotType === "single"
        ? option.map((selected) => [selected])
        : fc.uniqueArray(option, { minLength: 1, maxLength: shape.optionCount });
    return fc.record({ shape: fc.constant(shape), choices: fc.array(choice, { maxLength: 10 }) });
  });

/** n trustees, t ≤ n, QUAL ⊆ {1 … n} with |QUAL| ≥ t, and S ⊆ QUAL with |S| = t in any order. */
const trusteesArbitrary = fc.integer({ min: 1, max: MAX_TEST_TRUSTEES }).chain((trustees) =>
  fc.integer({ min: 1, max: trustees }).chain((threshold) =>
    fc
      .subarray(
        Array.from({ length: trustees }, (_, i) => i + 1),
        { minLength: threshold },
      )
      .chain((qualified) =>
        fc.record({
          trustees: fc.constant(trustees),
          threshold: fc.constant(threshold),
          qualified: fc.constant(qualified),
          decrypters: fc.shuffledSubarray(qualified, { minLength: threshold, maxLength: threshold }),
        }),
      ),
  ),
);

const electionArbitrary = fc.record({
  poll: pollArbitrary,
  trustees: trusteesArbitrary,
  seed: fc.integer(),
  /** Which partial decryption to corrupt: a trustee of S and an option, by position. */
  wrong: fc.record({ trustee: fc.nat(), option: fc.nat() }),
});

describe("a sealed election", () => {
  it("Should decrypt the plaintext tally, by Lagrange and by the contract's Shoup check, and catch a wrong share or decryption", () => {
    fc.assert(
      fc.property(electionArbitrary, ({ poll: { shape, choices }, trustees, seed, wrong }) => {
        const random = seededScalars(seed);
        const { optionCount, ballotType } = shape;
        const plan = { ...trustees, optionCount };
        const ceremony = runCeremony(plan, random);

        // Every trustee outside QUAL dealt one tampered share; its recipient, and only it, catches it.
        for (const { index } of ceremony.keys) {
          const received = ceremony.received.get(index);
          const expected: BadShare[] = [...ceremony.dealings.keys()]
            .filter((dealer) => !plan.qualified.includes(dealer) && (dealer % plan.trustees) + 1 === index)
            .map((dealer) => ({ dealer, option: dealer % optionCount }));
          assert.deepEqual(received?.ok === false ? received.bad : [], expected, `trustee ${index}`);
        }

        const { pollKeys } = ceremony.key;
        assert.equal(typeof pollKeyHash(ballotType, optionCount, pollKeys), "bigint");
        const ballots = choices.map((selected) => encryptBallot(pollKeys, choiceVector(shape, selected), random()));
        const tally = sumBallots(ballots, optionCount);
        const expected = tallyBallots(
          shape,
          choices.map((selected) => encodeBallot(shape, selected)),
        );

        // Each trustee of S decrypts with its share; its verification key is what anyone checks it by.
        const partials = plan.decrypters.map((h) => {
          const shares = ceremony.shares.get(h) ?? [];
          assert.deepEqual(verificationKeys(ceremony.key, h), shares.map(mulBase));
          return partialDecryptAll(shares, tally.c1);
        });
        const column = (rows: readonly (readonly Point[])[], j: number) => rows.map((row) => row[j] as Point);
        const combined = pollKeys.map((_, j) => combine(column(partials, j), plan.decrypters));
        const totals = tallyFromCombined(tally.c2, combined, choices.length);
        assert.deepEqual(totals, expected);

        // The contract's check: Δ·m̄_j·G + Σ (Δ·λ_h)·D_{h,j} == Δ·C̄₂,ⱼ, with integer Δ·λ_h.
        tally.c2.forEach((c2, j) => {
          const left = add(
            mulInteger(G, SHOUP_DELTA * (totals[j] ?? 0n)),
            combineShoup(column(partials, j), plan.decrypters),
          );
          assert.equal(equals(left, mulInteger(c2, SHOUP_DELTA)), true, `option ${j}`);
        });
        const claim = { totals, c2: tally.c2, partials, indices: plan.decrypters };
        assert.equal(tallyHolds(claim), true);
        const changedOption = wrong.option % optionCount;
        const wrongTotals = totals.map((total, j) => (j === changedOption ? total + 1n : total));
        assert.equal(tallyHolds({ ...claim, totals: wrongTotals }), false);

        // One wrong partial decryption: the contract's check fails, and the discrete log reads no
        // count at all or the wrong one.
        const liar = wrong.trustee % plan.decrypters.length;
        const offset = mulBase(random() || 1n);
        const tampered = partials.map((row, at) =>
          at === liar ? row.map((point, j) => (j === changedOption ? add(point, offset) : point)) : row,
        );
        assert.equal(tallyHolds({ ...claim, partials: tampered }), false);
        const wrongCombined = pollKeys.map((_, j) => combine(column(tampered, j), plan.decrypters));
        try {
          assert.notDeepEqual(tallyFromCombined(tally.c2, wrongCombined, choices.length), expected);
        } catch (error) {
          if (!(error instanceof DiscreteLogNotFoundError)) throw error;
        }
      }),
      { numRuns: Math.min(FUZZ_RUNS, 25) },
    );
  });
});
