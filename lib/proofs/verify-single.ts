/**
 * Verifies one Semaphore proof with snarkjs's `groth16.verify`, as Semaphore's own `verifyProof` does:
 * the plain reference the batch verifier is measured and tested against.
 *
 * snarkjs alone is laxer than Semaphore's Solidity verifier: it reduces coordinates modulo the field
 * and does not check that B is in G2's order-r subgroup. The well-formedness check and a textbook
 * subgroup check ([r]B = O) before it make this accept exactly what the contract accepts.
 */
import { buildBn128 } from "ffjavascript";
import { groth16 } from "snarkjs";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import { toSnarkjsProof } from "./groth16-points.ts";
import { isWellFormed, publicSignals } from "./proof-checks.ts";
import type { VerificationKeySource } from "./verification-key.ts";

/** Whether the proof is valid against the Semaphore key for its depth. */
export async function verifySingle(proof: SolidityProof, keys: VerificationKeySource): Promise<boolean> {
  if (!isWellFormed(proof)) return false;
  const key = await keys(Number(proof.merkleTreeDepth));
  if (!(await isBInG2Subgroup(proof))) return false;
  return groth16.verify(key, publicSignals(proof).map(String), toSnarkjsProof(proof.points));
}

async function isBInG2Subgroup({ points }: SolidityProof): Promise<boolean> {
  // snarkjs's own engine: the process-wide one it builds for groth16.verify anyway.
  const { G2, r } = await buildBn128();
  const [, , bx1, bx0, by1, by0] = points;
  const b = G2.fromObject([
    [bx0, bx1],
    [by0, by1],
  ]);
  if (!G2.isValid(b)) return false;
  return G2.isZero(G2.timesScalar(b, littleEndian(r)));
}

function littleEndian(value: bigint): Uint8Array {
  return Uint8Array.from({ length: 32 }, (_, i) => Number((value >> BigInt(8 * i)) & 0xffn));
}
