/**
 * Batch verification of Semaphore's Groth16 proofs, by random linear combination.
 *
 * One proof (A, B, C) with public signals x verifies iff
 *     e(A, B) = e(α, β) · e(vk_x, γ) · e(C, δ),   vk_x = IC_0 + Σ_j x_j·IC_j.
 * Proofs under the same key (Semaphore: the same tree depth) are checked together as
 *     Π_i e(r_i·A_i, B_i) · e(-Σ_i r_i·vk_x_i, γ) · e(-Σ_i r_i·C_i, δ) · e(-(Σ_i r_i)·α, β) = 1
 * with coefficients r_i from batch-coefficients.ts: N + 3 Miller loops and one final exponentiation
 * instead of 4N Miller loops and N final exponentiations, and Σ r_i·vk_x_i = (Σ r_i)·IC_0 +
 * Σ_j (Σ_i r_i·x_ij)·IC_j costs only scalar-field arithmetic per proof. A batch that fails is split
 * in halves (each with its own coefficients) until the failing proofs are named.
 *
 * Accepts exactly what verify-single.ts accepts (see proof-checks.ts): a proof is valid iff it is
 * well-formed, its points are on the curve and B is in G2's order-r subgroup, and its equation holds.
 */
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import { SNARK_SCALAR_FIELD } from "../snark/field.ts";
import { batchCoefficients } from "./batch-coefficients.ts";
import { createBn254, type Bn254, type G1Point, type G2Point } from "./bn254.ts";
import { isWellFormed, publicSignals, type PublicSignals } from "./proof-checks.ts";
import type { Groth16VerificationKey, VerificationKeySource } from "./verification-key.ts";

export interface BatchVerifier {
  /** Whether each proof is valid: one result per proof, in the same order. */
  verify(proofs: readonly SolidityProof[]): Promise<boolean[]>;
}

/** A verification key as curve points, ready for pairings. */
interface PreparedKey {
  alpha: G1Point;
  beta: G2Point;
  gamma: G2Point;
  delta: G2Point;
  ic: readonly G1Point[];
}

/** A well-formed proof whose points are on the curve (and B in its subgroup). */
interface PointsOnCurve {
  index: number;
  proof: SolidityProof;
  a: G1Point;
  b: G2Point;
  c: G1Point;
  signals: PublicSignals;
}

/**
 * A batch verifier with its own BN254 engine (single-threaded WebAssembly, nothing to release), for
 * keys from `keys`. Environment-agnostic: in Node, pass loadSemaphoreVerificationKey.
 */
export async function createBatchVerifier(keys: VerificationKeySource): Promise<BatchVerifier> {
  const bn254 = await createBn254();
  const preparedKeys = new Map<number, Promise<PreparedKey>>();
  const preparedKey = (depth: number): Promise<PreparedKey> => {
    let key = preparedKeys.get(depth);
    if (key === undefined) {
      key = keys(depth).then((json) => prepareKey(bn254, json));
      preparedKeys.set(depth, key);
      // A key that failed to load is not remembered, so a later call retries.
      key.catch(() => preparedKeys.delete(depth));
    }
    return key;
  };

  return {
    async verify(proofs) {
      const results = proofs.map(() => false);
      const byDepth = new Map<number, number[]>();
      proofs.forEach((proof, index) => {
        if (!isWellFormed(proof)) return;
        const depth = Number(proof.merkleTreeDepth);
        const indexes = byDepth.get(depth);
        if (indexes) indexes.push(index);
        else byDepth.set(depth, [index]);
      });
      for (const [depth, indexes] of byDepth) {
        const key = await preparedKey(depth);
        const candidates = indexes.flatMap((index) => {
          const proof = proofs[index];
          const onCurve = proof && toPointsOnCurve(bn254, index, proof);
          return onCurve ? [onCurve] : [];
        });
        for (const index of await findValid(bn254, key, candidates)) results[index] = true;
      }
      return results;
    },
  };
}

/** Convenience for one-off use: verifies a batch with a fresh engine. */
export async function verifyBatch(proofs: readonly SolidityProof[], keys: VerificationKeySource): Promise<boolean[]> {
  return (await createBatchVerifier(keys)).verify(proofs);
}

/** The indexes of the valid proofs: all of them if the batch holds, else those its halves name. */
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
  const coefficients = await batchCoefficients(batch.map(({ proof }) => proof));
  let coefficientSum = 0n;
  const signalSums = [0n, 0n, 0n, 0n];
  const pairs: (readonly [G1Point, G2Point])[] = [];
  batch.forEach(({ a, b, signals }, i) => {
    const r = coefficients[i] ?? 0n;
    coefficientSum += r;
    for (const [j, signal] of signals.entries()) signalSums[j] = (signalSums[j] ?? 0n) + r * signal;
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

function toPointsOnCurve(bn254: Bn254, index: number, proof: SolidityProof): PointsOnCurve | undefined {
  const [ax, ay, bx1, bx0, by1, by0, cx, cy] = proof.points;
  const a = bn254.g1(ax, ay);
  const c = bn254.g1(cx, cy);
  const b = a && c && bn254.g2(bx0, bx1, by0, by1);
  return b ? { index, proof, a, b, c, signals: publicSignals(proof) } : undefined;
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
