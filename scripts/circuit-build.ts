/**
 * Where Ballotbox's circuits and their artifacts live, and how one is compiled: shared by
 * scripts/circuits.ts (compile, set up, check) and the benchmarks, so there is one compiler command.
 */
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { r1cs } from "snarkjs";
import type { CircuitSpec } from "../circuits/manifest.ts";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const CIRCUITS_DIR = path.join(ROOT, "circuits");
/** Compiler output, not committed. */
export const BUILD_DIR = path.join(CIRCUITS_DIR, "build");
/** The committed artifacts proofs are made and checked with. */
export const KEYS_DIR = path.join(CIRCUITS_DIR, "keys");

/** The libraries the circuits include: circomlib and Semaphore v4's own templates, from npm. */
const INCLUDES = [
  "node_modules/circomlib/circuits",
  "node_modules/@zk-kit/binary-merkle-root.circom/src",
  "node_modules/@semaphore-protocol/circuits/src",
];

/** A committed artifact of `spec`. */
export const keyFile = (spec: CircuitSpec, extension: "wasm" | "zkey" | "vkey.json") =>
  path.join(KEYS_DIR, `${spec.name}.${extension}`);

/** What compiling `spec` writes under circuits/build/. */
export const builtFile = (spec: CircuitSpec, extension: "r1cs" | "wasm") =>
  extension === "r1cs"
    ? path.join(BUILD_DIR, `${spec.name}.r1cs`)
    : path.join(BUILD_DIR, `${spec.name}_js`, `${spec.name}.wasm`);

/** Compiles `spec` with circom2 (--O2) into circuits/build/; returns its constraint count and the time taken. */
export async function compileCircuit(spec: CircuitSpec): Promise<{ constraints: number; seconds: number }> {
  await mkdir(BUILD_DIR, { recursive: true });
  const started = performance.now();
  await promisify(execFile)(
    process.execPath,
    [
      path.join(ROOT, "node_modules/circom2/cli.js"),
      path.join(CIRCUITS_DIR, spec.main),
      "--r1cs",
      "--wasm",
      "--O2",
      "-o",
      BUILD_DIR,
      ...INCLUDES.flatMap((include) => ["-l", path.join(ROOT, include)]),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const info = (await r1cs.info(builtFile(spec, "r1cs"))) as { nConstraints: number };
  return { constraints: info.nConstraints, seconds: (performance.now() - started) / 1000 };
}
