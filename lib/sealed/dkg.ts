/**
 * The ceremony's maths (a Joint-Feldman DKG, docs/sealed-ballots.md "The ceremony"), without the
 * chain: each function is one step's computation, so a test or the CLI can run a whole ceremony in
 * memory and the recount can redo every check from the logs. Who may act when is the contract's.
 *
 * Numbering: trustees by their 1-based index (their evaluation point), options 0-based.
 */
import { IDENTITY, add, isValidKey, type Point } from "./curve.ts";
import { MAX_TRUSTEES, assertSealedOptionCount, assertTrusteeIndex } from "./limits.ts";
import { checkCommitments, commit, evaluate, hornerCommitments, randomPolynomial, verifyShare } from "./polynomial.ts";
import { modL, randomScalar, type ScalarSource } from "./scalar.ts";
import { decryptShares, encryptShares } from "./share-encryption.ts";
import { type CeremonyContext } from "./transcript.ts";

/** A trustee's published key for receiving shares (step 1). */
export interface TrusteeKey {
  readonly index: number;
  readonly publicKey: Point;
}

/** A trustee's own secret key e with its index. */
export interface TrusteeSecret {
  readonly index: number;
  readonly secretKey: bigint;
}

/** What dealer i publishes (step 2). */
export interface Dealing {
  readonly dealer: number;
  /** A_{i,j,ℓ}: commitments[option][ℓ], ℓ = 0 … t − 1. */
  readonly commitments: readonly (readonly Point[])[];
  /** The trustees dealt to, in increasing index order (every trustee with a key). */
  readonly recipients: readonly number[];
  /** c_{i,h,j}: encryptedShares[position of h in recipients][option]. */
  readonly encryptedShares: readonly (readonly bigint[])[];
}

export interface DealParameters {
  readonly threshold: number;
  readonly optionCount: number;
  readonly dealer: TrusteeSecret;
  /** Every trustee with a key, the dealer included, in increasing index order. */
  readonly recipients: readonly TrusteeKey[];
  readonly context: CeremonyContext;
}

function assertRecipients(recipients: readonly TrusteeKey[], threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > MAX_TRUSTEES) {
    throw new RangeError(`A threshold is 1 to ${MAX_TRUSTEES}, not ${threshold}`);
  }
  recipients.forEach(({ index }, position) => {
    assertTrusteeIndex(index);
    const previous = recipients[position - 1];
    if (previous && previous.index >= index) throw new RangeError("Recipients are in increasing index order");
  });
  if (recipients.length < threshold) {
    throw new RangeError(`${recipients.length} trustees with a key cannot meet a threshold of ${threshold}`);
  }
}

/** K random polynomials of degree t − 1, the dealer's secret: kept until the reveals are over. */
export function dealerPolynomials(
  threshold: number,
  optionCount: number,
  random: ScalarSource = randomScalar,
): bigint[][] {
  assertSealedOptionCount(optionCount);
  return Array.from({ length: optionCount }, () => randomPolynomial(threshold, random));
}

/** The dealing of given polynomials (one per option): commitments and every recipient's encrypted shares. */
export function dealPolynomials(polynomials: readonly (readonly bigint[])[], parameters: DealParameters): Dealing {
  const { threshold, optionCount, dealer, recipients, context } = parameters;
  assertSealedOptionCount(optionCount);
  assertTrusteeIndex(dealer.index);
  assertRecipients(recipients, threshold);
  if (polynomials.length !== optionCount || polynomials.some((polynomial) => polynomial.length !== threshold)) {
    throw new RangeError(`A dealing has ${optionCount} polynomials of ${threshold} coefficients`);
  }
  return {
    dealer: dealer.index,
    commitments: polynomials.map(commit),
    recipients: recipients.map(({ index }) => index),
    encryptedShares: recipients.map(({ index, publicKey }) =>
      encryptShares(revealShares(polynomials, index), dealer.secretKey, publicKey, {
        context,
        dealer: dealer.index,
        recipient: index,
      }),
    ),
  };
}

/** Step 2 with fresh polynomials: deal(t, K, recipients' keys, dealer's key, context). */
export function deal(parameters: DealParameters, random: ScalarSource = randomScalar): Dealing {
  return dealPolynomials(dealerPolynomials(parameters.threshold, parameters.optionCount, random), parameters);
}

/** s_{i,h,j} = f_{i,j}(h) for every option: what a dealer publishes in the clear when h complains (step 4). */
export function revealShares(polynomials: readonly (readonly bigint[])[], recipient: number): bigint[] {
  return polynomials.map((polynomial) => evaluate(polynomial, BigInt(recipient)));
}

/** Whether revealed shares hold against the dealing's commitments: the contract's reveal check. */
export function revealHolds(
  dealing: Dealing,
  recipient: number,
  shares: readonly bigint[],
  threshold: number,
): boolean {
  return (
    shares.length === dealing.commitments.length &&
    dealing.commitments.every(
      (commitments, option) =>
        checkCommitments(commitments, threshold) && verifyShare(shares[option] as bigint, recipient, commitments),
    )
  );
}

/** One share a recipient could not accept: what it complains about (step 3). */
export interface BadShare {
  readonly dealer: number;
  readonly option: number;
}

export type ReceivedShares =
  /** shares: dealer → its share of every option, for each dealer whose shares all hold. */
  | { readonly ok: true; readonly shares: ReadonlyMap<number, readonly bigint[]> }
  | { readonly ok: false; readonly shares: ReadonlyMap<number, readonly bigint[]>; readonly bad: readonly BadShare[] };

