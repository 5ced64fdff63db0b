/**
 * Gas benchmark of Ballotbox with real Semaphore proofs, on Hardhat's in-process network.
 * Writes bench/results/gas.json and bench/results/gas.md and prints the table.
 *
 *   npm run bench:gas
 *
 * The ballots are the stored real proofs of test/helpers/batch-election.ts (made once by
 * scripts/generate-batch-ballots.ts), so nothing is proved here. How ballots are measured
 * (whole-transaction gasUsed from receipts, batches in the steady state) is scripts/ballot-gas.ts,
 * shared with the gas budget test that `npm test` runs against gas.json.
 */
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { network } from "hardhat";
import type { NetworkConnection } from "hardhat/types/network";
import type { Hash } from "viem";
import BallotboxModule from "../ignition/modules/Ballotbox.ts";
import { AddressTree } from "../lib/registration/address-tree.ts";
import { signRegistration } from "../lib/registration/invite-signature.ts";
import {
  APPROVAL_OPTIONS,
  APPROVAL_POLL,
  APPROVAL_ROLL_SIZE,
  BALLOTBOX,
  ROLL_SIZE,
  SINGLE_POLL,
  WARM_UP_VOTERS,
  approvalRoll,
  loadBatchBallots,
  openBatchElection,
  singleBallot,
  singleRoll,
} from "../test/helpers/batch-election.ts";
import { APPROVAL, HOUR, SINGLE_CHOICE, invites } from "../test/helpers/fixtures.ts";
import { SINGLE_OPTIONS, castEachAlone, castInBatches, gasOf, largestBatch, stat, type Stat } from "./ballot-gas.ts";

/** Single-choice ballots per mode; the first BULK_VOTERS voters are added in one addVoters. */
const BALLOTS = 100;
const BULK_VOTERS = 100;
const BATCH_SIZES = [10, 50] as const;
/** The block gas limit the largest batch must fit (the figure, and Ethereum's until 2025). */
const BLOCK_GAS_LIMIT = 30_000_000n;
/** Osaka's cap on one transaction's gas (EIP-7825), which the in-process network enforces. */
const TRANSACTION_GAS_CAP = 16_777_216n;
// Issue 11's targets, and what Semaphore's docs give for validateProof.
const TARGETS = { single: 280_000, batch10: 130_000, batch50: 90_000 };
const SEMAPHORE_DOCUMENTED = 285_000;

const connection = await network.create();
/** The same chain with a 30M-gas block and no per-transaction cap, for the largest batch. */
const fullBlock = await network.create({ override: { blockGasLimit: BLOCK_GAS_LIMIT, transactionGasCap: false } });
const { viem, networkHelpers } = connection;
const publicClient = await viem.getPublicClient();

const n = (value: number) => value.toLocaleString("en-US");

await main();

