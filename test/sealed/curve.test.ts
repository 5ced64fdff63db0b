/**
 * BabyJubJub arithmetic: lib/sealed/curve.ts wraps `@noble/curves`' babyjubjub (its own base point,
 * multipliers below the whole group's order, an O that its validity check refuses), so every
 * operation is checked here against an independent implementation, `@zk-kit/baby-jubjub`'s affine
 * formulas, and the group laws and the subgroup check against points known to lie outside the subgroup.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Base8, addPoint, inCurve, mulPointEscalar, r } from "@zk-kit/baby-jubjub";
import fc from "fast-check";
import {
  FIELD_ORDER,
  G,
  IDENTITY,
  add,
  equals,
  fromCoordinates,
  inSubgroup,
  isOnCurve,
  isValidKey,
  mul,
  mulBase,
  mulInteger,
  neg,
  sub,
  sum,
  toCoordinates,
  walk,
  type Point,
} from "../../lib/sealed/curve.ts";
import { SUBGROUP_ORDER } from "../../lib/sealed/scalar.ts";
import { SNARK_SCALAR_FIELD } from "../../lib/snark/field.ts";
import { FUZZ_RUNS, scalarArbitrary } from "./seeded.ts";

/** circomlib's `Generator`: order 8·l, so it and its odd multiples lie outside the subgroup. */
const FULL_GENERATOR: Point = {
  x: 995203441582195749578291179787384436505546430278305826713579947235728471134n,
  y: 5472060717959818805561601436314318772137091100104008585924551046643952123905n,
};
/** (0, −1), the point of order 2. */
const ORDER_TWO: Point = { x: 0n, y: FIELD_ORDER - 1n };

const RUNS = Math.min(FUZZ_RUNS, 200);
const pointArbitrary = scalarArbitrary.map(mulBase);

function reference(point: Point): [bigint, bigint] {
  return [point.x, point.y];
}

