/**
 * A trustee's proof that it knows the secret e of the key E = e·G it publishes (step 1 of the
 * ceremony), checked on chain: a Schnorr proof made non-interactive by Fiat–Shamir. Without it a
 * trustee could publish a key computed from the others' (a rogue key) and read shares meant for
 * them. The challenge binds the chain, the ceremony contract, the poll and the trustee's index, so
 * a proof cannot be replayed for another trustee, poll or chain.
 *
 * R = w·G, c = uint256(keccak256(abi.encode("ballotbox.sealed.key.v1", uint256 chainId,
 * address ceremony, uint256 pollId, uint256 trusteeIndex, uint256 E.x, uint256 E.y, uint256 R.x,
 * uint256 R.y))) mod l, z = w + c·e mod l; valid when E is on the curve, in the subgroup and not O,
 * R is on the curve, z < l, and z·G == R + c·E. The contract checks exactly these.
 */
import { add, equals, isOnCurve, isValidKey, mul, mulBase, type Point } from "./curve.ts";
import { assertTrusteeIndex } from "./limits.ts";
import { isScalar, modL, randomScalar } from "./scalar.ts";
import { hashToScalar, type CeremonyContext } from "./transcript.ts";

export const KEY_DOMAIN = "ballotbox.sealed.key.v1";

export interface KeyProof {
  /** R = w·G. */
  readonly commitment: Point;
  /** z = w + c·e mod l. */
  readonly response: bigint;
}

/** c, the challenge, as the contract computes it. */
export function keyChallenge(context: CeremonyContext, trusteeIndex: number, key: Point, commitment: Point): bigint {
  return hashToScalar(KEY_DOMAIN, context, [BigInt(trusteeIndex), key.x, key.y, commitment.x, commitment.y]);
}

/**
 * The proof for secret e as trustee `trusteeIndex`. The nonce w must be secret, uniform and used
 * once: two proofs with one nonce, or a nonce of 0, give e away (e = z / c).
 */
export function proveKey(
  secret: bigint,
  context: CeremonyContext,
  trusteeIndex: number,
  nonce: bigint = randomScalar(),
): { key: Point; proof: KeyProof } {
  assertTrusteeIndex(trusteeIndex);
  if (modL(secret) === 0n) throw new RangeError("A trustee's secret key is not 0");
  if (modL(nonce) === 0n) throw new RangeError("A proof's nonce is not 0");
  const key = mulBase(secret);
  const commitment = mulBase(nonce);
  const challenge = keyChallenge(context, trusteeIndex, key, commitment);
  return { key, proof: { commitment, response: modL(nonce + challenge * secret) } };
}

/** Whether `proof` shows trustee `trusteeIndex` knows the secret of `key`, which must be a valid key. */
export function verifyKeyProof(
  key: Point,
  { commitment, response }: KeyProof,
  context: CeremonyContext,
  trusteeIndex: number,
): boolean {
  if (!isValidKey(key) || !isOnCurve(commitment) || !isScalar(response)) return false;
  const challenge = keyChallenge(context, trusteeIndex, key, commitment);
  return equals(mulBase(response), add(commitment, mul(key, challenge)));
}
