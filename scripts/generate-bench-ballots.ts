/**
 * Makes the recount benchmark's data set once: real Semaphore proofs of a single-choice poll with
 * 1,000 voters, written to bench/data/ballots.json. Proving is slow (about a second a ballot), so it is
 * kept apart from the benchmark, which only verifies; everything is deterministic, so re-running it
 * gives the same voters, root, scope and messages (the proofs' random blinding differs).
 *
 *   nice -n 15 npm run bench:recount:generate [-- --count 1000]
 */
import { releaseSnarkjs } from "../lib/semaphore/snarkjs-engine.ts";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import { generateProof } from "@semaphore-protocol/proof";
import { pollScope } from "../lib/ballots/scope.ts";
import { encodeProofFile } from "../lib/proofs/proof-file.ts";
import { semaphoreArtifacts } from "../lib/semaphore/artifacts.node.ts";
import { toSolidityProof, type SolidityProof } from "../lib/semaphore/solidity-proof.ts";

const BENCH_BALLOTS_FILE = path.join(import.meta.dirname, "..", "bench", "data", "ballots.json");

// 1,000 voters fit a depth-10 tree (1,024 leaves), the cheapest circuit that holds them.
const TREE_DEPTH = 10;
const OPTION_COUNT = 4n;
// A fixed poll of a fixed (made-up) deployment, so the scope is the one a real poll would carry.
const SCOPE = pollScope({ chainId: 31337, ballotbox: "0x5FbDB2315678afecb367f032d93F642f64180aa3", pollId: 1n });

const { values } = parseArgs({ options: { count: { type: "string", default: "1000" } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > 2 ** TREE_DEPTH) {
  throw new RangeError(`--count must be an integer from 1 to ${2 ** TREE_DEPTH}`);
}

try {
  await main();
} finally {
  await releaseSnarkjs();
}

async function main(): Promise<void> {
  const voters = Array.from({ length: count }, (_, i) => new Identity(`ballotbox bench voter ${i}`));
  const group = new Group(voters.map((voter) => voter.commitment));
  const artifacts = semaphoreArtifacts(TREE_DEPTH);
  const proofs: SolidityProof[] = [];
  const start = performance.now();
  for (const [i, voter] of voters.entries()) {
    const ballot = BigInt(i) % OPTION_COUNT;
    proofs.push(toSolidityProof(await generateProof(voter, group, ballot, SCOPE, TREE_DEPTH, artifacts)));
    if ((i + 1) % 50 === 0 || i + 1 === count) {
      const seconds = (performance.now() - start) / 1000;
      console.error(`${i + 1}/${count} proofs, ${(seconds / (i + 1)).toFixed(2)} s each`);
    }
  }
  await mkdir(path.dirname(BENCH_BALLOTS_FILE), { recursive: true });
  await writeFile(BENCH_BALLOTS_FILE, JSON.stringify(encodeProofFile(proofs)) + "\n");
  console.log(`Wrote ${proofs.length} ballots to ${path.relative(process.cwd(), BENCH_BALLOTS_FILE)}`);
}
