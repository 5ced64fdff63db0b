/**
 * The contract's check of a submitted total (`WrongTally`), mirrored so a recount reaches the
 * contract's verdict: for every option j, Δ·m̄_j·G + Σ_{h∈S} (Δ·λ_h)·D_{h,j} == Δ·C̄₂,ⱼ.
 * Multiplying the textbook equation m̄_j·G + Σ λ_h·D_{h,j} = C̄₂,ⱼ through by Δ = 16! changes
 * nothing in a group of prime order l > Δ, and turns every scalar into a short integer.
 */
import { G, add, equals, mulInteger, type Point } from "./curve.ts";
import { SHOUP_DELTA, combineShoup } from "./lagrange.ts";
import { isScalar } from "./scalar.ts";

export interface TallyClaim {
  /** m̄_1 … m̄_K, the claimed count of each option. */
  readonly totals: readonly bigint[];
  /** C̄₂,₁ … C̄₂,K of the encrypted tally. */
  readonly c2: readonly Point[];
  /** D_{h,j}: for each trustee of S, in S's order, its partial decryption of every option. */
  readonly partials: readonly (readonly Point[])[];
  /** S, the 1-based indexes of the trustees whose partial decryptions are used. */
  readonly indices: readonly number[];
}

/** Whether the claimed totals are the encrypted tally's, by the contract's equation. */
export function tallyHolds({ totals, c2, partials, indices }: TallyClaim): boolean {
  if (totals.length !== c2.length || partials.length !== indices.length) return false;
  if (partials.some((row) => row.length !== c2.length)) return false;
  return c2.every((c2j, j) => {
    const total = totals[j] as bigint;
    // m̄ and m̄ + l pass the equation alike, as m̄·G only knows m̄ mod l: a count must be canonical
    // (the contract must refuse it too, best by bounding each count by the poll's ballots).
    if (!isScalar(total)) return false;
    const column = partials.map((row) => row[j] as Point);
    const left = add(mulInteger(G, SHOUP_DELTA * total), combineShoup(column, indices));
    return equals(left, mulInteger(c2j, SHOUP_DELTA));
  });
}
