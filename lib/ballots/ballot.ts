/**
 * The ballot: what a voter chooses, and how it is encoded as a Semaphore proof's message.
 * This module is the one place that knows ballot types and poll secrecy; the contract's Ballots
 * library mirrors `isValidBallot`, and tests check the two against each other. How a sealed ballot
 * is encrypted is lib/sealed's; whether a poll's ballots are sealed is decided here.
 */
import { SNARK_SCALAR_FIELD } from "../snark/field.ts";

/** Ballot types, in the order of the contract's `BallotType` enum. */
export const BALLOT_TYPES = ["single", "approval"] as const;
export type BallotType = (typeof BALLOT_TYPES)[number];

/** The fewest and the most options a poll may have (the contract's MAX_OPTIONS). */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 32;

/** What a ballot is checked against. */
export interface BallotShape {
  ballotType: BallotType;
  optionCount: number;
}

/** The contract's enum value of a ballot type. */
export function ballotTypeToNumber(ballotType: BallotType): number {
  return BALLOT_TYPES.indexOf(ballotType);
}

/** The ballot type of a contract enum value; throws for an unknown one. */
export function ballotTypeFromNumber(value: number): BallotType {
  const ballotType = BALLOT_TYPES[value];
  if (ballotType === undefined) throw new RangeError(`Unknown ballot type ${value}`);
  return ballotType;
}

/**
 * Poll secrecy, in the order of the contract's `Secrecy` enum: "public" as cast (a ballot's choice is
 * its proof's message, and the tally runs in the open), or "sealed" until close (docs/sealed-ballots.md).
 */
export const SECRECY_SETTINGS = ["public", "sealed"] as const;
export type Secrecy = (typeof SECRECY_SETTINGS)[number];

/** The secrecy of a contract enum value; throws for an unknown one. */
export function secrecyFromNumber(value: number): Secrecy {
  const secrecy = SECRECY_SETTINGS[value];
  if (secrecy === undefined) throw new RangeError(`Unknown poll secrecy ${value}`);
  return secrecy;
}

/** Throws unless the shape is one the contract accepts. */
export function assertBallotShape({ ballotType, optionCount }: BallotShape): void {
  if (!BALLOT_TYPES.includes(ballotType)) throw new RangeError(`Unknown ballot type "${ballotType}"`);
  if (!Number.isInteger(optionCount) || optionCount < MIN_OPTIONS || optionCount > MAX_OPTIONS) {
    throw new RangeError(`A poll has ${MIN_OPTIONS} to ${MAX_OPTIONS} options, not ${optionCount}`);
  }
}

/**
 * Whether `ballot` (a proof's message) is a valid ballot: an option index for single choice,
 * a non-zero bitmask over the options for approval. Mirrors contracts/libraries/Ballots.sol.
 */
export function isValidBallot({ ballotType, optionCount }: BallotShape, ballot: bigint): boolean {
  if (ballot < 0n || ballot >= SNARK_SCALAR_FIELD) return false;
  if (ballotType === "single") return ballot < BigInt(optionCount);
  return ballot !== 0n && ballot >> BigInt(optionCount) === 0n;
}

/**
 * Encodes a choice: the option indexes (0-based) the voter selects. A single-choice ballot
 * selects exactly one; an approval ballot one or more, each once.
 */
export function encodeBallot(shape: BallotShape, selected: readonly number[]): bigint {
  assertBallotShape(shape);
  for (const option of selected) {
    if (!Number.isInteger(option) || option < 0 || option >= shape.optionCount) {
      throw new RangeError(`Option ${option + 1} does not exist: choose from 1 to ${shape.optionCount}.`);
    }
  }
  if (shape.ballotType === "single") {
    const [only, ...others] = selected;
    if (only === undefined || others.length > 0)
      throw new RangeError("A single-choice ballot selects exactly one option");
    return BigInt(only);
  }
  if (selected.length === 0) throw new RangeError("An approval ballot selects at least one option");
  if (new Set(selected).size !== selected.length) throw new RangeError("An approval ballot selects each option once");
  return selected.reduce((mask, option) => mask | (1n << BigInt(option)), 0n);
}

/** The option indexes a valid ballot selects, in increasing order; throws for an invalid one. */
export function decodeBallot(shape: BallotShape, ballot: bigint): number[] {
  if (!isValidBallot(shape, ballot)) throw new RangeError(`${ballot} is not a valid ${shape.ballotType} ballot`);
  if (shape.ballotType === "single") return [Number(ballot)];
  const selected: number[] = [];
  for (let option = 0; option < shape.optionCount; option++) {
    if ((ballot >> BigInt(option)) & 1n) selected.push(option);
  }
  return selected;
}

/** The tally of a list of valid ballots, one count per option (as the contract counts). */
export function tallyBallots(shape: BallotShape, ballots: Iterable<bigint>): bigint[] {
  const tally = Array.from({ length: shape.optionCount }, () => 0n);
  for (const ballot of ballots) {
    for (const option of decodeBallot(shape, ballot)) tally[option] = (tally[option] ?? 0n) + 1n;
  }
  return tally;
}
