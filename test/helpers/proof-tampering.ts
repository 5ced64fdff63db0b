/**
 * Ways to spoil a real Semaphore proof, for the batch verifier's tests: each gives a proof that some
 * check must refuse, and says which. Points stay on the curve unless the name says otherwise, so that
 * only the pairing equation can catch them.
 */
import { concat, toHex, type Hex, type PublicClient } from "viem";
import { BN254_BASE_FIELD } from "../../lib/proofs/proof-checks.ts";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";

export type Points = SolidityProof["points"];
export type G1 = readonly [bigint, bigint];

const q = BN254_BASE_FIELD;
/** G1's generator. */
export const G1_GENERATOR: G1 = [1n, 2n];
/** A point of the G2 twist outside the order-r subgroup: x = 1, y = y0 + y1·u (as in test/proofs). */
export const TWIST_POINT_OUTSIDE_G2 = {
  x0: 1n,
  x1: 0n,
  y0: 18278151005453108793778860132295291098363647455926340152056652516292830556603n,
  y1: 5912654199736721486680175016176231956195085055698687135131307249486702594212n,
};

/** The proof with some of its 8 packed points replaced, by index. */
export function withPoints(proof: SolidityProof, changes: Partial<Record<number, bigint>>): SolidityProof {
  const [p0, p1, p2, p3, p4, p5, p6, p7] = proof.points.map((value, i) => changes[i] ?? value) as unknown as Points;
  return { ...proof, points: [p0, p1, p2, p3, p4, p5, p6, p7] };
}

const negate = (y: bigint) => (y === 0n ? 0n : q - y);

/** A replaced by −A: on the curve, wrong. */
export const negateA = (proof: SolidityProof) => withPoints(proof, { 1: negate(proof.points[1]) });
/** B replaced by −B (both coordinates of y negated in Fp²): in G2, wrong. */
export const negateB = (proof: SolidityProof) =>
  withPoints(proof, { 4: negate(proof.points[4]), 5: negate(proof.points[5]) });
/** C replaced by −C: on the curve, wrong. */
export const negateC = (proof: SolidityProof) => withPoints(proof, { 7: negate(proof.points[7]) });
/** B on the twist but outside G2's order-r subgroup: only the pairing precompile refuses it. */
export const bOutsideG2 = (proof: SolidityProof) => {
  const { x0, x1, y0, y1 } = TWIST_POINT_OUTSIDE_G2;
  return withPoints(proof, { 2: x1, 3: x0, 4: y1, 5: y0 });
};

export const cOf = (proof: SolidityProof): G1 => [proof.points[6], proof.points[7]];
export const withC = (proof: SolidityProof, [x, y]: G1) => withPoints(proof, { 6: x, 7: y });

/** BN254 G1 arithmetic through the chain's own precompiles (EIP-196), so no second implementation. */
export function g1Arithmetic(publicClient: PublicClient) {
  const call = async (precompile: Hex, words: readonly bigint[]): Promise<G1> => {
    const { data } = await publicClient.call({
      to: precompile,
      data: concat(words.map((w) => toHex(w, { size: 32 }))),
    });
    if (data === undefined || data.length !== 2 + 128) throw new Error(`precompile ${precompile} failed`);
    return [BigInt(data.slice(0, 66)), BigInt(`0x${data.slice(66)}`)];
  };
  return {
    add: (a: G1, b: G1) => call("0x0000000000000000000000000000000000000006", [...a, ...b]),
    multiply: (a: G1, scalar: bigint) => call("0x0000000000000000000000000000000000000007", [...a, scalar]),
    negate: ([x, y]: G1): G1 => [x, negate(y)],
  };
}
