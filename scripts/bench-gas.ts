/**
 * Gas benchmark of Ballotbox with real Semaphore proofs, on Hardhat's in-process network.
 * Writes bench/results/gas.json and bench/results/gas.md and prints the table.
 *
 *   npm run bench:gas
 *
 * How ballots are measured (whole-transaction gasUsed from receipts) is scripts/ballot-gas.ts, shared
 * with the gas budget test that `npm test` runs against gas.json.
 */
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Group } from "@semaphore-protocol/group";
import { network } from "hardhat";
import type { Hash } from "viem";
import BallotboxModule from "../ignition/modules/Ballotbox.ts";
import { AddressTree } from "../lib/registration/address-tree.ts";
import { signRegistration } from "../lib/registration/invite-signature.ts";
import type { SolidityProof } from "../lib/semaphore/solidity-proof.ts";
import { APPROVAL, HOUR, SINGLE_CHOICE, invites } from "../test/helpers/fixtures.ts";
import { releaseSnarkjs } from "../lib/semaphore/snarkjs-engine.ts";
import { proveBallot } from "../test/helpers/proofs.ts";
import {
  SINGLE_OPTIONS,
  benchVoter,
  castEachAlone,
  castInBatches,
  gasOf,
  singleChoiceBallot,
  stat,
  type Stat,
} from "./ballot-gas.ts";

/** Single-choice ballots per mode, and the size of the bulk addVoters. */
const BALLOTS = 100;
const APPROVAL_BALLOTS = 20;
const BATCH_SIZES = [10, 50] as const;
const APPROVAL_OPTIONS = ["Library", "Park", "Bike lanes", "Pool", "Market"];
const SINGLE_POLL = 1n;
const APPROVAL_POLL = 2n;
// The target a single ballot should meet, and what Semaphore's docs give for validateProof.
const TARGET = 300_000;
const SEMAPHORE_DOCUMENTED = 285_000;

const connection = await network.create();
const { viem, networkHelpers } = connection;
const publicClient = await viem.getPublicClient();

try {
  await main();
} finally {
  // snarkjs keeps worker threads alive; without this the process never exits.
  await releaseSnarkjs();
}