export interface ReceiveParameters {
  readonly threshold: number;
  readonly optionCount: number;
  readonly recipient: TrusteeSecret;
  readonly context: CeremonyContext;
  /** Each dealing with its dealer's published key. */
  readonly dealings: readonly { readonly dealing: Dealing; readonly dealerKey: Point }[];
}

/**
 * Step 3 for one recipient: decrypt its shares of every dealing and check each against the
 * dealer's commitments (t points of the subgroup per option, and share·G = Σ h^ℓ·A_ℓ). A dealing
 * that leaves the recipient out, or has the wrong shape, is bad in every option.
 */
export function receiveShares({
  threshold,
  optionCount,
  recipient,
  context,
  dealings,
}: ReceiveParameters): ReceivedShares {
  assertSealedOptionCount(optionCount);
  const shares = new Map<number, readonly bigint[]>();
  const bad: BadShare[] = [];
  const allOptions = (dealer: number): BadShare[] =>
    Array.from({ length: optionCount }, (_, option) => ({ dealer, option }));
  for (const { dealing, dealerKey } of dealings) {
    const position = dealing.recipients.indexOf(recipient.index);
    const encrypted = dealing.encryptedShares[position];
    if (
      position < 0 ||
      dealing.commitments.length !== optionCount ||
      dealing.encryptedShares.length !== dealing.recipients.length ||
      encrypted?.length !== optionCount
    ) {
      bad.push(...allOptions(dealing.dealer));
      continue;
    }
    let decrypted: bigint[];
    try {
      decrypted = decryptShares(encrypted, recipient.secretKey, dealerKey, {
        context,
        dealer: dealing.dealer,
        recipient: recipient.index,
      });
    } catch {
      bad.push(...allOptions(dealing.dealer));
      continue;
    }
    const failed = decrypted.flatMap((share, option) => {
      const commitments = dealing.commitments[option] ?? [];
      const holds = checkCommitments(commitments, threshold) && verifyShare(share, recipient.index, commitments);
      return holds ? [] : [{ dealer: dealing.dealer, option }];
    });
    if (failed.length === 0) shares.set(dealing.dealer, decrypted);
    else bad.push(...failed);
  }
  return bad.length === 0 ? { ok: true, shares } : { ok: false, shares, bad };
}

/** The poll key and what verifies its shares, fixed at step 5. */
export interface AggregateKey {
  /** PK_j = Σ_{i∈QUAL} A_{i,j,0}. */
  readonly pollKeys: readonly Point[];
  /** Ā_{j,ℓ} = Σ_{i∈QUAL} A_{i,j,ℓ}: commitments[option][ℓ] to the sum of QUAL's polynomials. */
  readonly commitments: readonly (readonly Point[])[];
}

/**
 * Step 5: the poll key from QUAL's dealings. Throws, as the contract refuses to finalise, for fewer
 * than t qualified dealers, a dealer twice, a malformed dealing, or a poll key that is not a valid
 * key (on the curve, in the subgroup, not O).
 */
export function aggregate(qualified: readonly Dealing[], threshold: number, optionCount: number): AggregateKey {
  assertSealedOptionCount(optionCount);
  if (qualified.length < threshold)
    throw new RangeError(`${qualified.length} qualified dealers, fewer than ${threshold}`);
  const dealers = qualified.map(({ dealer }) => dealer);
  if (new Set(dealers).size !== dealers.length) throw new RangeError(`A dealer counted twice: ${dealers.join(", ")}`);
  const commitments = Array.from({ length: optionCount }, (_, option) =>
    Array.from({ length: threshold }, (_, degree) =>
      qualified.reduce<Point>((total, dealing) => {
        const point = dealing.commitments[option]?.[degree];
        if (!point || dealing.commitments[option]?.length !== threshold) {
          throw new RangeError(`Dealer ${dealing.dealer}'s dealing is not ${optionCount} × ${threshold} commitments`);
        }
        return add(total, point);
      }, IDENTITY),
    ),
  );
  const pollKeys = commitments.map((row) => row[0] as Point);
  pollKeys.forEach((key, option) => {
    if (!isValidKey(key)) throw new RangeError(`Option ${option}'s poll key is not a valid key`);
  });
  return { pollKeys, commitments };
}

/** s_{h,j} = Σ_{i∈QUAL} s_{i,h,j}: trustee h's share of every option's secret, from QUAL's shares to it. */
export function aggregateShares(
  shares: ReadonlyMap<number, readonly bigint[]>,
  qualified: readonly number[],
  optionCount: number,
): bigint[] {
  return Array.from({ length: optionCount }, (_, option) =>
    qualified.reduce((total, dealer) => {
      const share = shares.get(dealer)?.[option];
      if (share === undefined) throw new RangeError(`No share from qualified dealer ${dealer} for option ${option}`);
      return modL(total + share);
    }, 0n),
  );
}

/** VK_{h,j} = s_{h,j}·G = Σ_ℓ h^ℓ·Ā_{j,ℓ}: anyone's check of trustee h's partial decryptions. */
export function verificationKeys(key: AggregateKey, trustee: number): Point[] {
  assertTrusteeIndex(trustee);
  return key.commitments.map((commitments) => hornerCommitments(commitments, trustee));
}
