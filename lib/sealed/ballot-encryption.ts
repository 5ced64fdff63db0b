/**
 * A sealed ballot and the encrypted tally (docs/sealed-ballots.md, "Keys: one per option"):
 * exponential ElGamal with one key per option and one shared randomness k,
 *
 *     C₁ = k·G,   C₂,ⱼ = mⱼ·G + k·PKⱼ,
 *
 * so ballots add up component-wise into an encryption of the per-option counts, and a trustee's
 * partial decryption of the whole tally is one multiplication of C̄₁ per option.
 */
import { type BallotShape, decodeBallot, encodeBallot } from "../ballots/ballot.ts";
import { G, IDENTITY, add, mul, mulBase, type Point } from "./curve.ts";
import { MAX_SEALED_OPTIONS, assertSealedOptionCount } from "./limits.ts";
import { modL } from "./scalar.ts";

export interface SealedBallot {
  readonly c1: Point;
  /** C₂,ⱼ for every option j (0-based). */
  readonly c2: readonly Point[];
}

/** A choice as 0/1 per option, after lib/ballots has checked it is a valid ballot of the poll's shape. */
export function choiceVector(shape: BallotShape, selected: readonly number[]): (0 | 1)[] {
  assertSealedOptionCount(shape.optionCount);
  const chosen = new Set(decodeBallot(shape, encodeBallot(shape, selected)));
  return Array.from({ length: shape.optionCount }, (_, option) => (chosen.has(option) ? 1 : 0));
}

/**
 * The ballot choosing m_j ∈ {0, 1} under poll keys PK_j, with randomness k: secret, uniform and
 * never reused (with k, anyone reads the ballot; k = 0 is refused, it would leave m·G in the clear).
 */
export function encryptBallot(pollKeys: readonly Point[], choices: readonly number[], k: bigint): SealedBallot {
  if (choices.length !== pollKeys.length) throw new RangeError(`${choices.length} choices for ${pollKeys.length} keys`);
  if (choices.some((m) => m !== 0 && m !== 1)) throw new RangeError("Each choice is 0 or 1");
  if (modL(k) === 0n) throw new RangeError("A ballot's randomness is not 0");
  return {
    c1: mulBase(k),
    c2: pollKeys.map((key, option) => {
      const masked = mul(key, k);
      return choices[option] === 1 ? add(G, masked) : masked;
    }),
  };
}

/**
 * The ballot's ciphertexts as circuits/src/sealed-ballot.circom outputs them, right after its
 * merkleRoot, nullifier and pollKeyHash: C₁.x, C₁.y, then C₂,ⱼ.x, C₂,ⱼ.y for j = 1 … K, K the
 * circuit's option count (2, 4 or 8: circuits/manifest.ts). A poll of fewer options is proved with
 * its key slots past its count set to O and those choices 0, as the poll key hash pads them, so the
 * circuit outputs 0·G + k·O = O there, and so does this.
 */
export function ciphertextSignals(ballot: SealedBallot, circuitOptions: number): bigint[] {
  if (!Number.isInteger(circuitOptions) || circuitOptions < ballot.c2.length || circuitOptions > MAX_SEALED_OPTIONS) {
    throw new RangeError(`A ballot of ${ballot.c2.length} options does not fit a circuit of ${circuitOptions}`);
  }
  const c2 = Array.from({ length: circuitOptions }, (_, option) => ballot.c2[option] ?? IDENTITY);
  return [ballot.c1, ...c2].flatMap(({ x, y }) => [x, y]);
}

/** The encrypted tally: Σ C₁ and Σ C₂,ⱼ, all O for no ballots (what the contract starts from). */
export function sumBallots(ballots: Iterable<SealedBallot>, optionCount: number): SealedBallot {
  let c1 = IDENTITY;
  const c2: Point[] = Array.from({ length: optionCount }, () => IDENTITY);
  for (const ballot of ballots) {
    if (ballot.c2.length !== optionCount)
      throw new RangeError(`A ballot of ${ballot.c2.length} options in a poll of ${optionCount}`);
    c1 = add(c1, ballot.c1);
    ballot.c2.forEach((point, option) => (c2[option] = add(c2[option] as Point, point)));
  }
  return { c1, c2 };
}

/** D = s·C̄₁, trustee h's partial decryption with its share s = s_{h,j} of one option's secret. */
export function partialDecrypt(share: bigint, c1: Point): Point {
  return mul(c1, share);
}

/** D_{h,j} for every option j from the trustee's shares s_{h,j}. */
export function partialDecryptAll(shares: readonly bigint[], c1: Point): Point[] {
  return shares.map((share) => partialDecrypt(share, c1));
}
