/**
 * Sealed-ballot benchmark (issue "Sealed ballots"), in Node on this machine:
 *   - constraints of every sealed circuit, compiled afresh with circom2 --O2;
 *   - proof time of a sealed ballot for 2, 4 and 8 options with the committed keys (witness and
 *     Groth16 proof, after one warm-up proof), and of a trustee's partial decryption: median of RUNS;
 *   - the discrete log that turns the decrypted tally into counts, for a roll of ROLL voters;
 *   - gas of sealed polls with real proofs (scripts/sealed-gas.ts): per ballot alone and in a batch of
 *     50 for 4 and 8 options, every step of a 3-of-5 ceremony, and the close of a 3-of-5, 8-option poll.
 * Writes bench/results/sealed.json and bench/results/sealed.md.
 *
 *   npm run bench:sealed [-- --runs 5]
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import { Command, InvalidArgumentError } from "commander";
import { groth16 } from "snarkjs";
import { CIRCUITS, type CircuitSpec } from "../circuits/manifest.ts";
import { mulBase } from "../lib/sealed/curve.ts";
import { discreteLog } from "../lib/sealed/discrete-log.ts";
import { randomScalar } from "../lib/sealed/scalar.ts";
import { proveSealedBallot, sealedBallotInput } from "../lib/sealed/sealed-ballot-proof.ts";
import { releaseSnarkjs } from "../lib/semaphore/snarkjs-engine.ts";
import { median } from "./bench-stats.ts";
import { ROOT, compileCircuit, keyFile } from "./circuit-build.ts";
import { measureSealedElection } from "./sealed-gas.ts";
import { createGroth16BatchVerifier } from "../lib/proofs/groth16-batch.ts";
import { recountSealed, type StatementVerifier } from "../lib/sealed/sealed-recount.ts";
import { loadSealedVerificationKeys } from "../lib/sealed/verification-keys.node.ts";

/** The roll the tally's discrete log is sized for: the issue's target case. */
const ROLL = 1_000_000;
/** Ballots in the recount benchmark. */
const RECOUNT_BALLOTS = 1_000;
const RESULTS_DIR = path.join(ROOT, "bench", "results");

const positive = (value: string) => {
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1) throw new InvalidArgumentError("a whole number of at least 1");
  return runs;
};
const { runs } = new Command("bench:sealed")
  .option("--runs <n>", "timed proofs per circuit (the median is quoted)", positive, 5)
  .parse()
  .opts<{ runs: number }>();

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

interface Timing {
  /** The warm-up call, cold: the first proof loads its zkey, the first discrete log builds its table. */
  cold: number;
  median: number;
  runs: number[];
}

/** One warm-up, then `runs` timed calls, in ms. */
async function medianMs(work: () => unknown): Promise<Timing> {
  const cold = await timed(work);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await timed(work));
  return { cold: Math.round(cold), median: Math.round(median(times)), runs: times.map(Math.round) };
}

const artifacts = (spec: CircuitSpec) => ({ wasm: keyFile(spec, "wasm"), zkey: keyFile(spec, "zkey") });

/** A voter of a roll of 1,000 (a depth-10 path, padded to the circuit's 20) votes in an `options` poll. */
function ballotWork(spec: CircuitSpec): () => Promise<unknown> {
  const voters = Array.from({ length: 1000 }, (_, index) => new Identity(`bench-sealed-${String(index)}`));
  const roll = new Group(voters.map((voter) => voter.commitment));
  const voter = voters[417] as Identity;
  const pollKeys = Array.from({ length: spec.options }, () => mulBase(randomScalar()));
  const poll = { scope: 42n, ballotType: "single" as const, pollKeys };
  const merkleProof = roll.generateMerkleProof(417);
  return () => {
    const choices = pollKeys.map((_, option) => (option === 1 ? 1 : 0));
    const input = sealedBallotInput(voter, merkleProof, poll, { choices, randomness: randomScalar() });
    return proveSealedBallot(input, artifacts(spec));
  };
}

function partialDecryptionWork(spec: CircuitSpec): () => Promise<unknown> {
  const c1 = mulBase(randomScalar());
  const flat = [c1.x, c1.y];
  return () =>
    groth16.fullProve(
      { share: Array.from({ length: spec.options }, () => randomScalar()), c1: flat },
      keyFile(spec, "wasm"),
      keyFile(spec, "zkey"),
    );
}

const constraints: Record<string, number> = {};
const proofMs: Record<string, Timing> = {};
let partialDecryptionMs: Timing = { cold: 0, median: 0, runs: [] };
for (const spec of CIRCUITS) {
  const compiled = await compileCircuit(spec);
  console.log(`${spec.name}: ${compiled.constraints} constraints`);
  if (spec.kind === "sealed-ballot") {
    constraints[String(spec.options)] = compiled.constraints;
    proofMs[String(spec.options)] = await medianMs(ballotWork(spec));
    console.log(`  proof: median ${proofMs[String(spec.options)]?.median} ms of ${runs}`);
  } else {
    constraints[spec.name] = compiled.constraints;
    partialDecryptionMs = await medianMs(partialDecryptionWork(spec));
    console.log(`  proof: median ${partialDecryptionMs.median} ms of ${runs}`);
  }
}

