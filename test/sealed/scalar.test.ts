/** Scalars mod l: reduction, inversion, and the CSPRNG draw's range. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { SUBGROUP_ORDER, invertModL, isScalar, modL, randomScalar } from "../../lib/sealed/scalar.ts";
import { FUZZ_RUNS, secretArbitrary } from "./seeded.ts";

describe("scalars mod l", () => {
  it("Should reduce any integer into [0, l)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 300n), max: 1n << 300n }), (x) => {
        const reduced = modL(x);
        assert.equal(isScalar(reduced), true);
        assert.equal((x - reduced) % SUBGROUP_ORDER, 0n);
      }),
      { numRuns: FUZZ_RUNS },
    );
    assert.equal(isScalar(SUBGROUP_ORDER), false);
    assert.equal(isScalar(-1n), false);
  });

  it("Should invert every non-zero scalar and refuse 0", () => {
    fc.assert(
      fc.property(secretArbitrary, (x) => {
        assert.equal(modL(x * invertModL(x)), 1n);
        assert.equal(modL(-x * invertModL(-x)), 1n);
      }),
      { numRuns: FUZZ_RUNS },
    );
    assert.throws(() => invertModL(SUBGROUP_ORDER), /no inverse/);
  });

  it("Should draw canonical scalars that use l's whole width", () => {
    const draws = Array.from({ length: 2000 }, randomScalar);
    assert.equal(draws.every(isScalar), true);
    assert.equal(new Set(draws).size, draws.length);
    // About half the draws are at least l/2, about an eighth below l/8 (a wrong mask or a
    // reduction of a narrower number would skew these far beyond the margins).
    const high = draws.filter((x) => x >= SUBGROUP_ORDER / 2n).length;
    const low = draws.filter((x) => x < SUBGROUP_ORDER / 8n).length;
    assert.ok(high > 850 && high < 1150, `${high} of 2000 draws at least l/2`);
    assert.ok(low > 170 && low < 330, `${low} of 2000 draws below l/8`);
  });
});