describe("BabyJubJub points", () => {
  it("Should use circomlib's curve: p is the BN254 scalar field, G is Base8", () => {
    assert.equal(FIELD_ORDER, SNARK_SCALAR_FIELD);
    assert.equal(FIELD_ORDER, r);
    assert.deepEqual(toCoordinates(G), Base8);
    assert.deepEqual(toCoordinates(mulInteger(FULL_GENERATOR, 8n)), Base8);
  });

  it("Should add as @zk-kit/baby-jubjub adds", () => {
    fc.assert(
      fc.property(pointArbitrary, pointArbitrary, (p, q) => {
        assert.deepEqual(toCoordinates(add(p, q)), addPoint(reference(p), reference(q)));
        assert.deepEqual(toCoordinates(add(p, p)), addPoint(reference(p), reference(p)));
      }),
      { numRuns: RUNS },
    );
    // Outside the subgroup too: the formulas are complete on the whole curve.
    assert.deepEqual(
      toCoordinates(add(FULL_GENERATOR, ORDER_TWO)),
      addPoint(reference(FULL_GENERATOR), reference(ORDER_TWO)),
    );
  });

  it("Should multiply as @zk-kit/baby-jubjub multiplies, by G's table and in general", () => {
    fc.assert(
      fc.property(scalarArbitrary, pointArbitrary, (s, p) => {
        assert.deepEqual(toCoordinates(mulBase(s)), mulPointEscalar(Base8, s));
        assert.deepEqual(toCoordinates(mul(G, s)), mulPointEscalar(Base8, s));
        assert.deepEqual(toCoordinates(mul(p, s)), mulPointEscalar(reference(p), s));
      }),
      { numRuns: Math.min(RUNS, 30) }, // the reference takes about 40 ms a multiplication
    );
    const big = (1n << 300n) + 12345n;
    assert.deepEqual(toCoordinates(mulInteger(FULL_GENERATOR, big)), mulPointEscalar(reference(FULL_GENERATOR), big));
    assert.deepEqual(toCoordinates(mulInteger(G, big)), mulPointEscalar(Base8, big));
  });

  it("Should be a group: O neutral, −P inverse, addition commutative and associative", () => {
    fc.assert(
      fc.property(pointArbitrary, pointArbitrary, pointArbitrary, (p, q, s) => {
        assert.deepEqual(add(p, IDENTITY), p);
        assert.deepEqual(add(p, neg(p)), IDENTITY);
        assert.deepEqual(sub(p, q), add(p, neg(q)));
        assert.deepEqual(add(p, q), add(q, p));
        assert.deepEqual(add(add(p, q), s), add(p, add(q, s)));
        assert.deepEqual(sum([p, q, s]), add(add(p, q), s));
      }),
      { numRuns: RUNS },
    );
    assert.deepEqual(sum([]), IDENTITY);
    assert.deepEqual(neg(IDENTITY), IDENTITY);
  });

  it("Should take scalars mod l, and integers exactly", () => {
    fc.assert(
      fc.property(scalarArbitrary, scalarArbitrary, pointArbitrary, (a, b, p) => {
        assert.deepEqual(mul(p, a + SUBGROUP_ORDER), mul(p, a));
        assert.deepEqual(mul(p, -a), neg(mul(p, a)));
        assert.deepEqual(mulInteger(p, -a), neg(mul(p, a)));
        assert.deepEqual(add(mul(p, a), mul(p, b)), mul(p, a + b));
        assert.deepEqual(mul(mul(p, a), b), mul(p, a * b));
        assert.deepEqual(mulBase(a), mul(G, a));
      }),
      { numRuns: RUNS },
    );
    assert.deepEqual(mul(G, 0n), IDENTITY);
    assert.deepEqual(mulInteger(G, SUBGROUP_ORDER), IDENTITY);
    assert.deepEqual(mulInteger(G, SUBGROUP_ORDER + 1n), G);
  });

  it("Should check the curve equation as @zk-kit/baby-jubjub does, and refuse non-canonical coordinates", () => {
    fc.assert(
      fc.property(pointArbitrary, fc.bigInt({ min: 0n, max: FIELD_ORDER - 1n }), (p, y) => {
        assert.equal(isOnCurve(p), true);
        assert.equal(inCurve(reference(p)), true);
        const other = { x: p.x, y };
        assert.equal(isOnCurve(other), inCurve(reference(other)));
      }),
      { numRuns: RUNS },
    );
    assert.equal(isOnCurve({ x: G.x + FIELD_ORDER, y: G.y }), false);
    assert.equal(isOnCurve({ x: G.x, y: G.y - FIELD_ORDER }), false);
    assert.equal(isOnCurve({ x: G.x, y: G.y + 1n }), false);
  });

  it("Should tell the prime-order subgroup from the rest of the curve", () => {
    fc.assert(
      fc.property(pointArbitrary, fc.integer({ min: 1, max: 7 }), (p, small) => {
        assert.equal(inSubgroup(p), true);
        // P plus a point of order dividing 8, not O: on the curve, outside the subgroup.
        const torsion = mulInteger(FULL_GENERATOR, SUBGROUP_ORDER * BigInt(small));
        const outside = add(p, torsion);
        assert.equal(isOnCurve(outside), true);
        assert.equal(inSubgroup(outside), false);
        assert.equal(isValidKey(outside), false);
      }),
      { numRuns: Math.min(RUNS, 50) },
    );
    assert.equal(inSubgroup(IDENTITY), true);
    assert.equal(isValidKey(IDENTITY), false);
    assert.equal(isValidKey(G), true);
    assert.equal(inSubgroup(ORDER_TWO), false);
    assert.equal(inSubgroup(FULL_GENERATOR), false);
    assert.equal(inSubgroup({ x: 1n, y: 1n }), false);
  });

  it("Should encode a point as [x, y] and decode only curve points", () => {
    fc.assert(
      fc.property(pointArbitrary, (p) => {
        assert.deepEqual(fromCoordinates(toCoordinates(p)), p);
      }),
      { numRuns: RUNS },
    );
    assert.throws(() => fromCoordinates([G.x, G.y + 1n]), /not a BabyJubJub point/);
    assert.throws(() => fromCoordinates([G.x + FIELD_ORDER, G.y]), /not a BabyJubJub point/);
  });

  it("Should walk P, P + S, P + 2S, … as repeated additions", () => {
    fc.assert(
      fc.property(pointArbitrary, pointArbitrary, fc.integer({ min: 0, max: 20 }), (start, step, count) => {
        const expected: Point[] = [];
        for (let current = start; expected.length < count; current = add(current, step)) expected.push(current);
        assert.deepEqual(walk(start, step, count), expected);
      }),
      { numRuns: Math.min(RUNS, 50) },
    );
    assert.equal(
      walk(G, IDENTITY, 3).every((point) => equals(point, G)),
      true,
    );
  });
});