async function main(): Promise<void> {
  const { ballotbox, semaphore } = await connection.ignition.deploy(BallotboxModule);
  const [, relayer, allowlisted] = await viem.getWalletClients();
  const [invite] = invites;
  if (relayer === undefined || allowlisted === undefined || invite === undefined) {
    throw new Error("The in-process network has fewer than 3 accounts, or no invite key");
  }
  const as = (wallet: typeof relayer) => viem.getContractAt("Ballotbox", ballotbox.address, { client: { wallet } });

  // Deterministic identities: the roll, its root and so the proofs are the same on every run.
  // The first BALLOTS are added in bulk; the last three by addVoter, invite and allowlist.
  const identities = Array.from({ length: BALLOTS + 3 }, (_, i) => benchVoter(i));
  const commitments = identities.map((identity) => identity.commitment);
  const [loneVoter, invitedVoter, allowlistedVoter] = commitments.slice(BALLOTS);
  if (loneVoter === undefined || invitedVoter === undefined || allowlistedVoter === undefined) fail();

  const startTime = BigInt(await networkHelpers.time.latest()) + HOUR;
  // A day of voting leaves room for every mode's blocks (one second each) after the snapshot.
  const endTime = startTime + 24n * HOUR;
  const createPoll = await gas(
    ballotbox.write.createPoll([
      "Favourite colour?",
      SINGLE_OPTIONS,
      SINGLE_CHOICE,
      Number(startTime),
      Number(endTime),
    ]),
  );
  await gas(
    ballotbox.write.createPoll(["Fund which?", APPROVAL_OPTIONS, APPROVAL, Number(startTime), Number(endTime)]),
  );

  const addVoters100 = await gas(ballotbox.write.addVoters([SINGLE_POLL, commitments.slice(0, BALLOTS)]));
  const addVoter = await gas(ballotbox.write.addVoter([SINGLE_POLL, loneVoter]));

  const inviteTree = new AddressTree(invites.map((account) => account.address));
  const setInviteRoot = await gas(ballotbox.write.setInviteRoot([SINGLE_POLL, inviteTree.root]));
  const chainId = await publicClient.getChainId();
  const signature = await signRegistration(
    invite,
    { chainId, ballotbox: ballotbox.address },
    SINGLE_POLL,
    invitedVoter,
  );
  const registerWithInvite = await gas(
    (await as(relayer)).write.registerWithInvite([
      SINGLE_POLL,
      invitedVoter,
      invite.address,
      inviteTree.proof(invite.address),
      signature,
    ]),
  );

  const allowlist = new AddressTree([allowlisted.account.address]);
  await gas(ballotbox.write.setAllowlistRoot([SINGLE_POLL, allowlist.root]));
  const registerFromAllowlist = await gas(
    (await as(allowlisted)).write.registerFromAllowlist([
      SINGLE_POLL,
      allowlistedVoter,
      allowlist.proof(allowlisted.account.address),
    ]),
  );

  await gas(ballotbox.write.addVoters([APPROVAL_POLL, commitments.slice(0, APPROVAL_BALLOTS)]));

  // Groups in on-chain insertion order; checking the roots first saves minutes of useless proving.
  const singleGroup = new Group(commitments);
  const approvalGroup = new Group(commitments.slice(0, APPROVAL_BALLOTS));
  assert.equal(await ballotbox.read.getMerkleRoot([SINGLE_POLL]), singleGroup.root);
  assert.equal(await ballotbox.read.getMerkleRoot([APPROVAL_POLL]), approvalGroup.root);

  // Mixed ballots: single choice cycles through every option, approval masks set 1 to 5 bits.
  const singleBallots = Array.from({ length: BALLOTS }, (_, i) => singleChoiceBallot(i));
  const approvalBallots = Array.from({ length: APPROVAL_BALLOTS }, (_, i) => BigInt(((i * 11) % 31) + 1));
  const singleScope = await ballotbox.read.pollScope([SINGLE_POLL]);
  const approvalScope = await ballotbox.read.pollScope([APPROVAL_POLL]);
  console.log(`Proving ${BALLOTS + APPROVAL_BALLOTS} ballots, about a second each...`);
  // One at a time: snarkjs already spreads each proof over the cores.
  const singleProofs: SolidityProof[] = [];
  for (const [i, ballot] of singleBallots.entries()) {
    singleProofs.push(await proveBallot(identities[i] ?? fail(), singleGroup, ballot, singleScope));
  }
  const approvalProofs: SolidityProof[] = [];
  for (const [i, ballot] of approvalBallots.entries()) {
    approvalProofs.push(await proveBallot(identities[i] ?? fail(), approvalGroup, ballot, approvalScope));
  }

  // Every mode starts from this snapshot: same scope and root, nullifiers unspent, tallies empty.
  // So the same proofs replay, and the modes are compared on identical state.
  await networkHelpers.time.increaseTo(startTime);
  const votingOpens = await networkHelpers.takeSnapshot();
  // castVotes skips bad ballots instead of reverting: the tally proves that every one was counted.
  const expectedTally = SINGLE_OPTIONS.map((_, option) =>
    BigInt(singleBallots.filter((b) => b === BigInt(option)).length),
  );
  const expectAllCounted = async () => {
    assert.deepEqual(await ballotbox.read.getTally([SINGLE_POLL]), expectedTally);
  };

  console.log("Casting ballots one per transaction...");
  const single = await castEachAlone(publicClient, ballotbox, SINGLE_POLL, singleProofs);
  await expectAllCounted();
  const approvalSingle = await castEachAlone(publicClient, ballotbox, APPROVAL_POLL, approvalProofs);
  assert.equal(await ballotbox.read.getBallotCount([APPROVAL_POLL]), BigInt(APPROVAL_BALLOTS));

  const batches = new Map<number, number[]>();
  for (const size of BATCH_SIZES) {
    console.log(`Casting ballots in batches of ${size}...`);
    await votingOpens.restore();
    batches.set(size, await castInBatches(publicClient, ballotbox, SINGLE_POLL, singleProofs, size));
    await expectAllCounted();
  }

  // A reference, not a Ballotbox operation: Semaphore alone on the same proofs and state, so the
  // difference with castVote is exactly what Ballotbox adds.
  await votingOpens.restore();
  const groupId = await ballotbox.read.getGroupId([SINGLE_POLL]);
  const validateProof: number[] = [];
  for (const proof of singleProofs) validateProof.push(await gas(semaphore.write.validateProof([groupId, proof])));

  const results = {
    single: stat(single),
    batch10: stat(batches.get(10) ?? fail()),
    batch50: stat(batches.get(50) ?? fail()),
    approvalSingle: stat(approvalSingle),
    createPoll,
    addVoter,
    addVotersPerVoter: Math.round(addVoters100 / BALLOTS),
    addVoters100,
    registerWithInvite,
    registerFromAllowlist,
    setInviteRoot,
    ballots: BALLOTS,
  };
  const semaphoreAlone = stat(validateProof);
  const hardfork = connection.networkConfig.type === "edr-simulated" ? connection.networkConfig.hardfork : "unknown";
  const n = (value: number) => value.toLocaleString("en-US");
  const once = (operation: string, gas: number) => [operation, n(gas), "—"];
  const over = (operation: string, { median, max }: Stat) => [operation, n(median), n(max)];
  const rows = [
    ["Operation", "Median gas", "Max gas"],
    once(`createPoll (single choice, ${SINGLE_OPTIONS.length} options)`, createPoll),
    once(`addVoter (one voter, roll of ${BALLOTS})`, addVoter),
    once(`addVoters (${BALLOTS} voters, whole transaction)`, addVoters100),
    once("addVoters (per voter)", results.addVotersPerVoter),
    once("setInviteRoot (first root)", setInviteRoot),
    once("registerWithInvite (through a relayer)", registerWithInvite),
    once("registerFromAllowlist", registerFromAllowlist),
    over(`castVote, single choice (${BALLOTS} ballots)`, results.single),
    over("castVotes, batch of 10 (per ballot)", results.batch10),
    over("castVotes, batch of 50 (per ballot)", results.batch50),
    over(`castVote, approval (${APPROVAL_BALLOTS} ballots)`, results.approvalSingle),
    over("Reference: Semaphore validateProof alone, same proofs", semaphoreAlone),
  ];
  const { median } = results.single;
  const verdict = median <= TARGET ? `${n(TARGET - median)} under` : `${n(median - TARGET)} over`;
  const markdown = [
    "# Ballotbox gas",
    "",
    `Whole-transaction gasUsed from receipts (intrinsic gas and calldata included) on Hardhat's in-process network ` +
      `(hardfork ${hardfork}), with real Semaphore v4 proofs (tree depth 10) and a roll of ${commitments.length} voters. ` +
      "Written by `npm run bench:gas`; batch rows divide each transaction's gas by its ballots.",
    "",
    table(rows),
    "",
    `Single-ballot median: ${n(median)} gas, ${verdict} the ${n(TARGET)} target; Semaphore's validateProof ` +
      `(~${n(SEMAPHORE_DOCUMENTED)} documented) measured ${n(semaphoreAlone.median)} alone on the same proofs, ` +
      `so Ballotbox adds ${n(median - semaphoreAlone.median)}.`,
    "",
  ].join("\n");

  const dir = path.resolve(import.meta.dirname, "../bench/results");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "gas.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(dir, "gas.md"), markdown);
  console.log(`\n${markdown}\nWrote ${path.relative(process.cwd(), dir)}/gas.json and gas.md`);
}

/** A transaction's whole gasUsed on this network. */
function gas(write: Promise<Hash>): Promise<number> {
  return gasOf(publicClient, write);
}

/** A Markdown table with padded columns (numbers right-aligned), readable as plain text too. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  const pad = (cell: string, i: number) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0));
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(" | ")} |`;
  const rule = widths.map((width, i) => (i === 0 ? "-".repeat(width) : `${"-".repeat(width - 1)}:`));
  const [header = [], ...body] = rows;
  return [line(header), line(rule), ...body.map(line)].join("\n");
}

/** For indexes that cannot be out of range; noUncheckedIndexedAccess cannot know that. */
function fail(): never {
  throw new Error("Unreachable: index out of range");
}
