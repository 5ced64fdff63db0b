/**
 * Batch verification of Groth16 proofs over BN254 under any verification key, by random linear
 * combination: Semaphore's ballots (./batch-verify.ts groups them by depth) and the sealed circuits'
 * proofs alike.
 *
 * One proof (A, B, C) with public signals x verifies iff
 *     e(A, B) = e(α, β) · e(vk_x, γ) · e(C, δ),   vk_x = IC_0 + Σ_j x_j·IC_j.
 * Proofs under one key are checked together as
 *     Π_i e(r_i·A_i, B_i) · e(-Σ_i r_i·vk_x_i, γ) · e(-Σ_i r_i·C_i, δ) · e(-(Σ_i r_i)·α, β) = 1
 * with coefficients r_i from batch-coefficients.ts: N + 3 Miller loops and one final exponentiation
 * instead of 4N Miller loops and N final exponentiations, and Σ r_i·vk_x_i = (Σ r_i)·IC_0 +
 * Σ_j (Σ_i r_i·x_ij)·IC_j costs only scalar-field arithmetic per proof. A batch that fails is split
 * in halves (each with its own coefficients) until the failing proofs are named.
 *
 * A statement is valid iff it has one signal per input of the key, each below the scalar field, every
 * coordinate is a canonical base field element and no point is the point at infinity, A and C are on
 * the curve, B is on the twist and in G2's order-r subgroup, and its equation holds: what the
 * contracts' verifiers accept.
 */
import { SNARK_SCALAR_FIELD } from "../snark/field.ts";
import { batchCoefficients } from "./batch-coefficients.ts";
import { createBn254, type Bn254, type G1Point, type G2Point } from "./bn254.ts";
import type { PackedGroth16Proof } from "./groth16-points.ts";
import { BN254_BASE_FIELD } from "./proof-checks.ts";
import type { Groth16VerificationKey } from "./verification-key.ts";

/** A proof as the contracts take it, with the public signals it is checked against, in circuit order. */
export interface Groth16Statement {
  readonly proof: PackedGroth16Proof;
  readonly signals: readonly bigint[];
}

export interface Groth16BatchVerifier {
  /** Whether each statement holds under `key`: one result per statement, in the same order. */
  verify(key: Groth16VerificationKey, statements: readonly Groth16Statement[]): Promise<boolean[]>;
}

/** A verification key as curve points, ready for pairings. */
interface PreparedKey {
  alpha: G1Point;
  beta: G2Point;
  gamma: G2Point;
  delta: G2Point;
  ic: readonly G1Point[];
}

/** A well-formed statement whose points are on the curve (and B in its subgroup). */
interface PointsOnCurve {
  index: number;
  statement: Groth16Statement;
  a: G1Point;
  b: G2Point;
  c: G1Point;
}

/** A verifier with its own BN254 engine (single-threaded WebAssembly, nothing to release). */
export async function createGroth16BatchVerifier(): Promise<Groth16BatchVerifier> {
  const bn254 = await createBn254();
  const prepared = new WeakMap<Groth16VerificationKey, PreparedKey>();
  const preparedKey = (key: Groth16VerificationKey): PreparedKey => {
    let points = prepared.get(key);
    if (points === undefined) {
      points = prepareKey(bn254, key);
      prepared.set(key, points);
    }
    return points;
  };
  return {
    async verify(key, statements) {
      const points = preparedKey(key);
      const results = statements.map(() => false);
      const candidates = statements.flatMap((statement, index) => {
        if (!isWellFormed(statement, points.ic.length - 1)) return [];
        const onCurve = toPointsOnCurve(bn254, index, statement);
        return onCurve ? [onCurve] : [];
      });
      for (const index of await findValid(bn254, points, candidates)) results[index] = true;
      return results;
    },
  };
}

