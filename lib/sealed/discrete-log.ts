/**
 * Reading the total: after combining, each option's count m is known only as m·G, and m is at most
 * the number of ballots, so it is found by baby-step giant-step in about 2·√bound additions
 * (Shanks 1971). Baby steps j·G, j < s = ⌈√(bound + 1)⌉, go in a table by x-coordinate (x alone
 * tells the subgroup's points apart: (x, y) and (x, −y) differ by a point of order 2); giant steps
 * walk P, P − s·G, P − 2s·G, … until one lands in the table. Tables are kept per size, as a
 * tally's options share one bound.
 */
import { G, IDENTITY, mulInteger, neg, sub, walk, type Point } from "./curve.ts";

/** The largest bound accepted: a table of 2^16 points (about 10 MB), far above any roll's 2^20. */
export const MAX_DISCRETE_LOG_BOUND = 2 ** 32;

/** Giant steps are made affine this many at a time (one inversion each batch). */
const GIANT_BATCH = 256;

export class DiscreteLogNotFoundError extends Error {
  readonly bound: number;

  constructor(bound: number) {
    super(`No m with 0 ≤ m ≤ ${bound} has m·G equal to this point: the tally, its decryption or the bound is wrong`);
    this.name = "DiscreteLogNotFoundError";
    this.bound = bound;
  }
}

interface BabySteps {
  readonly size: number;
  /** x(j·G) → j, for 0 ≤ j < size. */
  readonly byX: ReadonlyMap<bigint, number>;
  readonly points: readonly Point[];
}

const tables = new Map<number, BabySteps>();

function babySteps(size: number): BabySteps {
  const cached = tables.get(size);
  if (cached) return cached;
  const points = walk(IDENTITY, G, size);
  const table = { size, byX: new Map(points.map((point, j) => [point.x, j])), points };
  tables.set(size, table);
  return table;
}

/** m with m·G = P and 0 ≤ m ≤ bound; throws DiscreteLogNotFoundError if there is none. */
export function discreteLog(point: Point, bound: number): bigint {
  if (!Number.isSafeInteger(bound) || bound < 0 || bound > MAX_DISCRETE_LOG_BOUND) {
    throw new RangeError(`A discrete log's bound is 0 to ${MAX_DISCRETE_LOG_BOUND}, not ${bound}`);
  }
  const { size, byX, points } = babySteps(Math.ceil(Math.sqrt(bound + 1)));
  const giantStep = neg(mulInteger(G, BigInt(size)));
  const giantSteps = Math.ceil((bound + 1) / size);
  let start = point;
  for (let first = 0; first < giantSteps; first += GIANT_BATCH) {
    const batch = walk(start, giantStep, Math.min(GIANT_BATCH, giantSteps - first) + 1);
    for (let i = 0; i + 1 < batch.length; i++) {
      const candidate = batch[i] as Point;
      const j = byX.get(candidate.x);
      if (j === undefined || (points[j] as Point).y !== candidate.y) continue;
      const m = (first + i) * size + j;
      if (m <= bound) return BigInt(m);
    }
    start = batch[batch.length - 1] as Point;
  }
  throw new DiscreteLogNotFoundError(bound);
}

/** m̄_j for every option from C̄₂,ⱼ and the combined partial decryptions d_j·C̄₁: C̄₂,ⱼ − d_j·C̄₁ = m̄_j·G. */
export function tallyFromCombined(c2: readonly Point[], combined: readonly Point[], bound: number): bigint[] {
  if (c2.length !== combined.length)
    throw new RangeError(`${combined.length} combined decryptions for ${c2.length} options`);
  return c2.map((c2j, option) => discreteLog(sub(c2j, combined[option] as Point), bound));
}
