/**
 * Shares sent over a public chain: dealer i encrypts its share for trustee h and option j as
 * c = s + H(e_i·E_h, chain, ceremony, poll, i, h, j) mod l, a one-time pad from a static
 * Diffie–Hellman point (docs/sealed-ballots.md, step 2). The point e_i·E_h = e_h·E_i is known to
 * exactly the two of them, so the recipient removes the same pad. Each (dealer, recipient, option)
 * has its own pad, so no two shares are ever masked alike.
 *
 * H = uint256(keccak256(abi.encode("ballotbox.sealed.share.v1", uint256 chainId, address ceremony,
 * uint256 pollId, uint256 dealer, uint256 recipient, uint256 option, uint256 Sx, uint256 Sy))) mod l,
 * dealer and recipient 1-based trustee indexes, option 0-based (as lib/ballots numbers options),
 * (Sx, Sy) the shared point.
 */
import { mul, type Point } from "./curve.ts";
import { isScalar, modL } from "./scalar.ts";
import { hashToScalar, type CeremonyContext } from "./transcript.ts";

export const SHARE_DOMAIN = "ballotbox.sealed.share.v1";

/** Whose share it is: the ceremony, the dealer and the recipient (1-based trustee indexes). */
export interface ShareRoute {
  readonly context: CeremonyContext;
  readonly dealer: number;
  readonly recipient: number;
}

/** The static Diffie–Hellman point: own secret times the other side's key (the same from either side). */
export function sharedPoint(ownSecret: bigint, otherKey: Point): Point {
  return mul(otherKey, ownSecret);
}

/** H(S, route, option): the pad of one share. */
export function shareMask(shared: Point, { context, dealer, recipient }: ShareRoute, option: number): bigint {
  return hashToScalar(SHARE_DOMAIN, context, [BigInt(dealer), BigInt(recipient), BigInt(option), shared.x, shared.y]);
}

/** c_j = s_j + H(e_i·E_h, …, j) for every option's share s_j, from the dealer's secret e_i. */
export function encryptShares(
  shares: readonly bigint[],
  dealerSecret: bigint,
  recipientKey: Point,
  route: ShareRoute,
): bigint[] {
  const shared = sharedPoint(dealerSecret, recipientKey);
  return shares.map((share, option) => modL(share + shareMask(shared, route, option)));
}

/**
 * s_j = c_j − H(e_h·E_i, …, j) for every option, from the recipient's secret e_h. Throws for a
 * ciphertext that is not a canonical scalar (the contract refuses such a dealing); whether a
 * decrypted share is right is for verifyShare to say.
 */
export function decryptShares(
  encrypted: readonly bigint[],
  recipientSecret: bigint,
  dealerKey: Point,
  route: ShareRoute,
): bigint[] {
  const shared = sharedPoint(recipientSecret, dealerKey);
  return encrypted.map((ciphertext, option) => {
    if (!isScalar(ciphertext)) throw new RangeError(`Encrypted share ${ciphertext} is not below l`);
    return modL(ciphertext - shareMask(shared, route, option));
  });
}
