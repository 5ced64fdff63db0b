/**
 * What a Semaphore proof must look like before any curve arithmetic, and the Groth16 statement it
 * proves. Shared by the one-at-a-time and the batch verifier, so both accept exactly the same proofs:
 * those Semaphore's Solidity verifier (and the EVM's pairing precompile under it) would accept.
 */
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import { SNARK_SCALAR_FIELD, semaphoreHash } from "../snark/field.ts";

/** The order of BN254's base field: every coordinate of a curve point lies below it. */
export const BN254_BASE_FIELD = 21888242871839275222246405745257275088696311157297823662689037894645226208583n;

/** Tree depths Semaphore v4 has keys for (as in lib/semaphore/artifacts.node.ts, which is Node-only). */
export const MIN_TREE_DEPTH = 1;
export const MAX_TREE_DEPTH = 32;

const UINT256_LIMIT = 1n << 256n;

/** Public signals of a Semaphore proof: [merkleTreeRoot, nullifier, hash(message), hash(scope)]. */
export type PublicSignals = readonly [bigint, bigint, bigint, bigint];

/**
 * Whether a proof is well-formed: a supported depth, public signals in the scalar field (Semaphore's
 * verifier rejects others), message and scope uint256, and every coordinate a canonical base field
 * element. A point at infinity, (0, 0) in the EVM's encoding, is rejected too: an honest prover
 * produces one with negligible probability, and rejecting it keeps it out of the curve code.
 * Whether the points are on the curve, and B in its subgroup, is left to the verifiers' curve code.
 */
export function isWellFormed(proof: SolidityProof): boolean {
  const { merkleTreeDepth, merkleTreeRoot, nullifier, message, scope, points } = proof;
  // Proofs may come from untyped sources (files, RPC responses): the shape is checked too.
  const pointCount: number = points.length;
  if (pointCount !== 8 || typeof merkleTreeDepth !== "bigint") return false;
  const depth = Number(merkleTreeDepth);
  if (depth < MIN_TREE_DEPTH || depth > MAX_TREE_DEPTH || BigInt(depth) !== merkleTreeDepth) return false;
  if (!isBelow(merkleTreeRoot, SNARK_SCALAR_FIELD) || !isBelow(nullifier, SNARK_SCALAR_FIELD)) return false;
  if (!isBelow(message, UINT256_LIMIT) || !isBelow(scope, UINT256_LIMIT)) return false;
  if (!points.every((coordinate) => isBelow(coordinate, BN254_BASE_FIELD))) return false;
  const [ax, ay, bx1, bx0, by1, by0, cx, cy] = points;
  const isInfinity = (...coordinates: bigint[]) => coordinates.every((coordinate) => coordinate === 0n);
  return !isInfinity(ax, ay) && !isInfinity(bx1, bx0, by1, by0) && !isInfinity(cx, cy);
}

/** The Groth16 public signals a (well-formed) Semaphore proof is checked against. */
export function publicSignals(proof: SolidityProof): PublicSignals {
  return [proof.merkleTreeRoot, proof.nullifier, cachedSemaphoreHash(proof.message), cachedSemaphoreHash(proof.scope)];
}

// All ballots of a poll share its scope, and their messages are a few option values: remembering
// recent hashes saves two keccak256 per ballot in a recount.
const HASH_CACHE_SIZE = 1024;
const hashCache = new Map<bigint, bigint>();

function cachedSemaphoreHash(value: bigint): bigint {
  let hash = hashCache.get(value);
  if (hash === undefined) {
    if (hashCache.size >= HASH_CACHE_SIZE) hashCache.clear();
    hash = semaphoreHash(value);
    hashCache.set(value, hash);
  }
  return hash;
}

function isBelow(value: bigint, limit: bigint): boolean {
  return typeof value === "bigint" && value >= 0n && value < limit;
}
