/**
 * Builds, sets up and checks Ballotbox's own circuits (circuits/manifest.ts; docs/sealed-ballots.md):
 *
 *   node scripts/circuits.ts compile              compile every circuit with circom2 into circuits/build/
 *   node scripts/circuits.ts setup --ptau FILE    new zkeys from a Powers of Tau, with one contribution
 *   node scripts/circuits.ts contribute --name N  add a phase-2 contribution to every zkey (npm run ceremony)
 *   node scripts/circuits.ts check [--compile]    the committed keys, wasm and Solidity agree
 *
 * The committed artifacts (circuits/keys/) are what proofs are made and checked with; `setup` and
 * `contribute` rewrite them, their verification keys, the transcript and the Solidity key contract.
 */
import { createHash, randomBytes } from "node:crypto";
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Command } from "commander";
import { zKey } from "snarkjs";
import { CIRCUITS, type CircuitSpec } from "../circuits/manifest.ts";
import { BUILD_DIR, KEYS_DIR, ROOT, builtFile, compileCircuit, keyFile } from "./circuit-build.ts";
import { sealedKeysSolidity, type SnarkjsVerificationKey } from "./sealed-keys-solidity.ts";

const transcriptFile = path.join(KEYS_DIR, "transcript.json");
const solidityFile = path.join(ROOT, "contracts/generated/SealedVerificationKeys.sol");

/** One phase-2 contribution, as `npm run ceremony` prints it. */
interface Contribution {
  circuit: string;
  name: string;
  /** snarkjs's contribution hash, hex. */
  hash: string;
  date: string;
}

/**
 * circuits/keys/transcript.json: which Powers of Tau the keys were made from (so anyone can check
 * a zkey with `snarkjs zkey verify` against the same file) and every phase-2 contribution since.
 */
interface Transcript {
  powersOfTau: { file: string; sha256: string; note: string };
  contributions: Contribution[];
}

async function compile(spec: CircuitSpec): Promise<void> {
  const { constraints, seconds } = await compileCircuit(spec);
  console.log(`${spec.name}: ${constraints} constraints (${seconds.toFixed(1)} s)`);
}

async function readTranscript(): Promise<Transcript> {
  return JSON.parse(await readFile(transcriptFile, "utf8")) as Transcript;
}

