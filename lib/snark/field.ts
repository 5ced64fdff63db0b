import { keccak256, toHex } from "viem";

/** The order of the BN254 scalar field: every public signal of a Semaphore proof lies below it. */
export const SNARK_SCALAR_FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

/**
 * How Semaphore turns a proof's message and scope into public signals:
 * keccak256(abi.encodePacked(uint256 value)) >> 8 (Semaphore.sol's `_hash`).
 */
export function semaphoreHash(value: bigint): bigint {
  return BigInt(keccak256(toHex(value, { size: 32 }))) >> 8n;
}
