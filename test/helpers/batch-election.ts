/**
 * The fixed election of the gas benchmark and the batch tests, and its stored ballots. Everything a
 * ballot's proof depends on is fixed: the chain (Hardhat's in-process 31337), Ballotbox's address (the
 * first Ignition deployment of a fresh network: account #0 at nonce 3), the poll ids, the voters and
 * their ballots. So the real proofs in test/data/batch-ballots.json, made once by
 * scripts/generate-batch-ballots.ts, verify on every fresh in-process network, and neither the tests
 * nor `npm run bench:gas` prove anything.
 *
 *  - Poll 1, single choice over SINGLE_OPTIONS: a roll of ROLL_SIZE voters (electionVoter(0..)), in
 *    order. Ballots of voters 0..DEPTH10_BALLOTS-1 at tree depth 10, then OTHER_DEPTHS for mixed batches.
 *  - Poll 2, approval over APPROVAL_OPTIONS: the first APPROVAL_ROLL_SIZE voters.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Group } from "@semaphore-protocol/group";
import type { NetworkConnection } from "hardhat/types/network";
import type { Address } from "viem";
import BallotboxModule from "../../ignition/modules/Ballotbox.ts";
import { pollScope } from "../../lib/ballots/scope.ts";
import { LOCAL_CHAIN_ID } from "../../lib/chain/local-chain.ts";
import { decodeProofFile } from "../../lib/proofs/proof-file.ts";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";
import { SINGLE_OPTIONS, benchVoter, singleChoiceBallot } from "../../scripts/ballot-gas.ts";
import { APPROVAL, HOUR, SINGLE_CHOICE } from "./fixtures.ts";

export { SINGLE_OPTIONS };
export const APPROVAL_OPTIONS = ["Library", "Park", "Bike lanes", "Pool", "Market"];

/** Ballotbox's address on a fresh in-process network, deployed first by account #0 (nonce 3). */
export const BALLOTBOX: Address = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9";
export const CHAIN_ID = LOCAL_CHAIN_ID;
export const SINGLE_POLL = 1n;
export const APPROVAL_POLL = 2n;

/** Depth-10 ballots stored: more than the largest batch that fits 30M gas (about 340). */
export const DEPTH10_BALLOTS = 400;
/** Ballots at other depths, by the voters after the depth-10 ones: [depth, how many]. */
export const OTHER_DEPTHS: readonly (readonly [depth: number, count: number])[] = [
  [16, 4],
  [20, 4],
];
export const ROLL_SIZE = DEPTH10_BALLOTS + OTHER_DEPTHS.reduce((sum, [, count]) => sum + count, 0);
export const APPROVAL_ROLL_SIZE = 20;

export const BATCH_BALLOTS_FILE = path.join(import.meta.dirname, "..", "data", "batch-ballots.json");

/** Voter i of the fixed electorate (the benchmark's voters, so that its numbers stay comparable). */
export const electionVoter = benchVoter;

/** Poll 1's roll: voters 0..ROLL_SIZE-1 in the order they are added. */
export function singleRoll(): Group {
  return new Group(Array.from({ length: ROLL_SIZE }, (_, i) => electionVoter(i).commitment));
}

/** Poll 2's roll. */
export function approvalRoll(): Group {
  return new Group(Array.from({ length: APPROVAL_ROLL_SIZE }, (_, i) => electionVoter(i).commitment));
}

/** Voter i's ballot in poll 1 (cycles through the options, see singleChoiceBallot). */
export const singleBallot = singleChoiceBallot;

/**
 * The last depth-10 voters, one per option: their ballots warm the tally up before batches are
 * measured (see scripts/ballot-gas.ts), so measured batches use the voters before them.
 */
export const WARM_UP_VOTERS = Array.from({ length: SINGLE_OPTIONS.length }, (_, i) => DEPTH10_BALLOTS - 1 - i);
if (new Set(WARM_UP_VOTERS.map(singleChoiceBallot)).size !== SINGLE_OPTIONS.length) {
  throw new Error("The warm-up voters do not cover every option");
}

