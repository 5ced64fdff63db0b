/** A dealer's polynomials and their Feldman commitments: honest shares verify, any other value does not. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { FIELD_ORDER, G, IDENTITY, add, mulBase, mulInteger, sum, type Point } from "../../lib/sealed/curve.ts";
import {
  checkCommitments,
  commit,
  evaluate,
  hornerCommitments,
  randomPolynomial,
  verifyShare,
} from "../../lib/sealed/polynomial.ts";
import { SUBGROUP_ORDER, modL } from "../../lib/sealed/scalar.ts";
import { FUZZ_RUNS, seededScalars } from "./seeded.ts";

const RUNS = Math.min(FUZZ_RUNS, 100);

/** A threshold and a polynomial of its degree, from a seed. */
const polynomialArbitrary = fc
  .tuple(fc.integer({ min: 1, max: 16 }), fc.integer())
  .map(([threshold, seed]) => randomPolynomial(threshold, seededScalars(seed)));
const indexArbitrary = fc.integer({ min: 1, max: 16 });

describe("polynomials and Feldman commitments", () => {
  it("Should draw t coefficients from the source given, deterministically", () => {
    const source = [5n, SUBGROUP_ORDER + 7n, 9n];
    const polynomial = randomPolynomial(3, () => source.shift() ?? 0n);
    assert.deepEqual(polynomial, [5n, 7n, 9n]);
    assert.deepEqual(randomPolynomial(4, seededScalars(1)), randomPolynomial(4, seededScalars(1)));
    assert.throws(() => randomPolynomial(0), /at least 1/);
  });

  it("Should evaluate as the sum of its terms mod l", () => {
    fc.assert(
      fc.property(polynomialArbitrary, fc.bigInt({ min: 0n, max: SUBGROUP_ORDER - 1n }), (polynomial, x) => {
        const terms = polynomial.reduce((total, coefficient, degree) => total + coefficient * x ** BigInt(degree), 0n);
        assert.equal(evaluate(polynomial, x), modL(terms));
      }),
      { numRuns: RUNS },
    );
    assert.equal(evaluate([3n, 4n], 0n), 3n);
  });

  it("Should verify every trustee's honest share by Horner's rule over the commitments", () => {
    fc.assert(
      fc.property(polynomialArbitrary, indexArbitrary, (polynomial, index) => {
        const commitments = commit(polynomial);
        assert.deepEqual(commitments[0], mulBase(polynomial[0] as bigint));
        const naive = sum(commitments.map((point, degree) => mulInteger(point, BigInt(index) ** BigInt(degree))));
        assert.deepEqual(hornerCommitments(commitments, index), naive);
        assert.equal(verifyShare(evaluate(polynomial, BigInt(index)), index, commitments), true);
      }),
      { numRuns: RUNS },
    );
  });

  it("Should refuse a wrong share, a share for another index, and altered commitments", () => {
    fc.assert(
      fc.property(
        polynomialArbitrary,
        indexArbitrary,
        fc.bigInt({ min: 1n, max: SUBGROUP_ORDER - 1n }),
        (polynomial, index, delta) => {
          const commitments = commit(polynomial);
          const share = evaluate(polynomial, BigInt(index));
          assert.equal(verifyShare(modL(share + delta), index, commitments), false);
          const other = (index % 16) + 1;
          if (evaluate(polynomial, BigInt(other)) !== share)
            assert.equal(verifyShare(share, other, commitments), false);
          const degree = Number(delta % BigInt(commitments.length));
          const altered = commitments.map((point, at) => (at === degree ? add(point, G) : point));
          assert.equal(verifyShare(share, index, altered), false);
          assert.equal(verifyShare(share + SUBGROUP_ORDER, index, commitments), false);
        },
      ),
      { numRuns: RUNS },
    );
    assert.equal(verifyShare(0n, 1, []), false);
    assert.equal(verifyShare(1n, 1, [{ x: G.x, y: G.y + 1n }]), false);
  });

  it("Should accept as commitments only t points of the subgroup", () => {
    const commitments = commit(randomPolynomial(3, seededScalars(7)));
    assert.equal(checkCommitments(commitments, 3), true);
    assert.equal(checkCommitments(commitments, 2), false);
    assert.equal(checkCommitments([...commitments, IDENTITY], 3), false);
    // Plus (0, −1), of order 2: on the curve, outside the subgroup.
    const orderTwo: Point = { x: 0n, y: FIELD_ORDER - 1n };
    const [first, second, third] = commitments as [Point, Point, Point];
    assert.equal(checkCommitments([first, second, add(third, orderTwo)], 3), false);
  });
});
