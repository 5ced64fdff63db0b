/**
 * The part of ffjavascript 0.3.1 (which ships no types) that Ballotbox uses: the BN254 ("bn128")
 * engine, whose curve and field arithmetic runs in WebAssembly. Points and field elements are
 * byte arrays in the engine's internal (Montgomery) form.
 */
declare module "ffjavascript" {
  /** Fq2 elements are [c0, c1] for c0 + c1·u. */
  export interface WasmField2 {
    fromObject(value: readonly [bigint, bigint]): Uint8Array;
    toObject(element: Uint8Array): [bigint, bigint];
    add(a: Uint8Array, b: Uint8Array): Uint8Array;
    mul(a: Uint8Array, b: Uint8Array): Uint8Array;
    square(a: Uint8Array): Uint8Array;
    isSquare(a: Uint8Array): boolean;
    sqrt(a: Uint8Array): Uint8Array;
  }

  export interface WasmCurve {
    /** The curve equation's constant: y² = x³ + b. */
    readonly b: Uint8Array;
    /** The generator, in Jacobian form. */
    readonly g: Uint8Array;
    /** The point at infinity, in Jacobian form. */
    readonly zero: Uint8Array;
    fromObject(coordinates: readonly (bigint | string | readonly (bigint | string)[])[]): Uint8Array;
    /** Affine coordinates [x, y, 1] (G2: each an Fq2 [c0, c1]). */
    toObject(point: Uint8Array): unknown[];
    toAffine(point: Uint8Array): Uint8Array;
    toJacobian(point: Uint8Array): Uint8Array;
    timesScalar(point: Uint8Array, scalarLittleEndian: Uint8Array): Uint8Array;
    add(a: Uint8Array, b: Uint8Array): Uint8Array;
    neg(point: Uint8Array): Uint8Array;
    eq(a: Uint8Array, b: Uint8Array): boolean;
    isZero(point: Uint8Array): boolean;
    /** Whether the point is on the curve (or is the point at infinity); no subgroup check. */
    isValid(point: Uint8Array): boolean;
  }

  /** ffjavascript's memory manager around the WebAssembly instance. */
  export interface ThreadManager {
    readonly instance: WebAssembly.Instance;
    readonly memory: WebAssembly.Memory;
    readonly u8: Uint8Array;
    readonly u32: Uint32Array;
    /** Bump-allocates `length` bytes of WebAssembly memory (never freed) and returns the address. */
    alloc(length: number): number;
    setBuff(address: number, bytes: Uint8Array): void;
    getBuff(address: number, length: number): Uint8Array;
  }

  export interface Bn128 {
    readonly name: "bn128";
    /** The scalar field's order. */
    readonly r: bigint;
    /** The base field's order. */
    readonly q: bigint;
    readonly G1: WasmCurve;
    readonly G2: WasmCurve;
    readonly F2: WasmField2;
    readonly tm: ThreadManager;
    /** Bytes of a G1 point prepared for a Miller loop. */
    readonly prePSize: number;
    /** Bytes of a G2 point prepared for a Miller loop (its line coefficients). */
    readonly preQSize: number;
    /** Ends the engine's worker threads (a no-op for a single-threaded engine). */
    terminate(): Promise<void>;
  }

  /** wasmbuilder's ModuleBuilder, as handed to a build plugin. */
  export interface WasmModuleBuilder {
    exportFunction(functionName: string, exportName?: string): void;
  }

  /**
   * Builds a BN254 engine. A multi-threaded one (the default) is a process-wide singleton shared with
   * snarkjs; a single-threaded one is a fresh, independent instance. `plugins` may change the module.
   */
  export function buildBn128(singleThread?: boolean, plugins?: (builder: WasmModuleBuilder) => void): Promise<Bn128>;
}