/** Voter i's approval ballot in poll 2: masks of 1 to 5 bits. */
export function approvalBallot(i: number): bigint {
  return BigInt(((i * 11) % 31) + 1);
}

export function scopeOf(pollId: bigint): bigint {
  return pollScope({ chainId: CHAIN_ID, ballotbox: BALLOTBOX, pollId });
}

export interface BatchBallots {
  /** Poll 1, depth 10, voter i's ballot at index i. */
  single: SolidityProof[];
  /** Poll 1, the voters after `single`'s, at the depths of OTHER_DEPTHS in order. */
  otherDepths: SolidityProof[];
  /** Poll 2, voter i's approval ballot at index i. */
  approval: SolidityProof[];
}

/** The stored ballots, checked against the election they were made for. */
export async function loadBatchBallots(): Promise<BatchBallots> {
  const proofs = decodeProofFile(JSON.parse(await readFile(BATCH_BALLOTS_FILE, "utf8")));
  const otherCount = ROLL_SIZE - DEPTH10_BALLOTS;
  const single = proofs.slice(0, DEPTH10_BALLOTS);
  const otherDepths = proofs.slice(DEPTH10_BALLOTS, DEPTH10_BALLOTS + otherCount);
  const approval = proofs.slice(DEPTH10_BALLOTS + otherCount);
  const singleScope = scopeOf(SINGLE_POLL);
  if (
    single.length !== DEPTH10_BALLOTS ||
    otherDepths.length !== otherCount ||
    approval.length !== APPROVAL_ROLL_SIZE ||
    ![...single, ...otherDepths].every((proof) => proof.scope === singleScope) ||
    !approval.every((proof) => proof.scope === scopeOf(APPROVAL_POLL))
  ) {
    throw new Error(
      `${path.relative(process.cwd(), BATCH_BALLOTS_FILE)} does not hold this election's ballots: ` +
        "run `nice -n 15 node scripts/generate-batch-ballots.ts`",
    );
  }
  return { single, otherDepths, approval };
}

/** Voters per addVoters call when the roll is built (well under a transaction's gas cap). */
const ADD_VOTERS_CHUNK = 100;

/**
 * Deploys Ballotbox on a fresh connection and opens the election: both polls created, their rolls
 * added, the clock moved to the start of voting. The first deployment of the connection, so that
 * Ballotbox lands at BALLOTBOX (checked, with the rolls' roots, so a stale ballot file fails clearly).
 * For tests (`loadFixture`); the benchmark builds the same election while measuring each step.
 */
export async function openBatchElection(connection: NetworkConnection) {
  const { viem, networkHelpers } = connection;
  const { ballotbox, semaphoreVerifier } = await connection.ignition.deploy(BallotboxModule);
  if (ballotbox.address !== BALLOTBOX) {
    throw new Error(`Ballotbox is at ${ballotbox.address}, not ${BALLOTBOX}: deploy it first on a fresh network`);
  }
  const startTime = BigInt(await networkHelpers.time.latest()) + HOUR;
  const endTime = startTime + 24n * HOUR;
  await ballotbox.write.createPoll(["Colour?", SINGLE_OPTIONS, SINGLE_CHOICE, Number(startTime), Number(endTime)]);
  await ballotbox.write.createPoll(["Fund which?", APPROVAL_OPTIONS, APPROVAL, Number(startTime), Number(endTime)]);
  const roll = singleRoll();
  for (let i = 0; i < ROLL_SIZE; i += ADD_VOTERS_CHUNK) {
    await ballotbox.write.addVoters([SINGLE_POLL, roll.members.slice(i, i + ADD_VOTERS_CHUNK)]);
  }
  await ballotbox.write.addVoters([APPROVAL_POLL, approvalRoll().members]);
  if (
    (await ballotbox.read.getMerkleRoot([SINGLE_POLL])) !== roll.root ||
    (await ballotbox.read.getMerkleRoot([APPROVAL_POLL])) !== approvalRoll().root
  ) {
    throw new Error("The rolls on chain are not the election's");
  }
  await networkHelpers.time.increaseTo(startTime);
  const publicClient = await viem.getPublicClient();
  return { ballotbox, semaphoreVerifier, publicClient, startTime, endTime };
}
