import type { SemaphoreProof } from "@semaphore-protocol/proof";

/** A Semaphore proof in the shape of ISemaphore.SemaphoreProof, as viem encodes it. */
export interface SolidityProof {
  merkleTreeDepth: bigint;
  merkleTreeRoot: bigint;
  nullifier: bigint;
  message: bigint;
  scope: bigint;
  points: readonly [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
}

/** Converts a proof from `@semaphore-protocol/proof` into the contract's struct. */
export function toSolidityProof(proof: SemaphoreProof): SolidityProof {
  const [a, b, c, d, e, f, g, h] = proof.points;
  return {
    merkleTreeDepth: BigInt(proof.merkleTreeDepth),
    merkleTreeRoot: BigInt(proof.merkleTreeRoot),
    nullifier: BigInt(proof.nullifier),
    message: BigInt(proof.message),
    scope: BigInt(proof.scope),
    points: [BigInt(a), BigInt(b), BigInt(c), BigInt(d), BigInt(e), BigInt(f), BigInt(g), BigInt(h)],
  };
}
