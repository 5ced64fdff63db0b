/**
 * BN254 (alt_bn128) arithmetic for batch Groth16 verification, on ffjavascript's WebAssembly engine.
 *
 * ffjavascript's JavaScript API is made for one-off calls. Batch verification needs two things it
 * does not offer, built here from the engine's exported WebAssembly functions on its memory:
 *  - a multi-Miller loop: many pairings share one Fp12 accumulator, so the loop's Fp12 squaring runs
 *    once per step for all pairs instead of once per pair, followed by a single final exponentiation;
 *  - a fast G2 subgroup check. ffjavascript's `isValid` (which snarkjs uses) only checks that a point
 *    is on the curve; Ethereum's pairing precompile, and so Semaphore's verifier contract, also
 *    rejects G2 points outside the order-r subgroup, and the batch equation is only sound for
 *    points inside it.
 *
 * A Bn254 owns one single-threaded engine: no worker threads and nothing to terminate, and it runs the
 * same in Node and in a browser Web Worker. It is not reentrant; use one per thread.
 */
import { buildBn128, type Bn128 } from "ffjavascript";

declare const g1Brand: unique symbol;
declare const g2Brand: unique symbol;
/** A point of G1 in the engine's form: 64 bytes (affine) or 96 (Jacobian). */
export type G1Point = Uint8Array & { readonly [g1Brand]: true };
/** A point of G2's order-r subgroup in the engine's affine form (128 bytes). */
export type G2Point = Uint8Array & { readonly [g2Brand]: true };

/** The BN254 curve parameter x (often u): p, r and the optimal ate loop are polynomials in it. */
const BN254_X = 4965661367192848881n;
/** The optimal ate pairing's Miller loop runs over the bits of 6x + 2. */
const ATE_LOOP_COUNT = 6n * BN254_X + 2n;
/** Its bits, most significant first; the loop starts below the leading 1. */
const ATE_LOOP_BITS = Array.from(ATE_LOOP_COUNT.toString(2).slice(1), (bit) => bit === "1");

const FQ_BYTES = 32;
const FQ2_BYTES = 2 * FQ_BYTES;
const FQ12_BYTES = 12 * FQ_BYTES;
const G1_AFFINE_BYTES = 2 * FQ_BYTES;
const G1_JACOBIAN_BYTES = 3 * FQ_BYTES;
const G2_AFFINE_BYTES = 2 * FQ2_BYTES;
const G2_JACOBIAN_BYTES = 3 * FQ2_BYTES;
/** A prepared G2 point: the point (3 Fq2), then one line (3 Fq2 coefficients) per Miller loop step. */
const PREPARED_G2_LINES_OFFSET = 3 * FQ2_BYTES;
const LINE_BYTES = 3 * FQ2_BYTES;

/** Pairs whose Miller loops run together; bounded by the engine's fixed 1.6 MB of memory. */
const MILLER_LOOP_PAIRS = 32;
/** Points per WebAssembly multi-scalar multiplication; larger ones are split. */
const MSM_POINTS = 256;

/** The engine functions used here, by their export names (see wasmcurves' build_bn128.js). */
const ENGINE_FUNCTIONS = [
  "f1m_toMontgomery",
  "g1m_inCurveAffine",
  "g1m_multiexpAffine",
  "g2m_inCurveAffine",
  "g2m_toJacobian",
  "g2m_timesScalarAffine",
  "g2m_add",
  "g2m_addMixed",
  "g2m_double",
  "g2m_eq",
  // ψ, the untwist-Frobenius-twist endomorphism of G2; internal to wasmcurves, exported by the plugin below.
  "bn128_mulByQ",
  "bn128_prepareG1",
  "bn128_prepareG2",
  "bn128__mulBy024",
  "bn128_finalExponentiation",
  "f2m_mul1",
  "ftm_one",
  "ftm_square",
  "ftm_mul",
  "ftm_eq",
] as const;
type EngineFunctions = Record<(typeof ENGINE_FUNCTIONS)[number], (...addresses: number[]) => number>;

