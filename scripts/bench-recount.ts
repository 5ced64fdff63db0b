/**
 * Recount benchmark: how fast the stored ballots (bench/data/ballots.json, made once by
 * `npm run bench:recount:generate`) verify with the project's verifier (worker pool + batch
 * verification) against plain one-at-a-time `snarkjs.groth16.verify`, measured in the same run.
 * Writes bench/results/recount.json.
 *
 *   npm run bench:recount
 *
 * Rates are steady-state: the pool is started and warmed up (threads, WebAssembly, keys) before the
 * timed runs, as snarkjs's engine is for the baseline; the pool's start-up time is reported apart.
 */
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { groth16 } from "snarkjs";
import { publicSignals, toSnarkjsProof } from "../lib/proofs/proof-checks.ts";
import { decodeProofFile } from "../lib/proofs/proof-file.ts";
import { terminalProgress } from "../lib/proofs/terminal-progress.node.ts";
import { loadSemaphoreVerificationKey } from "../lib/proofs/verification-keys.node.ts";
import { createVerifyPool } from "../lib/proofs/verify-pool.node.ts";
import { releaseSnarkjs } from "../lib/proofs/verify-single.ts";
import type { SolidityProof } from "../lib/semaphore/solidity-proof.ts";

const ROOT = path.join(import.meta.dirname, "..");
const BALLOTS_FILE = path.join(ROOT, "bench", "data", "ballots.json");
const RESULTS_FILE = path.join(ROOT, "bench", "results", "recount.json");
/** snarkjs is slow: a subset is enough for a stable rate. */
const BASELINE_BALLOTS = 200;
const PROJECT_RUNS = 3;

const proofs = decodeProofFile(JSON.parse(await readFile(BALLOTS_FILE, "utf8")));
const cores = availableParallelism();
console.log(`${proofs.length} stored ballots, ${cores} cores`);

const baseline = await measureBaseline(proofs.slice(0, BASELINE_BALLOTS));
console.log(
  `Baseline, snarkjs.groth16.verify one at a time: ${rate(baseline)} ballots/s (${baseline.ballots} ballots)`,
);

const pool = createVerifyPool({ threads: cores });
try {
  const startup = await timed(() => pool.ready());
  const runs: number[] = [];
  for (let run = 1; run <= PROJECT_RUNS; run++) {
    const progress = terminalProgress(`Run ${run}/${PROJECT_RUNS}`);
    const { seconds, value: results } = await timed(() => pool.verify(proofs, { onProgress: progress.update }));
    progress.finish();
    assertAllValid(results, `run ${run}`);
    runs.push(proofs.length / seconds);
  }
  const project = { ballots: proofs.length, ballotsPerSecond: median(runs) };
  console.log(
    `Project, batch verification on ${cores} worker threads: ${rate(project)} ballots/s ` +
      `(median of ${PROJECT_RUNS} runs over ${proofs.length} ballots: ${runs.map((r) => r.toFixed(0)).join(", ")})`,
  );
  const speedup = project.ballotsPerSecond / baseline.ballotsPerSecond;
  console.log(`Speed-up: ${speedup.toFixed(1)}x; pool start-up ${startup.seconds.toFixed(2)} s`);

  const results = {
    ballots: proofs.length,
    cores,
    project: {
      ballotsPerSecond: round(project.ballotsPerSecond),
      method: "random-linear-combination batch verification, worker pool, one BN254 engine per thread",
      runs: runs.map(round),
      startupSeconds: round(startup.seconds),
    },
    baseline: {
      ballotsPerSecond: round(baseline.ballotsPerSecond),
      method: "snarkjs.groth16.verify, one ballot at a time",
      ballots: baseline.ballots,
    },
    speedup: round(speedup),
    node: process.version,
  };
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, JSON.stringify(results, null, 2) + "\n");
  console.log(`Wrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
} finally {
  await pool.close();
}

/** Plain snarkjs, as Semaphore's verifyProof calls it; inputs are converted before the clock starts. */
async function measureBaseline(
  subset: readonly SolidityProof[],
): Promise<{ ballots: number; ballotsPerSecond: number }> {
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
    const progress = terminalProgress("Baseline");
    const { seconds, value: results } = await timed(async () => {
      const results: boolean[] = [];
      for (const { key, signals, proof } of inputs) {
        results.push(await groth16.verify(key, signals, proof));
        progress.update(results.length, inputs.length);
      }
      return results;
    });
    progress.finish();
    assertAllValid(results, "baseline");
    return { ballots: inputs.length, ballotsPerSecond: inputs.length / seconds };
  } finally {
    // Its worker threads would otherwise compete with the pool, and keep the process alive.
    await releaseSnarkjs();
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

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function rate({ ballotsPerSecond }: { ballotsPerSecond: number }): string {
  return ballotsPerSecond.toFixed(0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
