/**
 * Makes the relayer tests' and benchmark's ballots once: real Semaphore proofs for the fixed election
 * of test/relayer/helpers/election.ts, written to test/data/relayer-ballots.json. Proving takes seconds
 * a ballot on a small machine, so tests never prove: they post these. The file is rewritten every 25
 * proofs, so an interrupted run still leaves a usable (shorter) set.
 *
 *   nice -n 15 npm run relayer:generate -- --count 1000
 */
import { releaseSnarkjs } from "../lib/semaphore/snarkjs-engine.ts";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateProof } from "@semaphore-protocol/proof";
import { pollScope } from "../lib/ballots/scope.ts";
import { encodeProofFile } from "../lib/proofs/proof-file.ts";
import { semaphoreArtifacts } from "../lib/semaphore/artifacts.node.ts";
import { toSolidityProof, type SolidityProof } from "../lib/semaphore/solidity-proof.ts";
import {
  BALLOTBOX,
  BALLOTS_FILE,
  CHAIN_ID,
  CLOSED_POLL,
  OPEN_POLL,
  choiceOf,
  roll,
  voter,
} from "../test/relayer/helpers/election.ts";

const { values } = parseArgs({ options: { count: { type: "string", default: "100" } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > OPEN_POLL.rollSize) {
  throw new RangeError(`--count must be an integer from 1 to ${OPEN_POLL.rollSize}`);
}

try {
  await main();
} finally {
  await releaseSnarkjs();
}

async function main(): Promise<void> {
  const closed: SolidityProof[] = [];
  const closedRoll = roll(CLOSED_POLL.rollSize);
  const closedScope = pollScope({ chainId: CHAIN_ID, ballotbox: BALLOTBOX, pollId: CLOSED_POLL.pollId });
  for (let i = 0; i < CLOSED_POLL.rollSize; i++) {
    const proof = await generateProof(
      voter(i),
      closedRoll,
      BigInt(i % CLOSED_POLL.optionCount),
      closedScope,
      CLOSED_POLL.depth,
      semaphoreArtifacts(CLOSED_POLL.depth),
    );
    closed.push(toSolidityProof(proof));
  }

  const openRoll = roll(OPEN_POLL.rollSize);
  const openScope = pollScope({ chainId: CHAIN_ID, ballotbox: BALLOTBOX, pollId: OPEN_POLL.pollId });
  const open: SolidityProof[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const proof = await generateProof(
      voter(i),
      openRoll,
      choiceOf(i),
      openScope,
      OPEN_POLL.depth,
      semaphoreArtifacts(OPEN_POLL.depth),
    );
    open.push(toSolidityProof(proof));
    if ((i + 1) % 25 === 0 || i + 1 === count) {
      await save(open, closed);
      const seconds = (performance.now() - start) / 1000;
      console.error(`${i + 1}/${count} proofs, ${(seconds / (i + 1)).toFixed(2)} s each`);
    }
  }
  console.log(`Wrote ${open.length} + ${closed.length} ballots to ${path.relative(process.cwd(), BALLOTS_FILE)}`);
}

async function save(open: SolidityProof[], closed: SolidityProof[]): Promise<void> {
  await mkdir(path.dirname(BALLOTS_FILE), { recursive: true });
  const body = JSON.stringify({ open: encodeProofFile(open), closed: encodeProofFile(closed) });
  // Write then rename, so a reader never sees half a file.
  await writeFile(`${BALLOTS_FILE}.tmp`, body + "\n");
  const { rename } = await import("node:fs/promises");
  await rename(`${BALLOTS_FILE}.tmp`, BALLOTS_FILE);
}
