/**
 * BabyJubJub points: the group every key, commitment and ciphertext of a sealed poll lives in.
 *
 * The arithmetic is `@noble/curves`' (audited; extended twisted Edwards coordinates, wNAF tables),
 * `babyjubjub` from its misc module: circomlib's curve (EIP-2494), a = 168700, d = 168696 over the
 * BN254 scalar field. This module only adapts it to the protocol: points leave it affine, as the
 * circuits, calldata and events carry them, and G is circomlib's Base8, not noble's base point.
 * `@zk-kit/baby-jubjub` is the same curve but adds in affine coordinates, about 40 ms a
 * multiplication, too slow for a ceremony of thousands; test/sealed/curve.test.ts checks every
 * operation here against it.
 */
import { babyjubjub } from "@noble/curves/misc";
import { type ExtPointType } from "@noble/curves/abstract/edwards";
import { FpInvertBatch, mod } from "@noble/curves/abstract/modular";
import { SUBGROUP_ORDER, modL } from "./scalar.ts";

/** An affine point, coordinates canonical in [0, p). Nothing here checks it is on the curve: see isOnCurve. */
export interface Point {
  readonly x: bigint;
  readonly y: bigint;
}

const { ExtendedPoint, CURVE } = babyjubjub;

/** p, the BN254 scalar field, over which BabyJubJub is defined (so a point is two circuit signals). */
export const FIELD_ORDER: bigint = CURVE.Fp.ORDER;

/**
 * 8·l, the order of the whole curve group (noble's n; it is cyclic). Every point's order divides it,
 * so reducing an integer multiplier mod 8·l is exact for any point, in the subgroup or not.
 */
const CURVE_ORDER: bigint = CURVE.n;

/** O, the neutral element. */
export const IDENTITY: Point = { x: 0n, y: 1n };

/**
 * G = Base8 = 8·(noble's base, circomlib's Generator), generator of the subgroup of prime order l,
 * with noble's 8-bit window tables (built once, about 50 ms): a multiple of G is then about 33
 * additions and no doubling, about eight times faster than a multiple of any other point.
 */
const BASE = babyjubjub.utils.precompute(8, ExtendedPoint.BASE.multiplyUnsafe(CURVE.h));

export const G: Point = toPoint(BASE);

/** Affine, by one inversion of Z or by Z's inverse when the caller has it (see walk). */
function toPoint(point: ExtPointType, zInverse?: bigint): Point {
  const { x, y } = point.toAffine(zInverse);
  return { x, y };
}

/** G's own noble point for G, so multiples of G use its tables whoever passes it in. */
function fromPoint(point: Point): ExtPointType {
  return equals(point, G) ? BASE : ExtendedPoint.fromAffine(point);
}

/** P + Q. */
export function add(p: Point, q: Point): Point {
  return toPoint(fromPoint(p).add(fromPoint(q)));
}

/** Σ P_i, one inversion for the lot (O for none). */
export function sum(points: readonly Point[]): Point {
  return toPoint(points.reduce<ExtPointType>((total, point) => total.add(fromPoint(point)), ExtendedPoint.ZERO));
}

/** −P = (−x, y). */
export function neg(p: Point): Point {
  return toPoint(fromPoint(p).negate());
}

/** P − Q. */
export function sub(p: Point, q: Point): Point {
  return toPoint(fromPoint(p).subtract(fromPoint(q)));
}

/**
 * s·P with s taken mod l: what every scalar of the protocol is. Only right for P in the
 * prime-order subgroup (where l·P = O), which every point this is given has been checked to be;
 * for the exact integer multiple of any point, use mulInteger. The scalar is usually a secret (a
 * key, a share, a ballot's randomness), so this takes noble's constant-time-style `multiply`
 * (about 1.5× the time of its variable-time ladder), which refuses 0: 0·P is O.
 */
export function mul(p: Point, s: bigint): Point {
  const scalar = modL(s);
  return scalar === 0n ? IDENTITY : toPoint(fromPoint(p).multiply(scalar));
}

/**
 * n·P for any integer n, not reduced mod l: the subgroup check multiplies by l itself, and the tally
 * check mirrors the contract, which multiplies by signed 105-bit integers. Public multipliers only
 * (variable time), reduced mod 8·l because noble's multipliers are below the group's order.
 */
export function mulInteger(p: Point, n: bigint): Point {
  return toPoint(fromPoint(p).multiplyUnsafe(mod(n, CURVE_ORDER)));
}

/** s·G, s mod l. */
export function mulBase(s: bigint): Point {
  return mul(G, s);
}

/** Whether P's coordinates are canonical and satisfy the curve equation. */
export function isOnCurve(p: Point): boolean {
  if (p.x < 0n || p.x >= FIELD_ORDER || p.y < 0n || p.y >= FIELD_ORDER) return false;
  // noble's check refuses O by design (an EdDSA key may not be O); O is on the curve all the same.
  if (equals(p, IDENTITY)) return true;
  try {
    ExtendedPoint.fromAffine(p).assertValidity();
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether P is on the curve and in the subgroup of order l (l·P = O). The curve's other points have
 * a component of order 2, 4 or 8 that would leak a secret's residue mod 8 or break a check's algebra.
 * Not noble's isTorsionFree: it multiplies by its n, which for babyjubjub is 8·l, so every point passes.
 */
export function inSubgroup(p: Point): boolean {
  return isOnCurve(p) && ExtendedPoint.fromAffine(p).multiplyUnsafe(SUBGROUP_ORDER).equals(ExtendedPoint.ZERO);
}

/** Whether P is on the curve, in the subgroup and not O: what a key or a poll key must be. */
export function isValidKey(p: Point): boolean {
  return !equals(p, IDENTITY) && inSubgroup(p);
}

export function equals(p: Point, q: Point): boolean {
  return p.x === q.x && p.y === q.y;
}

/** [x, y], the order in which circuits, calldata and events carry a point. */
export function toCoordinates({ x, y }: Point): [bigint, bigint] {
  return [x, y];
}

/** The point (x, y); throws unless it is on the curve (subgroup membership is the caller's check). */
export function fromCoordinates([x, y]: readonly [bigint, bigint]): Point {
  const point = { x, y };
  if (!isOnCurve(point)) throw new RangeError(`(${x}, ${y}) is not a BabyJubJub point`);
  return point;
}

/**
 * P, P + S, P + 2S, … (count points), made affine with one inversion for the lot (Montgomery's
 * trick) rather than one each: what baby-step giant-step walks (see discrete-log.ts).
 */
export function walk(start: Point, step: Point, count: number): Point[] {
  const stepPoint = fromPoint(step);
  const points: ExtPointType[] = [];
  for (let current = fromPoint(start); points.length < count; current = current.add(stepPoint)) points.push(current);
  // The addition formulas are complete on BabyJubJub, so no Z is 0 and every inverse exists.
  const inverses = FpInvertBatch(
    CURVE.Fp,
    points.map(({ ez }) => ez),
  );
  return points.map((point, i) => toPoint(point, inverses[i]));
}