export interface Bn254 {
  /** The scalar field's order r. */
  readonly r: bigint;
  /** The G1 point (x, y), or undefined unless both are base field elements and the point is on the curve. */
  g1(x: bigint, y: bigint): G1Point | undefined;
  /**
   * The G2 point (x0 + x1·u, y0 + y1·u), or undefined unless all four are base field elements and the
   * point is on the twist and in the order-r subgroup.
   */
  g2(x0: bigint, x1: bigint, y0: bigint, y1: bigint): G2Point | undefined;
  /** [scalar]point, for 0 <= scalar < 2^256. */
  g1Multiply(point: G1Point, scalar: bigint): G1Point;
  /** Σ [scalars_i]points_i over affine points, each scalar below 2^(8·scalarBytes). */
  g1MultiExp(points: readonly G1Point[], scalars: readonly bigint[], scalarBytes: number): G1Point;
  g1Negate(point: G1Point): G1Point;
  /** Whether Π e(P_i, Q_i) = 1, with one multi-Miller loop and one final exponentiation. */
  pairingProductIsOne(pairs: readonly (readonly [G1Point, G2Point])[]): boolean;
}

/** Builds an independent single-threaded BN254 engine with the batch verifier's extensions. */
export async function createBn254(): Promise<Bn254> {
  const curve = await buildBn128(true, (builder) => {
    builder.exportFunction("bn128_mulByQ");
  });
  return new WasmBn254(curve);
}

class WasmBn254 implements Bn254 {
  readonly r: bigint;
  readonly #curve: Bn128;
  readonly #wasm: EngineFunctions;
  readonly #memory: DataView;
  // Working memory, allocated once in the engine (its allocator never frees).
  readonly #scratch: number[];
  readonly #scalar: number;
  readonly #fq12: number;
  readonly #product: number;
  readonly #one: number;
  readonly #lineVW: number;
  readonly #lineVV: number;
  readonly #preparedG1: number[];
  readonly #preparedG2: number[];
  readonly #msmPoints: number;
  readonly #msmScalars: number;

  constructor(curve: Bn128) {
    this.#curve = curve;
    this.r = curve.r;
    this.#wasm = bindEngineFunctions(curve.tm.instance);
    const { tm } = curve;
    this.#memory = new DataView(tm.memory.buffer);
    this.#scratch = Array.from({ length: 6 }, () => tm.alloc(G2_JACOBIAN_BYTES));
    this.#scalar = tm.alloc(32);
    this.#fq12 = tm.alloc(FQ12_BYTES);
    this.#product = tm.alloc(FQ12_BYTES);
    this.#one = tm.alloc(FQ12_BYTES);
    this.#wasm.ftm_one(this.#one);
    this.#lineVW = tm.alloc(FQ2_BYTES);
    this.#lineVV = tm.alloc(FQ2_BYTES);
    this.#msmPoints = tm.alloc(MSM_POINTS * G1_AFFINE_BYTES);
    this.#msmScalars = tm.alloc(MSM_POINTS * 32);
    this.#preparedG1 = Array.from({ length: MILLER_LOOP_PAIRS }, () => tm.alloc(curve.prePSize));
    this.#preparedG2 = Array.from({ length: MILLER_LOOP_PAIRS }, () => tm.alloc(curve.preQSize));
    // The multi-scalar multiplication's bucket tables are allocated above this point at each call.
    if (tm.u32[0] === undefined || tm.u32[0] + 64 * 1024 > tm.memory.buffer.byteLength) {
      throw new Error("The BN254 engine's memory is too small for the batch verifier's working memory");
    }
  }