async function writeTranscript(transcript: Transcript): Promise<void> {
  await writeFile(transcriptFile, `${JSON.stringify(transcript, null, 2)}\n`);
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

/** Adds a contribution to `from`, writing `to`; returns its transcript entry. */
async function contribute(spec: CircuitSpec, from: string, to: string, name: string): Promise<Contribution> {
  // snarkjs mixes this entropy with its own; 64 random bytes as text.
  const hash = (await zKey.contribute(from, to, name, randomBytes(64).toString("hex"))) as Uint8Array;
  return { circuit: spec.name, name, hash: hex(hash), date: new Date().toISOString() };
}

/** Exports every zkey's verification key, then regenerates the Solidity key contract from them. */
async function exportKeys(): Promise<void> {
  for (const spec of CIRCUITS) {
    const key = (await zKey.exportVerificationKey(keyFile(spec, "zkey"))) as SnarkjsVerificationKey;
    await writeFile(keyFile(spec, "vkey.json"), `${JSON.stringify(key, null, 2)}\n`);
  }
  await mkdir(path.dirname(solidityFile), { recursive: true });
  await writeFile(solidityFile, sealedKeysSolidity(await readCommittedKeys()));
}

async function readCommittedKeys(): Promise<{ spec: CircuitSpec; key: SnarkjsVerificationKey }[]> {
  return Promise.all(
    CIRCUITS.map(async (spec) => ({
      spec,
      key: JSON.parse(await readFile(keyFile(spec, "vkey.json"), "utf8")) as SnarkjsVerificationKey,
    })),
  );
}

function printTranscript({ powersOfTau, contributions }: Transcript): void {
  console.log(`\nPowers of Tau: ${powersOfTau.file}, sha256 ${powersOfTau.sha256}\n  ${powersOfTau.note}`);
  console.log("Phase-2 transcript (circuits/keys/transcript.json):");
  for (const { circuit, name, hash, date } of contributions) {
    console.log(`  ${date}  ${circuit.padEnd(22)} ${name}\n      ${hash}`);
  }
}

const program = new Command("circuits").description("Build, set up and check Ballotbox's circuits.");

program
  .command("compile")
  .description("compile every circuit with circom2 (--O2) into circuits/build/")
  .action(async () => {
    for (const spec of CIRCUITS) await compile(spec);
  });

program
  .command("setup")
  .description("new keys for every circuit from a Powers of Tau (power ≥ 16), with one contribution")
  .requiredOption("--ptau <file>", "the Powers of Tau file (.ptau, prepared for phase 2)")
  .option("--name <name>", "the first contribution's name", "Ballotbox development setup")
  .option(
    "--ptau-note <text>",
    "where the Powers of Tau comes from, for the transcript",
    "DEVELOPMENT ONLY: a local Powers of Tau made on one machine; whoever made it could forge proofs",
  )
  .action(async ({ ptau, name, ptauNote }: { ptau: string; name: string; ptauNote: string }) => {
    await mkdir(KEYS_DIR, { recursive: true });
    const sha256 = createHash("sha256")
      .update(await readFile(path.resolve(ptau)))
      .digest("hex");
    const transcript: Transcript = {
      powersOfTau: { file: path.basename(ptau), sha256, note: ptauNote },
      contributions: [],
    };
    for (const spec of CIRCUITS) {
      await compile(spec);
      const initial = path.join(BUILD_DIR, `${spec.name}.0.zkey`);
      await zKey.newZKey(builtFile(spec, "r1cs"), path.resolve(ptau), initial);
      transcript.contributions.push(await contribute(spec, initial, keyFile(spec, "zkey"), name));
      await rm(initial);
      await copyFile(builtFile(spec, "wasm"), keyFile(spec, "wasm"));
    }
    await writeTranscript(transcript);
    await exportKeys();
    printTranscript(transcript);
  });

program
  .command("contribute")
  .description("add a phase-2 contribution to every committed zkey and print the transcript")
  .requiredOption("--name <name>", "who contributes, as the transcript will show it")
  .action(async ({ name }: { name: string }) => {
    const transcript = await readTranscript();
    for (const spec of CIRCUITS) {
      const next = `${keyFile(spec, "zkey")}.next`;
      transcript.contributions.push(await contribute(spec, keyFile(spec, "zkey"), next, name));
      await rename(next, keyFile(spec, "zkey"));
    }
    await writeTranscript(transcript);
    await exportKeys();
    printTranscript(transcript);
    console.log(
      "\nCommit circuits/keys/ and contracts/generated/SealedVerificationKeys.sol; redeploy to use the new keys.",
    );
  });

program
  .command("check")
  .description("the committed verification keys are the zkeys', and the Solidity is what they generate")
  .option("--compile", "also recompile every circuit and compare its wasm with the committed one")
  .action(async ({ compile: recompile }: { compile?: boolean }) => {
    const problems: string[] = [];
    const committed = await readCommittedKeys();
    for (const { spec, key } of committed) {
      const fromZkey = (await zKey.exportVerificationKey(keyFile(spec, "zkey"))) as SnarkjsVerificationKey;
      if (JSON.stringify(fromZkey) !== JSON.stringify(key))
        problems.push(`${spec.name}.vkey.json is not its zkey's key`);
      if (recompile === true) {
        await compile(spec);
        const [fresh, kept] = await Promise.all([readFile(builtFile(spec, "wasm")), readFile(keyFile(spec, "wasm"))]);
        if (!fresh.equals(kept)) problems.push(`${spec.name}.wasm is not what circuits/${spec.main} compiles to`);
      }
    }
    if ((await readFile(solidityFile, "utf8")) !== sealedKeysSolidity(committed)) {
      problems.push(`${path.relative(ROOT, solidityFile)} is not what the verification keys generate`);
    }
    for (const problem of problems) console.error(problem);
    if (problems.length > 0) process.exitCode = 1;
    else console.log(`The keys of ${committed.length} circuits, their wasm and Solidity agree.`);
  });

await program.parseAsync();
// snarkjs keeps worker threads for its curve alive.
process.exit();