async function main(): Promise<void> {
  const ballots = await loadBatchBallots();
  const { ballotbox, semaphore } = await connection.ignition.deploy(BallotboxModule);
  assert.equal(ballotbox.address, BALLOTBOX, "Ballotbox must be the network's first deployment");
  const [, relayer, allowlisted] = await viem.getWalletClients();
  const [invite] = invites;
  if (relayer === undefined || allowlisted === undefined || invite === undefined) {
    throw new Error("The in-process network has fewer than 3 accounts, or no invite key");
  }
  const as = (wallet: typeof relayer) => viem.getContractAt("Ballotbox", ballotbox.address, { client: { wallet } });

  // The election of batch-election.ts, built while measuring each step: poll 1's first voters in
  // bulk, the next three by addVoter, invite and allowlist, the rest in bulk (not measured).
  const commitments = singleRoll().members;
  const [loneVoter, invitedVoter, allowlistedVoter] = commitments.slice(BULK_VOTERS, BULK_VOTERS + 3);
  if (loneVoter === undefined || invitedVoter === undefined || allowlistedVoter === undefined) fail();
  const startTime = BigInt(await networkHelpers.time.latest()) + HOUR;
  const endTime = startTime + 24n * HOUR;
  const createPoll = await gas(
    ballotbox.write.createPoll(["Colour?", SINGLE_OPTIONS, SINGLE_CHOICE, Number(startTime), Number(endTime)]),
  );
  await gas(
    ballotbox.write.createPoll(["Fund which?", APPROVAL_OPTIONS, APPROVAL, Number(startTime), Number(endTime)]),
  );

  const addVoters100 = await gas(ballotbox.write.addVoters([SINGLE_POLL, commitments.slice(0, BULK_VOTERS)]));
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
  for (let i = BULK_VOTERS + 3; i < ROLL_SIZE; i += BULK_VOTERS) {
    await gas(ballotbox.write.addVoters([SINGLE_POLL, commitments.slice(i, i + BULK_VOTERS)]));
  }
  await gas(ballotbox.write.addVoters([APPROVAL_POLL, approvalRoll().members]));
  assert.equal(await ballotbox.read.getMerkleRoot([SINGLE_POLL]), singleRoll().root);
  assert.equal(await ballotbox.read.getMerkleRoot([APPROVAL_POLL]), approvalRoll().root);

  // Every mode starts from this snapshot: same scope and root, nullifiers unspent, tallies empty.
  // So the same proofs replay, and the modes are compared on identical state.
  await networkHelpers.time.increaseTo(startTime);
  const votingOpens = await networkHelpers.takeSnapshot();
  const measured = ballots.single.slice(0, BALLOTS);
  const warmUp = WARM_UP_VOTERS.map((voter) => ballots.single[voter] ?? fail());
  // castVotes skips bad ballots instead of reverting: the tally proves that every one was counted.
  const expectAllCounted = async () => {
    const expected = SINGLE_OPTIONS.map((_, option) =>
      BigInt(measured.filter((_, voter) => singleBallot(voter) === BigInt(option)).length + 1),
    );
    assert.deepEqual(await ballotbox.read.getTally([SINGLE_POLL]), expected);
  };

  console.log("Casting ballots one per transaction...");
  await castEachAlone(publicClient, ballotbox, SINGLE_POLL, warmUp);
  const single = await castEachAlone(publicClient, ballotbox, SINGLE_POLL, measured);
  await expectAllCounted();
  const approvalSingle = await castEachAlone(publicClient, ballotbox, APPROVAL_POLL, ballots.approval);
  assert.equal(await ballotbox.read.getBallotCount([APPROVAL_POLL]), BigInt(APPROVAL_ROLL_SIZE));

  const batches = new Map<number, number[]>();
  for (const size of BATCH_SIZES) {
    console.log(`Casting ballots in batches of ${size}...`);
    await votingOpens.restore();
    await castEachAlone(publicClient, ballotbox, SINGLE_POLL, warmUp);
    batches.set(size, await castInBatches(publicClient, ballotbox, SINGLE_POLL, measured, size));
    await expectAllCounted();
  }

  console.log(`Finding the largest batch under the ${n(Number(TRANSACTION_GAS_CAP))}-gas transaction cap...`);
  await votingOpens.restore();
  await castEachAlone(publicClient, ballotbox, SINGLE_POLL, warmUp);
  const castable = ballots.single.slice(0, Math.min(...WARM_UP_VOTERS));
  const batchTxCap = await largestOf(connection, ballotbox, castable, TRANSACTION_GAS_CAP);

  console.log(`Finding the largest batch in a ${n(Number(BLOCK_GAS_LIMIT))}-gas block...`);
  const election = await openBatchElection(fullBlock);
  await castEachAlone(await fullBlock.viem.getPublicClient(), election.ballotbox, SINGLE_POLL, warmUp);
  const batchMax = await largestOf(fullBlock, election.ballotbox, castable, BLOCK_GAS_LIMIT);

  // A reference, not a Ballotbox operation: Semaphore alone on the same proofs and state, so the
  // difference with castVote is exactly what Ballotbox adds.
  await votingOpens.restore();
  const groupId = await ballotbox.read.getGroupId([SINGLE_POLL]);
  const validateProof: number[] = [];
  for (const proof of measured) validateProof.push(await gas(semaphore.write.validateProof([groupId, proof])));

  const results = {
    single: stat(single),
    batch10: stat(batches.get(10) ?? fail()),
    batch50: stat(batches.get(50) ?? fail()),
    batchMax: { size: batchMax.size, ...batchMax.perBallot, blockGasLimit: Number(BLOCK_GAS_LIMIT) },
    batchTxCap: { size: batchTxCap.size, ...batchTxCap.perBallot, transactionGasCap: Number(TRANSACTION_GAS_CAP) },
    approvalSingle: stat(approvalSingle),
    createPoll,
    addVoter,
    addVotersPerVoter: Math.round(addVoters100 / BULK_VOTERS),
    addVoters100,
    registerWithInvite,
    registerFromAllowlist,
    setInviteRoot,
    ballots: BALLOTS,
  };
  const semaphoreAlone = stat(validateProof);
  const hardfork = connection.networkConfig.type === "edr-simulated" ? connection.networkConfig.hardfork : "unknown";
  const once = (operation: string, gas: number) => [operation, n(gas), "—", "—"];
  const over = (operation: string, { median, max }: Stat, target?: number) => [
    operation,
    n(median),
    n(max),
    target === undefined ? "—" : `≤ ${n(target)} ${median <= target ? "✓" : "✗"}`,
  ];
  const rows = [
    ["Operation", "Median gas", "Max gas", "Target"],
    once(`createPoll (single choice, ${SINGLE_OPTIONS.length} options)`, createPoll),
    once(`addVoter (one voter, roll of ${BULK_VOTERS})`, addVoter),
    once(`addVoters (${BULK_VOTERS} voters, whole transaction)`, addVoters100),
    once("addVoters (per voter)", results.addVotersPerVoter),
    once("setInviteRoot (first root)", setInviteRoot),
    once("registerWithInvite (through a relayer)", registerWithInvite),
    once("registerFromAllowlist", registerFromAllowlist),
    over(`castVote, single choice (${BALLOTS} ballots)`, results.single, TARGETS.single),
    over("castVotes, batch of 10 (per ballot)", results.batch10, TARGETS.batch10),
    over("castVotes, batch of 50 (per ballot)", results.batch50, TARGETS.batch50),
    over(
      `castVotes, batch of ${batchTxCap.size}: largest under the 2^24 transaction cap (per ballot)`,
      batchTxCap.perBallot,
    ),
    over(`castVotes, batch of ${batchMax.size}: largest in a 30M-gas block (per ballot)`, batchMax.perBallot),
    over(`castVote, approval (${APPROVAL_ROLL_SIZE} ballots)`, results.approvalSingle),
    over("Reference: Semaphore validateProof alone, same proofs", semaphoreAlone),
  ];
  const markdown = [
    "# Ballotbox gas",
    "",
    `Whole-transaction gasUsed from receipts (intrinsic gas and calldata included) on Hardhat's in-process network ` +
      `(hardfork ${hardfork}), with real Semaphore v4 proofs (tree depth 10, stored in test/data/batch-ballots.json) ` +
      `and a roll of ${n(ROLL_SIZE)} voters. Written by \`npm run bench:gas\`. Batch rows divide each transaction's ` +
      "gas by its ballots, measured after one ballot per option (the tally's slots already non-zero, as for all but a " +
      "poll's first ballots). Batches are verified together (docs/batch-verification.md); one ballot alone keeps " +
      "Semaphore's verifier. The 30M-gas batch is measured on the same chain without Osaka's per-transaction cap " +
      `(EIP-7825, ${n(Number(TRANSACTION_GAS_CAP))} gas), which current Ethereum enforces.`,
    "",
    table(rows),
    "",
    `Semaphore's validateProof (~${n(SEMAPHORE_DOCUMENTED)} documented) measured ${n(semaphoreAlone.median)} alone on ` +
      `the same proofs; a single castVote adds ${n(results.single.median - semaphoreAlone.median)} to it.`,
    "",
  ].join("\n");

  const dir = path.resolve(import.meta.dirname, "../bench/results");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "gas.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(dir, "gas.md"), markdown);
  console.log(`\n${markdown}\nWrote ${path.relative(process.cwd(), dir)}/gas.json and gas.md`);
}

/** The largest batch that fits `gasLimit` on this connection's current state, cast and measured. */
async function largestOf(
  on: NetworkConnection,
  ballotbox: Awaited<ReturnType<typeof openBatchElection>>["ballotbox"],
  proofs: Parameters<typeof largestBatch>[2],
  gasLimit: bigint,
): Promise<{ size: number; perBallot: Stat }> {
  const size = await largestBatch(ballotbox, SINGLE_POLL, proofs, gasLimit);
  const client = await on.viem.getPublicClient();
  const [perBallot] = await castInBatches(client, ballotbox, SINGLE_POLL, proofs.slice(0, size), size, gasLimit);
  if (perBallot === undefined) fail();
  console.log(`  ${size} ballots, ${n(Math.round(perBallot))} gas each`);
  return { size, perBallot: stat([perBallot]) };
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
