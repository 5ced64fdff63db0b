/**
 * Recount benchmark: how fast the stored ballots (bench/data/ballots.json, made once by
 * `npm run bench:recount:generate`) verify with the project's verifier (worker pool + batch
 * verification) against plain one-at-a-time `snarkjs.groth16.verify`, measured in the same run.
 * Writes bench/results/recount.json.
 *
 *   npm run bench:recount
 *
 * Rates are steady-state: the pool is started (threads, WebAssembly) before the timed runs, as
 * snarkjs's engine is for the baseline; the pool's start-up time is reported apart. Per-core rates
 * (snarkjs on a single-threaded engine, the project on one thread) show how the cores scale: two
 * virtual cores often share one physical core.
 */
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { buildBn128 } from "ffjavascript";
import { groth16 } from "snarkjs";
import { toSnarkjsProof } from "../lib/proofs/groth16-points.ts";
import { publicSignals } from "../lib/proofs/proof-checks.ts";
import { decodeProofFile } from "../lib/proofs/proof-file.ts";
import { terminalProgress } from "../lib/proofs/terminal-progress.node.ts";
import { loadSemaphoreVerificationKey } from "../lib/proofs/verification-keys.node.ts";
import { createVerifyPool } from "../lib/proofs/verify-pool.node.ts";
import { releaseSnarkjs } from "../lib/semaphore/snarkjs-engine.ts";
import type { SolidityProof } from "../lib/semaphore/solidity-proof.ts";
import { median } from "./bench-stats.ts";

const ROOT = path.join(import.meta.dirname, "..");
const BALLOTS_FILE = path.join(ROOT, "bench", "data", "ballots.json");
const RESULTS_FILE = path.join(ROOT, "bench", "results", "recount.json");
/** snarkjs is slow: a subset is enough for a stable rate. */
const BASELINE_BALLOTS = 200;
const PROJECT_RUNS = 3;

interface Rate {
  ballots: number;
  ballotsPerSecond: number;
}

const proofs = decodeProofFile(JSON.parse(await readFile(BALLOTS_FILE, "utf8")));
const cores = availableParallelism();
console.log(`${proofs.length} stored ballots, ${cores} cores`);

const baselineProofs = proofs.slice(0, BASELINE_BALLOTS);
const baseline = await measureSnarkjs(baselineProofs, "Baseline");
console.log(`Baseline, snarkjs.groth16.verify one at a time: ${describe(baseline)}`);
const baselinePerCore = await onSingleThreadedSnarkjsEngine(() => measureSnarkjs(baselineProofs, "Baseline, 1 core"));
console.log(`  the same on a single-threaded snarkjs engine (one core): ${describe(baselinePerCore)}`);

const { project, runs, startupSeconds } = await measureProject(cores, PROJECT_RUNS);
console.log(
  `Project, batch verification on ${cores} worker threads: ${describe(project)}, ` +
    `median of ${PROJECT_RUNS} runs (${runs.map((r) => r.toFixed(0)).join(", ")}); pool start-up ${startupSeconds.toFixed(2)} s`,
);
const { project: projectPerCore } = await measureProject(1, 1);
console.log(`  the same on one worker thread: ${describe(projectPerCore)}`);
const speedup = project.ballotsPerSecond / baseline.ballotsPerSecond;
console.log(`Speed-up: ${speedup.toFixed(1)}x (per core: ${ratio(projectPerCore, baselinePerCore)}x)`);

const results = {
  ballots: proofs.length,
  cores,
  project: {
    ballotsPerSecond: round(project.ballotsPerSecond),
    method: "random-linear-combination batch verification, worker pool, one BN254 engine per thread",
    runs: runs.map(round),
    startupSeconds: round(startupSeconds),
    oneThreadBallotsPerSecond: round(projectPerCore.ballotsPerSecond),
  },
  baseline: {
    ballotsPerSecond: round(baseline.ballotsPerSecond),
    method: "snarkjs.groth16.verify, one ballot at a time",
    ballots: baseline.ballots,
    oneCoreBallotsPerSecond: round(baselinePerCore.ballotsPerSecond),
  },
  speedup: round(speedup),
  node: process.version,
};
await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
await writeFile(RESULTS_FILE, JSON.stringify(results, null, 2) + "\n");
console.log(`Wrote ${path.relative(process.cwd(), RESULTS_FILE)}`);

/** Plain snarkjs, as Semaphore's verifyProof calls it; inputs are converted before the clock starts. */
async function measureSnarkjs(subset: readonly SolidityProof[], label: string): Promise<Rate> {
  const inputs = await Promise.all(
    subset.map(async (proof) => ({
      key: await loadSemaphoreVerificationKey(Number(proof.merkleTreeDepth)),
      signals: publicSignals(proof).map(String),
      proof: toSnarkjsProof(proof.points),
    })),
  );
  try {
    const [first] = inputs;
    if (first) await groth16.verify(first.key, first.signals, first.proof); // builds snarkjs's engine
    const progress = terminalProgress(label);
    const { seconds, value: results } = await timed(async () => {
      const results: boolean[] = [];
      for (const { key, signals, proof } of inputs) {
        results.push(await groth16.verify(key, signals, proof));
        progress.update(results.length, inputs.length);
      }
      return results;
    });
    progress.finish();
    assertAllValid(results, label);
    return { ballots: inputs.length, ballotsPerSecond: inputs.length / seconds };
  } finally {
    // Its worker threads would otherwise compete with the pool, and keep the process alive.
    await releaseSnarkjs();
  }
}

/**
 * Runs `work` with snarkjs on a single-threaded engine. snarkjs always asks ffjavascript for its
 * shared multi-threaded engine, which is whatever globalThis.curve_bn128 holds; a benchmark-only trick.
 */
async function onSingleThreadedSnarkjsEngine<T>(work: () => Promise<T>): Promise<T> {
  const global = globalThis as { curve_bn128?: unknown };
  global.curve_bn128 = await buildBn128(true);
  try {
    return await work();
  } finally {
    global.curve_bn128 = null;
  }
}

async function measureProject(
  threads: number,
  runCount: number,
): Promise<{ project: Rate; runs: number[]; startupSeconds: number }> {
  const pool = createVerifyPool({ threads });
  try {
    const startup = await timed(() => pool.ready());
    const runs: number[] = [];
    for (let run = 1; run <= runCount; run++) {
      const progress = terminalProgress(`Project, ${threads} thread(s), run ${run}/${runCount}`);
      const { seconds, value: results } = await timed(() => pool.verify(proofs, { onProgress: progress.update }));
      progress.finish();
      assertAllValid(results, `run ${run}`);
      runs.push(proofs.length / seconds);
    }
    return {
      project: { ballots: proofs.length, ballotsPerSecond: median(runs) },
      runs,
      startupSeconds: startup.seconds,
    };
  } finally {
    await pool.close();
  }
}

/** A benchmark that verifies nothing measures nothing: every stored ballot is valid. */
function assertAllValid(results: readonly boolean[], label: string): void {
  const invalid = results.flatMap((valid, index) => (valid ? [] : [index]));
  assert.equal(invalid.length, 0, `${label}: ballots ${invalid.join(", ")} did not verify`);
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { seconds: (performance.now() - start) / 1000, value };
}

function describe({ ballots, ballotsPerSecond }: Rate): string {
  return `${ballotsPerSecond.toFixed(0)} ballots/s (${ballots} ballots)`;
}

function ratio(a: Rate, b: Rate): string {
  return (a.ballotsPerSecond / b.ballotsPerSecond).toFixed(1);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
