/**
 * The random coefficients of a batch verification, derived from the batch itself (Fiat–Shamir).
 *
 * Batch verification checks Σ r_i·(equation_i) instead of every equation_i. If some equation fails,
 * the combination still holds only for coefficients on a hyperplane, which random 128-bit r_i hit
 * with probability below 2^-127. That bound needs coefficients the prover cannot predict when it
 * chooses its proofs: hashing every proof and public input of the batch into the coefficients gives
 * that (changing anything changes every r_i unpredictably, so a forger has to try about 2^127
 * batches), while keeping the verification deterministic, so anyone re-running it gets the same
 * answer. 128 bits is the usual security level and halves the cost of the r_i·A_i multiplications.
 */
import { keccak256 } from "viem";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";

/** Separates these hashes from any other use of keccak256 over the same bytes. */
const DOMAIN = new TextEncoder().encode("ballotbox/groth16-batch-coefficients/v1");
const WORD_BYTES = 32;
/** depth, root, nullifier, message, scope and the 8 proof points (public signals follow from them). */
const WORDS_PER_PROOF = 13;

/** One coefficient in [1, 2^128) per proof, a function of all the proofs (and their order). */
export function batchCoefficients(proofs: readonly SolidityProof[]): bigint[] {
  const transcript = new Uint8Array(DOMAIN.length + WORD_BYTES + proofs.length * WORDS_PER_PROOF * WORD_BYTES);
  transcript.set(DOMAIN);
  let offset = DOMAIN.length;
  const append = (value: bigint): void => {
    writeWord(transcript, offset, value);
    offset += WORD_BYTES;
  };
  append(BigInt(proofs.length));
  for (const { merkleTreeDepth, merkleTreeRoot, nullifier, message, scope, points } of proofs) {
    for (const value of [merkleTreeDepth, merkleTreeRoot, nullifier, message, scope, ...points]) append(value);
  }
  const seed = keccak256(transcript, "bytes");

  const input = new Uint8Array(WORD_BYTES * 2);
  input.set(seed);
  return proofs.map((_, index) => {
    writeWord(input, WORD_BYTES, BigInt(index));
    const hash = keccak256(input, "bytes");
    const digest = new DataView(hash.buffer, hash.byteOffset, hash.byteLength);
    // The digest's first 128 bits.
    const coefficient = (digest.getBigUint64(0) << 64n) | digest.getBigUint64(8);
    // Zero would drop the proof from the check; it comes up with probability 2^-128.
    return coefficient === 0n ? 1n : coefficient;
  });
}

/** Writes 0 <= value < 2^256 big-endian into 32 bytes (values are range-checked before this). */
function writeWord(target: Uint8Array, offset: number, value: bigint): void {
  const view = new DataView(target.buffer, target.byteOffset + offset, WORD_BYTES);
  for (let i = 0; i < 4; i++) view.setBigUint64(8 * (3 - i), BigInt.asUintN(64, value >> BigInt(64 * i)), false);
}
