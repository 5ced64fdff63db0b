/**
 * The poll key hash: one field element that stands for a sealed poll's ballot type, option count
 * and keys in every ballot proof. The ballot circuit computes it from private inputs and outputs it;
 * the contract computes it once, when the ceremony fixes the key, with poseidon-solidity; this
 * module is the reference both are tested against.
 *
 * The exact order (circuits/sealed-ballot.circom and TrusteeCeremony must match it):
 *
 *     h₀ = Poseidon2(ballotType, optionCount)            ballotType: 0 single, 1 approval (BALLOT_TYPES' order)
 *     h₁ = Poseidon5(h₀, PK₁.x, PK₁.y, PK₂.x, PK₂.y)
 *     h₂ = Poseidon5(h₁, PK₃.x, PK₃.y, PK₄.x, PK₄.y)
 *     h₃ = Poseidon5(h₂, PK₅.x, PK₅.y, PK₆.x, PK₆.y)
 *     h₄ = Poseidon5(h₃, PK₇.x, PK₇.y, PK₈.x, PK₈.y)     pollKeyHash = h₄
 *
 * always 8 key slots, PK_j for j > optionCount set to O = (0, 1). Poseidon2 and Poseidon5 are
 * circomlib's Poseidon(2) and Poseidon(5) (poseidon-lite here, PoseidonT3 and PoseidonT6 in
 * poseidon-solidity). Binding the type and count stops a proof for a 2-option poll from passing in a
 * 3-option one that shares its first keys, and a single-choice proof from passing as approval.
 */
import { poseidon2 } from "poseidon-lite/poseidon2";
import { poseidon5 } from "poseidon-lite/poseidon5";
import { BALLOT_TYPES, type BallotType } from "../ballots/ballot.ts";
import { IDENTITY, type Point } from "./curve.ts";
import { MAX_SEALED_OPTIONS, assertSealedOptionCount } from "./limits.ts";

/** Every hash has room for the largest poll, so one circuit size and one contract path serve all. */
export const KEY_SLOTS = MAX_SEALED_OPTIONS;

/** The key slots as hashed: the poll's keys, then O up to KEY_SLOTS. */
export function paddedPollKeys(pollKeys: readonly Point[]): Point[] {
  return Array.from({ length: KEY_SLOTS }, (_, slot) => pollKeys[slot] ?? IDENTITY);
}

export function pollKeyHash(ballotType: BallotType, optionCount: number, pollKeys: readonly Point[]): bigint {
  const type = BALLOT_TYPES.indexOf(ballotType);
  if (type < 0) throw new RangeError(`Unknown ballot type "${ballotType}"`);
  assertSealedOptionCount(optionCount);
  if (pollKeys.length !== optionCount) throw new RangeError(`${pollKeys.length} keys for ${optionCount} options`);
  const slots = paddedPollKeys(pollKeys);
  let hash = poseidon2([BigInt(type), BigInt(optionCount)]);
  for (let slot = 0; slot < KEY_SLOTS; slot += 2) {
    const first = slots[slot] as Point;
    const second = slots[slot + 1] as Point;
    hash = poseidon5([hash, first.x, first.y, second.x, second.y]);
  }
  return hash;
}