  g1(x: bigint, y: bigint): G1Point | undefined {
    if (!this.#areFieldElements(x, y)) return undefined;
    const [point] = this.#scratch as [number];
    this.#writeFq(point, x);
    this.#writeFq(point + FQ_BYTES, y);
    if (!this.#wasm.g1m_inCurveAffine(point)) return undefined;
    // BN254's G1 has cofactor 1: every point on the curve is in the group.
    return this.#curve.tm.getBuff(point, G1_AFFINE_BYTES) as G1Point;
  }

  g2(x0: bigint, x1: bigint, y0: bigint, y1: bigint): G2Point | undefined {
    if (!this.#areFieldElements(x0, x1, y0, y1)) return undefined;
    const [point] = this.#scratch as [number];
    this.#writeFq(point, x0);
    this.#writeFq(point + FQ_BYTES, x1);
    this.#writeFq(point + FQ2_BYTES, y0);
    this.#writeFq(point + FQ2_BYTES + FQ_BYTES, y1);
    if (!this.#wasm.g2m_inCurveAffine(point) || !this.#isInG2Subgroup(point)) return undefined;
    return this.#curve.tm.getBuff(point, G2_AFFINE_BYTES) as G2Point;
  }

  /**
   * Q (on the twist) is in the order-r subgroup iff [x+1]Q + ψ([x]Q) + ψ²([x]Q) = ψ³([2x]Q): one 63-bit
   * multiplication instead of the 254-bit [r]Q = O. The test holds for BN curves whose x is neither
   * 4 mod 13 nor 92 mod 97, as BN254's is (Dai, Lin, Zhao, Zhou, eprint 2022/348; Sanso and Liang,
   * "Fast G2 subgroup check in BN254", ethresear.ch 2022). The tests check it against [r]Q = O on
   * points with components of every prime factor of the cofactor.
   */
  #isInG2Subgroup(affinePoint: number): boolean {
    const wasm = this.#wasm;
    // Distinct buffers for every step: the engine's functions are not documented as alias-safe.
    const [, xQ, lhs, partial, psi1, psi2] = this.#scratch as [number, number, number, number, number, number];
    this.#writeScalar(BN254_X, 8);
    wasm.g2m_timesScalarAffine(affinePoint, this.#scalar, 8, xQ);
    wasm.g2m_addMixed(xQ, affinePoint, lhs);
    wasm.bn128_mulByQ(xQ, psi1);
    wasm.g2m_add(lhs, psi1, partial);
    wasm.bn128_mulByQ(psi1, psi2);
    wasm.g2m_add(partial, psi2, lhs);
    const [twoXQ, rhs] = [psi1, partial];
    wasm.g2m_double(xQ, twoXQ);
    wasm.bn128_mulByQ(twoXQ, psi2);
    wasm.bn128_mulByQ(psi2, twoXQ);
    wasm.bn128_mulByQ(twoXQ, rhs);
    return wasm.g2m_eq(lhs, rhs) !== 0;
  }

  g1Multiply(point: G1Point, scalar: bigint): G1Point {
    // The engine's loop runs over every byte it is given: pass no leading zero words.
    const bytes = Math.max(8, 8 * Math.ceil(scalar.toString(16).length / 16));
    return this.#curve.G1.timesScalar(point, littleEndian(scalar, bytes)) as G1Point;
  }

  g1MultiExp(points: readonly G1Point[], scalars: readonly bigint[], scalarBytes: number): G1Point {
    if (points.length !== scalars.length) throw new RangeError("g1MultiExp needs one scalar per point");
    const { G1, tm } = this.#curve;
    const [result] = this.#scratch as [number];
    let sum = G1.zero;
    for (let start = 0; start < points.length; start += MSM_POINTS) {
      const count = Math.min(MSM_POINTS, points.length - start);
      for (let i = 0; i < count; i++) {
        const point = points[start + i];
        const scalar = scalars[start + i];
        if (point === undefined || scalar === undefined) throw new RangeError("Missing point or scalar");
        tm.setBuff(this.#msmPoints + i * G1_AFFINE_BYTES, G1.toAffine(point));
        tm.setBuff(this.#msmScalars + i * scalarBytes, littleEndian(scalar, scalarBytes));
      }
      this.#wasm.g1m_multiexpAffine(this.#msmPoints, this.#msmScalars, scalarBytes, count, result);
      sum = G1.add(sum, tm.getBuff(result, G1_JACOBIAN_BYTES));
    }
    return sum as G1Point;
  }

  g1Negate(point: G1Point): G1Point {
    return this.#curve.G1.neg(point) as G1Point;
  }

  pairingProductIsOne(pairs: readonly (readonly [G1Point, G2Point])[]): boolean {
    const { G1 } = this.#curve;
    const wasm = this.#wasm;
    // e(O, Q) = 1, and the engine's Miller loop does not special-case the point at infinity.
    const live = pairs.filter(([p]) => !G1.isZero(p));
    wasm.ftm_one(this.#product);
    for (let start = 0; start < live.length; start += MILLER_LOOP_PAIRS) {
      const group = live.slice(start, start + MILLER_LOOP_PAIRS);
      group.forEach(([p, q], k) => {
        this.#prepare(k, p, q);
      });
      this.#multiMillerLoop(group.length, this.#fq12);
      wasm.ftm_mul(this.#product, this.#fq12, this.#product);
    }
    wasm.bn128_finalExponentiation(this.#product, this.#product);
    return wasm.ftm_eq(this.#product, this.#one) !== 0;
  }

  #prepare(slot: number, p: G1Point, q: G2Point): void {
    const { G1, tm } = this.#curve;
    const [jacobian, affine] = this.#scratch as [number, number];
    const preparedG1 = this.#preparedG1[slot];
    const preparedG2 = this.#preparedG2[slot];
    if (preparedG1 === undefined || preparedG2 === undefined) throw new RangeError(`No Miller loop slot ${slot}`);
    tm.setBuff(jacobian, G1.toJacobian(p));
    this.#wasm.bn128_prepareG1(jacobian, preparedG1);
    tm.setBuff(affine, q);
    this.#wasm.g2m_toJacobian(affine, jacobian);
    this.#wasm.bn128_prepareG2(jacobian, preparedG2);
  }

  /**
   * The optimal ate Miller loop of wasmcurves' bn128_millerLoop, for the first `pairs` prepared
   * slots at once: Π f_i computed with one squaring per step (f² then every pair's line), which
   * equals the product of the separate loops because squaring distributes over the product.
   */
  #multiMillerLoop(pairs: number, result: number): void {
    const wasm = this.#wasm;
    let line = PREPARED_G2_LINES_OFFSET;
    const multiplyLines = (): void => {
      for (let k = 0; k < pairs; k++) {
        const preparedG1 = this.#preparedG1[k] ?? 0;
        const coefficients = (this.#preparedG2[k] ?? 0) + line;
        wasm.f2m_mul1(coefficients + FQ2_BYTES, preparedG1 + FQ_BYTES, this.#lineVW);
        wasm.f2m_mul1(coefficients + 2 * FQ2_BYTES, preparedG1, this.#lineVV);
        wasm.bn128__mulBy024(coefficients, this.#lineVW, this.#lineVV, result);
      }
      line += LINE_BYTES;
    };
    wasm.ftm_one(result);
    for (const bit of ATE_LOOP_BITS) {
      wasm.ftm_square(result, result);
      multiplyLines();
      if (bit) multiplyLines();
    }
    // The two final lines, through π(Q) and -π²(Q).
    multiplyLines();
    multiplyLines();
  }

  /** Canonical coordinates only: the engine would silently reduce larger ones. */
  #areFieldElements(...values: bigint[]): boolean {
    return values.every((value) => value >= 0n && value < this.#curve.q);
  }

  #writeFq(address: number, value: bigint): void {
    this.#writeLittleEndian(address, value, FQ_BYTES);
    this.#wasm.f1m_toMontgomery(address, address);
  }

  #writeScalar(value: bigint, bytes: number): void {
    this.#writeLittleEndian(this.#scalar, value, bytes);
  }

  #writeLittleEndian(address: number, value: bigint, bytes: number): void {
    for (let offset = 0; offset < bytes; offset += 8) {
      this.#memory.setBigUint64(address + offset, BigInt.asUintN(64, value >> BigInt(8 * offset)), true);
    }
  }
}

/** The little-endian bytes of 0 <= value < 2^(8·bytes), bytes a multiple of 8. */
function littleEndian(value: bigint, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  for (let offset = 0; offset < bytes; offset += 8) {
    view.setBigUint64(offset, BigInt.asUintN(64, value >> BigInt(8 * offset)), true);
  }
  return out;
}

function bindEngineFunctions(instance: WebAssembly.Instance): EngineFunctions {
  const bound: Partial<EngineFunctions> = {};
  for (const name of ENGINE_FUNCTIONS) {
    const exported = instance.exports[name];
    if (typeof exported !== "function") throw new Error(`The BN254 engine does not export ${name}`);
    bound[name] = exported as (...addresses: number[]) => number;
  }
  return bound as EngineFunctions;
}
