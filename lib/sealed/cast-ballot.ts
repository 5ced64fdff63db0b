/**
 * A sealed ballot as cast (ISealedBallots.SealedBallot: nullifier, C₁ and C₂ of each option as
 * words, the packed proof) and what SealedBallots checks it against, so that the contract's checks
 * exist once off chain: the relayer makes them before it accepts a ballot, the recount redoes them
 * for every ballot in the logs.
 */
import { ballotCircuitFor } from "../../circuits/manifest.ts";
import type { Groth16Statement } from "../proofs/groth16-batch.ts";
import type { PackedGroth16Proof } from "../proofs/groth16-points.ts";
import { SNARK_SCALAR_FIELD } from "../snark/field.ts";
import { ciphertextSignals, type SealedBallot } from "./ballot-encryption.ts";
import { wordsToPoints } from "./ceremony-words.ts";
import { IDENTITY } from "./curve.ts";

/** A sealed ballot as SealedBallots.castSealedVote takes it and SealedBallotCast records it. */
export interface CastSealedBallot {
  readonly nullifier: bigint;
  /** C₁, then C₂ of each of the poll's options (the circuit's padding options are the contract's to add). */
  readonly ciphertexts: readonly bigint[];
  readonly proof: PackedGroth16Proof;
}

/** What every ballot of a poll is checked against (SealedBallots' `Voting`). */
export interface SealedBallotContext {
  /** The frozen roll's root. */
  readonly rollRoot: bigint;
  /** The poll key hash the ceremony fixed. */
  readonly pollKeyHash: bigint;
  /** semaphoreHash of the poll's scope, as the circuit takes it. */
  readonly scopeSignal: bigint;
  readonly optionCount: number;
}

/** Why a ballot is refused before its nullifier and proof are looked at (SealedBallots._screen's order). */
export type SealedBallotShapeProblem =
  /** Not 2 + 2K ciphertext words for a poll of K options. */
  | { readonly code: "wrongCiphertextCount"; readonly words: number; readonly expected: number }
  /** The nullifier or a ciphertext word is not below the SNARK scalar field. */
  | { readonly code: "malformedBallot" };

/** The shape checks castSealedVote makes first; undefined when the ballot passes them. */
export function sealedBallotShapeProblem(
  ballot: Pick<CastSealedBallot, "nullifier" | "ciphertexts">,
  optionCount: number,
): SealedBallotShapeProblem | undefined {
  const expected = 2 + 2 * optionCount;
  if (ballot.ciphertexts.length !== expected) {
    return { code: "wrongCiphertextCount", words: ballot.ciphertexts.length, expected };
  }
  const inField = (word: bigint) => word >= 0n && word < SNARK_SCALAR_FIELD;
  // A proof of the wrong shape fails verification: groth16-batch checks it.
  if (!inField(ballot.nullifier) || !ballot.ciphertexts.every(inField)) return { code: "malformedBallot" };
  return undefined;
}

/** The ballot's ciphertext words as points: C₁ and one C₂ per option. */
export function sealedBallotFromWords(ciphertexts: readonly bigint[]): SealedBallot {
  const [c1, ...c2] = wordsToPoints(ciphertexts);
  return { c1: c1 ?? IDENTITY, c2 };
}

/**
 * The statement a cast ballot's proof must hold, in SealedBallots._addProof's layout: root, nullifier,
 * poll key hash, the ciphertexts with the circuit's padding options as O, the scope. Only for a ballot
 * that passes sealedBallotShapeProblem.
 */
export function castSealedBallotStatement(context: SealedBallotContext, ballot: CastSealedBallot): Groth16Statement {
  const circuitOptions = ballotCircuitFor(context.optionCount).options;
  return {
    proof: ballot.proof,
    signals: [
      context.rollRoot,
      ballot.nullifier,
      context.pollKeyHash,
      ...ciphertextSignals(sealedBallotFromWords(ballot.ciphertexts), circuitOptions),
      context.scopeSignal,
    ],
  };
}
