/**
 * Makes the gas benchmark's and the batch tests' ballots once: real Semaphore proofs for the fixed
 * election of test/helpers/batch-election.ts, written to test/data/batch-ballots.json. Proving takes
 * about a second a ballot; the tests and `npm run bench:gas` only read the file. Re-running gives the
 * same voters, roots, scopes and ballots (the proofs' random blinding differs).
 *
 *   nice -n 15 node scripts/generate-batch-ballots.ts
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateProof } from "@semaphore-protocol/proof";
import { encodeProofFile } from "../lib/proofs/proof-file.ts";
import { semaphoreArtifacts } from "../lib/semaphore/artifacts.node.ts";
import { releaseSnarkjs } from "../lib/semaphore/snarkjs-engine.ts";
import { toSolidityProof, type SolidityProof } from "../lib/semaphore/solidity-proof.ts";
import {
  APPROVAL_POLL,
  APPROVAL_ROLL_SIZE,
  BATCH_BALLOTS_FILE,
  DEPTH10_BALLOTS,
  OTHER_DEPTHS,
  SINGLE_POLL,
  approvalBallot,
  approvalRoll,
  electionVoter,
  scopeOf,
  singleBallot,
  singleRoll,
} from "../test/helpers/batch-election.ts";

try {
  await main();
} finally {
  await releaseSnarkjs();
}

async function main(): Promise<void> {
  const plan: { voter: number; depth: number; poll: "single" | "approval" }[] = [
    ...Array.from({ length: DEPTH10_BALLOTS }, (_, voter) => ({ voter, depth: 10, poll: "single" as const })),
  ];
  let voter = DEPTH10_BALLOTS;
  for (const [depth, count] of OTHER_DEPTHS) {
    for (let i = 0; i < count; i++) plan.push({ voter: voter++, depth, poll: "single" });
  }
  for (let i = 0; i < APPROVAL_ROLL_SIZE; i++) plan.push({ voter: i, depth: 10, poll: "approval" });

  const rolls = { single: singleRoll(), approval: approvalRoll() };
  const scopes = { single: scopeOf(SINGLE_POLL), approval: scopeOf(APPROVAL_POLL) };
  const ballots = { single: singleBallot, approval: approvalBallot };
  const proofs: SolidityProof[] = [];
  const start = performance.now();
  for (const { voter, depth, poll } of plan) {
    const proof = await generateProof(
      electionVoter(voter),
      rolls[poll],
      ballots[poll](voter),
      scopes[poll],
      depth,
      semaphoreArtifacts(depth),
    );
    proofs.push(toSolidityProof(proof));
    if (proofs.length % 25 === 0) {
      const seconds = (performance.now() - start) / 1000;
      console.error(`${proofs.length}/${plan.length} proofs, ${(seconds / proofs.length).toFixed(2)} s each`);
    }
  }
  await mkdir(path.dirname(BATCH_BALLOTS_FILE), { recursive: true });
  // Write then rename, so that a reader never sees half a file.
  await writeFile(`${BATCH_BALLOTS_FILE}.tmp`, `${JSON.stringify(encodeProofFile(proofs))}\n`);
  await rename(`${BATCH_BALLOTS_FILE}.tmp`, BATCH_BALLOTS_FILE);
  console.log(`Wrote ${proofs.length} ballots to ${path.relative(process.cwd(), BATCH_BALLOTS_FILE)}`);
}