// The worst case: every voter chose the same option, so its count is the whole roll.
const total = mulBase(BigInt(ROLL));
const tallyDecrypt = await medianMs(() => {
  const count = discreteLog(total, ROLL);
  if (count !== BigInt(ROLL)) throw new Error(`discrete log gave ${String(count)}, not ${ROLL}`);
});
console.log(
  `tally discrete log for a roll of ${ROLL.toLocaleString("en")}: ${tallyDecrypt.cold} ms cold, median ${tallyDecrypt.median} ms warm`,
);

console.log("gas, 4 options (5 trustees, threshold 3):");
const gas4 = await measureSealedElection(4, { close: false, log: console.log });
console.log("gas, 8 options (5 trustees, threshold 3, then the close):");
const gas8 = await measureSealedElection(8, { close: true, log: console.log });
await releaseSnarkjs();
const gasPerBallot = {
  single4: gas4.single,
  single8: gas8.single,
  batch50_4: gas4.batchPerBallot,
  batch50_8: gas8.batchPerBallot,
};
const firstBallotGas = { "4": gas4.firstBallot, "8": gas8.firstBallot };
const ceremonyGas = gas8.ceremony;
const close = gas8.close;
if (close === undefined) throw new Error("the 8-option election was measured without its close");

// The recount over RECOUNT_BALLOTS stored sealed ballots: the 8-option election's ballots, repeated to that
// many (each copy's proof is verified like any ballot's, then the copies are rejected as a reused
// nullifier), recounted from the input as read from the chain, whole (roll, ceremony audit, every proof,
// the encrypted tally, the partial decryptions, the total).
const stored = close.recountInput;
const manyBallots = {
  ...stored,
  ballots: Array.from({ length: Math.ceil(RECOUNT_BALLOTS / stored.ballots.length) }, () => stored.ballots)
    .flat()
    .slice(0, RECOUNT_BALLOTS),
};
const recountKeys = await loadSealedVerificationKeys(stored.poll.optionCount);
const recountVerifier = await createGroth16BatchVerifier();
const verifyStatements: StatementVerifier = (key, statements) => recountVerifier.verify(key, statements);
const genuine = await recountSealed(stored, recountKeys, verifyStatements);
if (genuine.status !== "MATCH") throw new Error("the benchmark's own sealed election does not recount MATCH");
const recountTiming = await medianMs(() => recountSealed(manyBallots, recountKeys, verifyStatements));
const recountBallotsPerSecond = Math.round(RECOUNT_BALLOTS / (recountTiming.median / 1000));
console.log(
  `sealed recount of ${RECOUNT_BALLOTS} ballots (8 options): median ${recountTiming.median} ms, ${recountBallotsPerSecond} ballots/s`,
);

const results = {
  machine: "2 cores, Node " + process.versions.node,
  runs,
  constraints,
  proofMs,
  partialDecryptionMs,
  tallyDecryptMs: tallyDecrypt.median,
  tallyDecryptColdMs: tallyDecrypt.cold,
  tallyDecryptRoll: ROLL,
  gasPerBallot,
  firstBallotGas,
  ceremonyGas,
  closeGas: close.total,
  closeGasParts: { partialDecryption: close.partialDecryption, tally: close.tally, trustees: "3 of 5", options: 8 },
  recountBallotsPerSecond,
  recountMs: { ballots: RECOUNT_BALLOTS, options: 8, distinctBallots: stored.ballots.length, ...recountTiming },
};
const rows = Object.entries(proofMs).map(
  ([options, { median: ms }]) => `| sealed ballot, ${options} options | ${constraints[options]} | ${ms} ms |`,
);
const markdown = `# Sealed-ballot benchmark

Node ${process.versions.node}, 2 cores, median of ${runs} (after a warm-up). \`npm run bench:sealed\`.

| Circuit | Constraints (--O2) | Proof |
| --- | --: | --: |
${rows.join("\n")}
| partial decryption, 8 options | ${constraints["partial-decryption-8"]} | ${partialDecryptionMs.median} ms |

Gas, whole transaction, Hardhat's in-process network, real proofs (5 trustees, threshold 3):

| | 4 options | 8 options |
| --- | --: | --: |
| first ballot of a poll, alone (writes the encrypted tally's slots) | ${gas4.firstBallot} | ${gas8.firstBallot} |
| a ballot alone (median of 5) | ${gasPerBallot.single4} | ${gasPerBallot.single8} |
| per ballot in a batch of 50 | ${gasPerBallot.batch50_4} | ${gasPerBallot.batch50_8} |

Ceremony, 3 of 5, 8 options, per transaction (medians over the trustees): ${Object.entries(ceremonyGas)
  .map(([step, gas]) => `${step} ${gas}`)
  .join(", ")}.

Close, 3 of 5 trustees, 8 options: ${close.total} gas in all (a partial decryption ${close.partialDecryption}
each, the tally ${close.tally}).

Recount of ${RECOUNT_BALLOTS.toLocaleString("en")} stored sealed ballots of 8 options (the election's ${stored.ballots.length}
ballots repeated; every copy's proof verified), the whole sealed recount: median ${recountTiming.median} ms, **${recountBallotsPerSecond}
ballots/s**.

Tally decryption (baby-step giant-step) for a roll of ${ROLL.toLocaleString("en")}, the worst case (every
ballot for one option): ${tallyDecrypt.cold} ms cold (building the table), ${tallyDecrypt.median} ms warm.
`;
await mkdir(RESULTS_DIR, { recursive: true });
await writeFile(path.join(RESULTS_DIR, "sealed.json"), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(path.join(RESULTS_DIR, "sealed.md"), markdown);
console.log("Wrote bench/results/sealed.json and sealed.md");
process.exit();
