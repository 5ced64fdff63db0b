/**
 * The BN254 extensions the batch verifier relies on, checked against ffjavascript's textbook
 * operations on an independent engine: the fast G2 subgroup test against [r]Q = O, including points
 * with a component of each prime factor of the cofactor (what an attacker would craft), and the
 * multi-Miller loop against bilinearity across more pairs than one loop holds.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildBn128, type Bn128 } from "ffjavascript";
import { createBn254, type Bn254, type G1Point, type G2Point } from "../../lib/proofs/bn254.ts";

/** #E'(Fq2) = r · h; h = 10069 · 5864401 · L (L prime). */
const G2_COFACTOR = 21888242871839275222246405745257275088844257914179612981679871602714643921549n;
const COFACTOR_PRIMES = [10069n, 5864401n, G2_COFACTOR / (10069n * 5864401n)];

type Fq2 = [bigint, bigint];

let reference: Bn128;
let bn254: Bn254;

before(async () => {
  reference = await buildBn128(true);
  bn254 = await createBn254();
});

const scalarBytes = (value: bigint): Uint8Array =>
  Uint8Array.from({ length: 64 }, (_, i) => Number((value >> BigInt(8 * i)) & 0xffn));

function coordinates(point: Uint8Array): [Fq2, Fq2] {
  const [x, y] = reference.G2.toObject(reference.G2.toAffine(point)) as [Fq2, Fq2];
  return [x, y];
}

/** A deterministic point of the twist, in general outside the subgroup (no cofactor clearing). */
function twistPoint(seed: number): Uint8Array {
  const { F2, G2 } = reference;
  for (let i = seed; ; i++) {
    const x = F2.fromObject([BigInt(i) * 7919n + 3n, BigInt(i) * 104729n + 11n]);
    const rhs = F2.add(F2.mul(F2.square(x), x), G2.b);
    if (!F2.isSquare(rhs)) continue;
    const point = new Uint8Array(128);
    point.set(x);
    point.set(F2.sqrt(rhs), 64);
    return point;
  }
}

function viaBn254(point: Uint8Array): G2Point | undefined {
  const [[x0, x1], [y0, y1]] = coordinates(point);
  return bn254.g2(x0, x1, y0, y1);
}

const inSubgroupByOrder = (point: Uint8Array): boolean =>
  reference.G2.isZero(reference.G2.timesScalar(point, scalarBytes(reference.r)));

describe("G2 subgroup check", () => {
  it("accepts multiples of the generator", () => {
    for (let k = 1n; k <= 8n; k++) {
      const point = reference.G2.timesScalar(reference.G2.g, scalarBytes(k * 1234567890123456789n));
      assert.ok(viaBn254(point), `[${k}·c]G2`);
    }
  });

  it("rejects twist points outside the subgroup, as [r]Q = O does", () => {
    for (let seed = 0; seed < 8; seed++) {
      const point = twistPoint(seed * 1000);
      assert.equal(Boolean(viaBn254(point)), inSubgroupByOrder(point));
      assert.equal(viaBn254(point), undefined);
    }
  });

  for (const prime of COFACTOR_PRIMES) {
    it(`rejects a subgroup point plus a point of order ${prime < 10n ** 12n ? prime : "L"}`, () => {
      const { G2 } = reference;
      const torsion = G2.timesScalar(twistPoint(77), scalarBytes(reference.r * (G2_COFACTOR / prime)));
      assert.ok(!G2.isZero(torsion));
      const point = G2.add(G2.timesScalar(G2.g, scalarBytes(987654321n)), torsion);
      assert.equal(inSubgroupByOrder(point), false);
      assert.equal(viaBn254(point), undefined);
      assert.equal(viaBn254(torsion), undefined);
    });
  }

  it("rejects points not on the twist", () => {
    const [[x0, x1], [y0, y1]] = coordinates(reference.G2.g);
    assert.equal(bn254.g2(x0, x1, y0 + 1n, y1), undefined);
  });
});

describe("pairing product", () => {
  const g1 = (k: bigint): G1Point => {
    const [x, y] = reference.G1.toObject(
      reference.G1.toAffine(reference.G1.timesScalar(reference.G1.g, scalarBytes(k))),
    );
    const point = bn254.g1(x as bigint, y as bigint);
    assert.ok(point);
    return point;
  };
  const g2 = (k: bigint): G2Point => {
    const point = viaBn254(reference.G2.timesScalar(reference.G2.g, scalarBytes(k)));
    assert.ok(point);
    return point;
  };

  it("is one for pairs whose exponents cancel, across several Miller loop groups", () => {
    // Σ a_i·b_i - (Σ a_i·b_i) = 0 over 40 pairs plus one closing pair (the loop holds 32).
    const pairs: (readonly [G1Point, G2Point])[] = [];
    let total = 0n;
    for (let i = 1n; i <= 40n; i++) {
      pairs.push([g1(i * 31n), g2(i + 5n)]);
      total += i * 31n * (i + 5n);
    }
    pairs.push([bn254.g1Negate(g1(total)), g2(1n)]);
    assert.equal(bn254.pairingProductIsOne(pairs), true);
    pairs.push([g1(1n), g2(1n)]);
    assert.equal(bn254.pairingProductIsOne(pairs), false);
  });

  it("multiplies and multi-exponentiates like repeated addition", () => {
    const points = [g1(3n), g1(5n), g1(7n)];
    const product = bn254.g1MultiExp(points, [2n, 10n, 1n << 100n], 16);
    const expected = g1(3n * 2n + 5n * 10n + 7n * (1n << 100n));
    assert.ok(reference.G1.eq(product, expected));
    assert.ok(reference.G1.eq(bn254.g1Multiply(points[0] ?? g1(1n), 1n << 200n), g1(3n << 200n)));
  });
});
