/**
 * Groth16 proofs over BN254 in the two shapes Ballotbox meets: snarkjs's (strings, G2 coordinates real
 * part first) and the contracts' eight packed words (A, B with each G2 coordinate imaginary part first,
 * C), as snarkjs's Solidity verifiers and Semaphore's `packGroth16Proof` write them.
 */
import type { Groth16Proof } from "snarkjs";

/** A Groth16 proof as the contracts take it. */
export type PackedGroth16Proof = readonly [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];

/** A snarkjs proof's points in the contracts' order (the inverse of toSnarkjsProof). */
export function packGroth16Proof({ pi_a, pi_b, pi_c }: Groth16Proof): PackedGroth16Proof {
  const point = (value: string | undefined) => BigInt(value ?? 0);
  return [
    point(pi_a[0]),
    point(pi_a[1]),
    point(pi_b[0]?.[1]),
    point(pi_b[0]?.[0]),
    point(pi_b[1]?.[1]),
    point(pi_b[1]?.[0]),
    point(pi_c[0]),
    point(pi_c[1]),
  ];
}

/**
 * The proof's points as snarkjs takes them, as Semaphore's `unpackGroth16Proof` builds them. The
 * packed (Solidity) order writes each G2 coordinate imaginary part first: B = (p3 + p2·u, p5 + p4·u).
 */
export function toSnarkjsProof(points: PackedGroth16Proof): Groth16Proof {
  const [ax, ay, bx1, bx0, by1, by0, cx, cy] = points;
  return {
    pi_a: [String(ax), String(ay)],
    pi_b: [
      [String(bx0), String(bx1)],
      [String(by0), String(by1)],
    ],
    pi_c: [String(cx), String(cy)],
    protocol: "groth16",
    curve: "bn128",
  };
}
