/**
 * A trustee's secrets, all derived from one 32-byte seed (docs/sealed-ballots.md, "Trustee keys"):
 * in each ceremony (chain, contract, poll) and trustee slot, the key e for receiving shares and the
 * K polynomials the trustee deals. So the backup written before the ceremony is all a trustee ever
 * keeps: a machine lost after dealing still reveals and decrypts from the backup on another one, and
 * no step has to write a secret to disk before its transaction is sent.
 *
 * Each value is keccak256 of a domain, the ceremony's context, the seed and the value's position,
 * twice (counter 0 and 1), read as one 512-bit number and reduced mod l: the bias of the reduction is
 * below 2^-260, unlike one 256-bit hash, whose reduction mod l ≈ 2^251.6 is visibly non-uniform.
 * keccak256 over a secret seed is a PRF here; the seed is never published, not even hashed with a
 * ceremony's public context, only its fingerprint (a hash under its own domain).
 */
import { bytesToHex, encodeAbiParameters, keccak256, type AbiParameter, type Hex } from "viem";
import { assertSealedOptionCount, assertTrusteeIndex, MAX_TRUSTEES } from "./limits.ts";
import { modL } from "./scalar.ts";
import type { CeremonyContext } from "./transcript.ts";

export const TRUSTEE_SEED_BYTES = 32;

const KEY_DOMAIN = "ballotbox.sealed.trustee-key.v1";
const POLYNOMIAL_DOMAIN = "ballotbox.sealed.trustee-polynomial.v1";
const FINGERPRINT_DOMAIN = "ballotbox.sealed.trustee-fingerprint.v1";

const PARAMETERS = [
  { type: "string" },
  { type: "uint256" },
  { type: "address" },
  { type: "uint256" },
  { type: "bytes32" },
  { type: "uint256" },
  { type: "uint256" },
  { type: "uint256" },
  { type: "uint256" },
] as const satisfies readonly AbiParameter[];

/** A fresh seed from the platform's CSPRNG. */
export function createTrusteeSeed(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(TRUSTEE_SEED_BYTES));
}

function assertSeed(seed: Uint8Array): Hex {
  if (seed.length !== TRUSTEE_SEED_BYTES) throw new RangeError(`A trustee seed is ${TRUSTEE_SEED_BYTES} bytes`);
  return bytesToHex(seed);
}

function derive(domain: string, seed: Uint8Array, context: CeremonyContext, position: readonly bigint[]): bigint {
  const [trustee = 0n, option = 0n, degree = 0n] = position;
  const half = (counter: bigint) =>
    BigInt(
      keccak256(
        encodeAbiParameters(PARAMETERS, [
          domain,
          context.chainId,
          context.ceremony,
          context.pollId,
          assertSeed(seed),
          trustee,
          option,
          degree,
          counter,
        ]),
      ),
    );
  const scalar = modL((half(0n) << 256n) | half(1n));
  // Probability 2^-251: the seed is not random, or the hash is broken.
  if (scalar === 0n) throw new Error("A trustee secret derived to 0");
  return scalar;
}

/** e: trustee `trustee`'s key for receiving shares in this ceremony. */
export function trusteeSecretKey(seed: Uint8Array, context: CeremonyContext, trustee: number): bigint {
  assertTrusteeIndex(trustee);
  return derive(KEY_DOMAIN, seed, context, [BigInt(trustee)]);
}

/** The K polynomials of degree t − 1 trustee `trustee` deals in this ceremony (dkg.dealPolynomials). */
export function trusteePolynomials(
  seed: Uint8Array,
  context: CeremonyContext,
  trustee: number,
  threshold: number,
  optionCount: number,
): bigint[][] {
  assertTrusteeIndex(trustee);
  assertSealedOptionCount(optionCount);
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > MAX_TRUSTEES) {
    throw new RangeError(`A threshold is 1 to ${MAX_TRUSTEES}, not ${threshold}`);
  }
  return Array.from({ length: optionCount }, (_, option) =>
    Array.from({ length: threshold }, (_, degree) =>
      derive(POLYNOMIAL_DOMAIN, seed, context, [BigInt(trustee), BigInt(option), BigInt(degree)]),
    ),
  );
}

/** 8 bytes of hash naming a seed, so a person can tell backups apart; reveals nothing of the seed. */
export function trusteeFingerprint(seed: Uint8Array): string {
  const digest = keccak256(
    encodeAbiParameters([{ type: "string" }, { type: "bytes32" }], [FINGERPRINT_DOMAIN, assertSeed(seed)]),
  );
  return digest.slice(2, 18);
}
