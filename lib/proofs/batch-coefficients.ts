/**
 * The random coefficients of a batch verification, derived from the batch itself (Fiat–Shamir).
 *
 * Batch verification checks Σ r_i·(equation_i) instead of every equation_i. If some equation fails,
 * the combination still holds only for coefficients on a hyperplane, which random 128-bit r_i hit
 * with probability at most 2^-127. That bound needs coefficients the prover cannot predict when it
 * chooses its proofs: hashing every proof and public input of the batch into the coefficients gives
 * that (changing anything changes every r_i unpredictably, so a forger has to try about 2^127
 * batches), while keeping the verification deterministic, so anyone re-running it gets the same
 * answer. 128 bits is the usual security level and halves the cost of the r_i·A_i multiplications.
 *
 * The hash is HKDF-SHA256 (RFC 5869) over the batch's encoding: it both hashes the transcript and
 * expands it into as many coefficients as needed, natively through Web Crypto (Node and browsers),
 * which matters here: a JavaScript keccak256 of a 128-proof batch cost 4% of its verification.
 */
import type { Groth16Statement } from "./groth16-batch.ts";

/** Separates these coefficients from any other use of the same bytes (HKDF's salt). */
const DOMAIN = new TextEncoder().encode("ballotbox/groth16-batch-coefficients/v2");
const WORD_BYTES = 32;
/** A proof's 8 words. */
const PROOF_WORDS = 8;
const COEFFICIENT_BYTES = 16;
/** HKDF-SHA256 expands to at most 255 hashes (8,160 bytes) per call. */
const COEFFICIENTS_PER_EXPANSION = Math.floor((255 * 32) / COEFFICIENT_BYTES);

/**
 * One coefficient in [1, 2^128) per statement, a function of all the statements (and their order):
 * the transcript is their count, then each one's signal count, signals and proof words. The key is
 * not in it: a batch is checked under one key, which the verifier chooses, not the prover.
 */
export async function batchCoefficients(statements: readonly Groth16Statement[]): Promise<bigint[]> {
  if (statements.length === 0) return [];
  const words = statements.reduce((total, { signals }) => total + 1 + signals.length + PROOF_WORDS, 1);
  const transcript = new Uint8Array(words * WORD_BYTES);
  let offset = 0;
  const append = (value: bigint): void => {
    writeWord(transcript, offset, value);
    offset += WORD_BYTES;
  };
  append(BigInt(statements.length));
  for (const { signals, proof } of statements) {
    append(BigInt(signals.length));
    for (const value of [...signals, ...proof]) append(value);
  }
  const key = await crypto.subtle.importKey("raw", transcript, "HKDF", false, ["deriveBits"]);

  const coefficients: bigint[] = [];
  for (let expansion = 0; coefficients.length < statements.length; expansion++) {
    const count = Math.min(COEFFICIENTS_PER_EXPANSION, statements.length - coefficients.length);
    const info = new Uint8Array(4);
    new DataView(info.buffer).setUint32(0, expansion);
    const bits = await crypto.subtle.deriveBits(
      { name: "HKDF", hash: "SHA-256", salt: DOMAIN, info },
      key,
      8 * COEFFICIENT_BYTES * count,
    );
    const view = new DataView(bits);
    for (let i = 0; i < count; i++) {
      const at = i * COEFFICIENT_BYTES;
      const coefficient = (view.getBigUint64(at) << 64n) | view.getBigUint64(at + 8);
      // Zero would drop the proof from the check; it comes up with probability 2^-128.
      coefficients.push(coefficient === 0n ? 1n : coefficient);
    }
  }
  return coefficients;
}

/** Writes 0 <= value < 2^256 big-endian into 32 bytes (values are range-checked before this). */
function writeWord(target: Uint8Array, offset: number, value: bigint): void {
  const view = new DataView(target.buffer, target.byteOffset + offset, WORD_BYTES);
  for (let i = 0; i < 4; i++) view.setBigUint64(8 * (3 - i), BigInt.asUintN(64, value >> BigInt(64 * i)), false);
}