function isWellFormed({ proof, signals }: Groth16Statement, inputs: number): boolean {
  // Statements may come from untyped sources (files, logs): the shape is checked too.
  const pointCount: number = proof.length;
  if (pointCount !== 8 || signals.length !== inputs) return false;
  if (!signals.every((signal) => typeof signal === "bigint" && signal >= 0n && signal < SNARK_SCALAR_FIELD)) {
    return false;
  }
  if (!proof.every((coordinate) => typeof coordinate === "bigint" && coordinate >= 0n && coordinate < BN254_BASE_FIELD))
    return false;
  const [ax, ay, bx1, bx0, by1, by0, cx, cy] = proof;
  const isInfinity = (...coordinates: bigint[]) => coordinates.every((coordinate) => coordinate === 0n);
  return !isInfinity(ax, ay) && !isInfinity(bx1, bx0, by1, by0) && !isInfinity(cx, cy);
}

/** The indexes of the valid statements: all of them if the batch holds, else those its halves name. */
async function findValid(bn254: Bn254, key: PreparedKey, batch: readonly PointsOnCurve[]): Promise<number[]> {
  if (batch.length === 0) return [];
  if (await batchEquationHolds(bn254, key, batch)) return batch.map(({ index }) => index);
  if (batch.length === 1) return [];
  const middle = Math.ceil(batch.length / 2);
  return [
    ...(await findValid(bn254, key, batch.slice(0, middle))),
    ...(await findValid(bn254, key, batch.slice(middle))),
  ];
}

/** The random-linear-combination check of the file comment; exact for a batch of one. */
async function batchEquationHolds(bn254: Bn254, key: PreparedKey, batch: readonly PointsOnCurve[]): Promise<boolean> {
  const coefficients = await batchCoefficients(batch.map(({ statement }) => statement));
  let coefficientSum = 0n;
  const signalSums = Array.from({ length: key.ic.length - 1 }, () => 0n);
  const pairs: (readonly [G1Point, G2Point])[] = [];
  batch.forEach(({ a, b, statement }, i) => {
    const r = coefficients[i] ?? 0n;
    coefficientSum += r;
    for (const [j, signal] of statement.signals.entries()) signalSums[j] = (signalSums[j] ?? 0n) + r * signal;
    pairs.push([bn254.g1Multiply(a, r), b]);
  });
  const scalars = [coefficientSum, ...signalSums].map((sum) => sum % SNARK_SCALAR_FIELD);
  const vkX = bn254.g1MultiExp(key.ic, scalars, 32);
  const c = bn254.g1MultiExp(
    batch.map(({ c }) => c),
    coefficients,
    16,
  );
  const alpha = bn254.g1Multiply(key.alpha, scalars[0] ?? 0n);
  pairs.push([bn254.g1Negate(vkX), key.gamma], [bn254.g1Negate(c), key.delta], [bn254.g1Negate(alpha), key.beta]);
  return bn254.pairingProductIsOne(pairs);
}

function toPointsOnCurve(bn254: Bn254, index: number, statement: Groth16Statement): PointsOnCurve | undefined {
  const [ax, ay, bx1, bx0, by1, by0, cx, cy] = statement.proof;
  const a = bn254.g1(ax, ay);
  const c = bn254.g1(cx, cy);
  const b = a && c && bn254.g2(bx0, bx1, by0, by1);
  return b ? { index, statement, a, b, c } : undefined;
}

function prepareKey(bn254: Bn254, key: Groth16VerificationKey): PreparedKey {
  // snarkjs writes key points in projective coordinates with z = 1.
  const g1 = ([x, y, z]: readonly [string, string, string]): G1Point => {
    const point = z === "1" ? bn254.g1(BigInt(x), BigInt(y)) : undefined;
    if (!point) throw new Error("The verification key has a G1 point that is not affine or not on the curve");
    return point;
  };
  type Fq2 = readonly [string, string];
  const g2 = ([[x0, x1], [y0, y1], z]: readonly [Fq2, Fq2, Fq2]): G2Point => {
    const point = z[0] === "1" && z[1] === "0" ? bn254.g2(BigInt(x0), BigInt(x1), BigInt(y0), BigInt(y1)) : undefined;
    if (!point) throw new Error("The verification key has a G2 point that is not affine or not in the subgroup");
    return point;
  };
  return {
    alpha: g1(key.vk_alpha_1),
    beta: g2(key.vk_beta_2),
    gamma: g2(key.vk_gamma_2),
    delta: g2(key.vk_delta_2),
    ic: key.IC.map(g1),
  };
}
