/** Baby-step giant-step: every m up to the bound is found, the edges included, and nothing past it. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { G, add, mulBase, mulInteger } from "../../lib/sealed/curve.ts";
import { DiscreteLogNotFoundError, discreteLog, tallyFromCombined } from "../../lib/sealed/discrete-log.ts";
import { FUZZ_RUNS, secretArbitrary } from "./seeded.ts";

const RUNS = Math.min(FUZZ_RUNS, 300);

describe("discrete log", () => {
  it("Should find any m in [0, bound] from m·G", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 2 ** 20 })
          .chain((bound) => fc.tuple(fc.constant(bound), fc.integer({ min: 0, max: bound }))),
        ([bound, m]) => {
          assert.equal(discreteLog(mulInteger(G, BigInt(m)), bound), BigInt(m));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("Should find the edges: 0, the bound, square bounds, and 2^24", () => {
    for (const bound of [0, 1, 2, 3, 4, 8, 9, 15, 16, 17, 99, 100, 101, 1_000_000]) {
      for (const m of new Set([0, 1, bound - 1, bound].filter((value) => value >= 0 && value <= bound))) {
        assert.equal(discreteLog(mulInteger(G, BigInt(m)), bound), BigInt(m), `m = ${m}, bound ${bound}`);
      }
    }
    assert.equal(discreteLog(mulInteger(G, 2n ** 24n), 2 ** 24), 2n ** 24n);
    assert.equal(discreteLog(mulInteger(G, 2n ** 24n - 1n), 2 ** 24), 2n ** 24n - 1n);
  });

  it("Should say so when m is past the bound or the point is no small multiple", () => {
    for (const bound of [0, 5, 16, 1000]) {
      assert.throws(() => discreteLog(mulInteger(G, BigInt(bound + 1)), bound), DiscreteLogNotFoundError);
    }
    fc.assert(
      fc.property(
        secretArbitrary.filter((s) => s > 2n ** 20n),
        (s) => {
          assert.throws(() => discreteLog(mulBase(s), 2 ** 20), /No m with 0 ≤ m ≤ 1048576/);
        },
      ),
      { numRuns: 20 },
    );
    // −G = (l − 1)·G: a negative count, which a wrong decryption of an empty option would give.
    assert.throws(() => discreteLog(mulBase(-1n), 100), DiscreteLogNotFoundError);
    assert.throws(() => discreteLog(G, -1), /bound is 0 to/);
    assert.throws(() => discreteLog(G, 1.5), /bound is 0 to/);
  });

  it("Should read each option's count from C̄₂,ⱼ and the combined decryption", () => {
    const combined = [mulBase(5n), mulBase(6n), mulBase(7n)];
    const counts = [0n, 3n, 40n];
    const c2 = combined.map((point, j) => add(point, mulInteger(G, counts[j] ?? 0n)));
    assert.deepEqual(tallyFromCombined(c2, combined, 40), counts);
    assert.throws(() => tallyFromCombined(c2, combined, 39), DiscreteLogNotFoundError);
    assert.throws(() => tallyFromCombined(c2, combined.slice(1), 40), /2 combined decryptions for 3 options/);
  });
});
