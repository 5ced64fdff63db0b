/**
 * castVotes with batch verification (docs/batch-verification.md) against the stored real proofs of
 * test/helpers/batch-election.ts: a test per attack of issue 11, each checking that exactly the bad
 * ballots are skipped, with the reason castVote gives them, and every other ballot is counted.
 * The fixed-coefficient forgeries go through SemaphoreBatchHarness, which lets a test choose the
 * coefficients a forger would need to know in advance.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { network } from "hardhat";
import { toFunctionSelector, type Hash } from "viem";
import * as z from "zod";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";
import { SNARK_SCALAR_FIELD } from "../../lib/snark/field.ts";
import {
  APPROVAL_POLL,
  SINGLE_OPTIONS,
  SINGLE_POLL,
  WARM_UP_VOTERS,
  loadBatchBallots,
  openBatchElection,
  singleBallot,
  type BatchBallots,
} from "../helpers/batch-election.ts";
import {
  G1_GENERATOR,
  bOutsideG2,
  cOf,
  g1Arithmetic,
  negateA,
  negateB,
  negateC,
  withC,
} from "../helpers/proof-tampering.ts";

const GAS_JSON = path.resolve(import.meta.dirname, "../../bench/results/gas.json");
/** The block gas limit the benchmark's largest batch is sized for. */
const BLOCK_GAS_LIMIT = 30_000_000n;

type ErrorName =
  | "Ballotbox__InvalidProof"
  | "Ballotbox__WrongRoot"
  | "Ballotbox__WrongScope"
  | "Ballotbox__NotInSnarkScalarField"
  | "Ballotbox__NullifierAlreadyUsed";
const reasonOf = (name: ErrorName) => toFunctionSelector(`${name}()`);

const connection = await network.create();
const { viem, networkHelpers } = connection;
const electionFixture = () => openBatchElection(connection);
/** The same election on a chain with a 30M-gas block and no per-transaction cap (Osaka's is 2^24). */
const fullBlockConnection = await network.create({
  override: { blockGasLimit: BLOCK_GAS_LIMIT, transactionGasCap: false },
});
const fullBlockFixture = () => openBatchElection(fullBlockConnection);

let ballots: BatchBallots;

before(async () => {
  ballots = await loadBatchBallots();
});

type Election = Awaited<ReturnType<typeof openBatchElection>>;

/** Casts a batch in poll 1 and reads back what it did: nullifiers counted and ballots rejected, in order. */
async function castBatch({ ballotbox, publicClient }: Election, proofs: readonly SolidityProof[], gas?: bigint) {
  const hash: Hash = await ballotbox.write.castVotes([SINGLE_POLL, [...proofs]], gas === undefined ? {} : { gas });
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error("castVotes reverted");
  const at = { blockHash: receipt.blockHash };
  const cast = (await ballotbox.getEvents.BallotCast({}, at)).map((log) => log.args.nullifier);
  const rejected = (await ballotbox.getEvents.BallotRejected({}, at)).map((log) => [
    log.args.nullifier,
    log.args.reason,
  ]);
  return { receipt, cast, rejected };
}

/** Poll 1's tally if exactly these of the stored depth-10 ballots are counted (by voter). */
function tallyOf(voters: readonly number[]): bigint[] {
  const tally = SINGLE_OPTIONS.map(() => 0n);
  for (const voter of voters) tally[Number(singleBallot(voter))] = (tally[Number(singleBallot(voter))] ?? 0n) + 1n;
  return tally;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** The first `count` stored depth-10 ballots of poll 1, voter i at index i. */
function firstBallots(count: number): SolidityProof[] {
  assert.ok(count <= ballots.single.length, `only ${ballots.single.length} stored ballots`);
  return ballots.single.slice(0, count);
}

/**
 * One proof of a batch of 50 spoiled in one field, and the reason castVote (so castVotes) gives.
 * The position varies so that the bisection meets a bad proof first, last and in between.
 */
const CORRUPTIONS: readonly (readonly [
  field: string,
  at: number,
  spoil: (p: SolidityProof) => SolidityProof,
  reason: ErrorName,
])[] = [
  ["A (negated)", 17, negateA, "Ballotbox__InvalidProof"],
  ["B (negated)", 0, negateB, "Ballotbox__InvalidProof"],
  // Only the pairing precompile refuses it; a failing precompile burns the gas it is given.
  ["B (outside G2's subgroup)", 30, bOutsideG2, "Ballotbox__InvalidProof"],
  ["C (negated)", 49, negateC, "Ballotbox__InvalidProof"],
  ["merkleTreeRoot", 25, (p) => ({ ...p, merkleTreeRoot: p.merkleTreeRoot + 1n }), "Ballotbox__WrongRoot"],
  ["nullifier", 33, (p) => ({ ...p, nullifier: p.nullifier + 1n }), "Ballotbox__InvalidProof"],
  ["message (another option)", 8, (p) => ({ ...p, message: (p.message + 1n) % 4n }), "Ballotbox__InvalidProof"],
  ["scope", 41, (p) => ({ ...p, scope: p.scope + 1n }), "Ballotbox__WrongScope"],
  ["merkleTreeDepth (another key)", 12, (p) => ({ ...p, merkleTreeDepth: 11n }), "Ballotbox__InvalidProof"],
];

describe("Ballotbox # castVotes, verified as a batch", () => {
  it("Should count a batch of 50 valid ballots, each once, in order", async () => {
    const election = await networkHelpers.loadFixture(electionFixture);
    const batch = firstBallots(50);
    const { cast, rejected } = await castBatch(election, batch);
    assert.deepEqual(
      cast,
      batch.map((proof) => proof.nullifier),
    );
    assert.deepEqual(rejected, []);
    assert.deepEqual(await election.ballotbox.read.getTally([SINGLE_POLL]), tallyOf(range(0, 50)));
    assert.equal(await election.ballotbox.read.getBallotCount([SINGLE_POLL]), 50n);
  });

  for (const [field, at, spoil, reason] of CORRUPTIONS) {
    it(`Should skip only the ballot whose ${field} was changed in a batch of 50, for castVote's reason`, async () => {
      const election = await networkHelpers.loadFixture(electionFixture);
      const { ballotbox } = election;
      const batch = firstBallots(50);
      const bad = spoil(batch[at] ?? assert.fail());
      batch[at] = bad;
      // castVote refuses it alone for the same reason.
      await viem.assertions.revertWithCustomError(ballotbox.write.castVote([SINGLE_POLL, bad]), ballotbox, reason);

      const { cast, rejected } = await castBatch(election, batch);
      const counted = range(0, 50).filter((voter) => voter !== at);
      assert.deepEqual(rejected, [[bad.nullifier, reasonOf(reason)]]);
      assert.deepEqual(
        cast,
        counted.map((voter) => ballots.single[voter]?.nullifier),
      );
      assert.deepEqual(await ballotbox.read.getTally([SINGLE_POLL]), tallyOf(counted));
      assert.equal(await ballotbox.read.getBallotCount([SINGLE_POLL]), 49n);
    });
  }

  it("Should name the one bad proof of 50 for every field, public inputs included, in the verifier alone", async () => {
    const { semaphoreVerifier } = await networkHelpers.loadFixture(electionFixture);
    const harness = await viem.deployContract("SemaphoreBatchHarness", [semaphoreVerifier.address]);
    for (const [field, at, spoil] of CORRUPTIONS) {
      const batch = firstBallots(50);
      batch[at] = spoil(batch[at] ?? assert.fail());
      const expected = batch.map((_, i) => i !== at);
      assert.deepEqual(await harness.read.verifyBatch([batch]), expected, field);
    }
  });

  it("Should defeat two invalid proofs whose errors cancel under fixed coefficients", async () => {
    const election = await networkHelpers.loadFixture(electionFixture);
    const { ballotbox, semaphoreVerifier, publicClient } = election;
    const harness = await viem.deployContract("SemaphoreBatchHarness", [semaphoreVerifier.address]);
    const g1 = g1Arithmetic(publicClient);
    const [i, j] = [3, 11];
    const batch = firstBallots(20);
    const [first, second] = [batch[i] ?? assert.fail(), batch[j] ?? assert.fail()];

    // Against coefficients all 1 (naive batching): C_i + T and C_j − T err by e(T, δ)^∓1, which cancel.
    const T = G1_GENERATOR;
    const naive = [...batch];
    naive[i] = withC(first, await g1.add(cOf(first), T));
    naive[j] = withC(second, await g1.add(cOf(second), g1.negate(T)));
    const ones = naive.map(() => 1n);
    assert.deepEqual(
      await harness.read.verifyBatchWith([naive, ones]),
      naive.map(() => true),
      "the forgery needs fixed coefficients",
    );
    const expected = naive.map((_, k) => k !== i && k !== j);
    assert.deepEqual(await harness.read.verifyBatch([naive]), expected);

    // Against the coefficients the batch had before the second proof was changed: C_j − (r_i/r_j)·T
    // cancels r_i·T, but changing C_j changes every coefficient.
    const before = [...batch];
    before[i] = naive[i] ?? assert.fail();
    const r = await harness.read.batchCoefficients([before]);
    const [ri, rj] = [r[i] ?? assert.fail(), r[j] ?? assert.fail()];
    const ratio = (ri * modInverse(rj, SNARK_SCALAR_FIELD)) % SNARK_SCALAR_FIELD;
    const aimed = [...before];
    aimed[j] = withC(second, await g1.add(cOf(second), g1.negate(await g1.multiply(T, ratio))));
    assert.deepEqual(
      await harness.read.verifyBatchWith([aimed, [...r]]),
      aimed.map(() => true),
      "aimed at the old coefficients",
    );
    assert.notDeepEqual(await harness.read.batchCoefficients([aimed]), r);
    assert.deepEqual(await harness.read.verifyBatch([aimed]), expected);

    // And Ballotbox, whose coefficients also bind its address and chain, counts all but the two.
    for (const forged of [naive, aimed]) {
      const snapshot = await networkHelpers.takeSnapshot();
      const { cast, rejected } = await castBatch(election, forged);
      assert.deepEqual(rejected, [
        [forged[i]?.nullifier, reasonOf("Ballotbox__InvalidProof")],
        [forged[j]?.nullifier, reasonOf("Ballotbox__InvalidProof")],
      ]);
      assert.equal(cast.length, 18);
      assert.equal(await ballotbox.read.getBallotCount([SINGLE_POLL]), 18n);
      await snapshot.restore();
    }
  });

  it("Should not count a public input at or above the scalar field as a second ballot", async () => {
    const election = await networkHelpers.loadFixture(electionFixture);
    const { ballotbox, semaphoreVerifier } = election;
    const [voter0, voter1, voter2, voter3, voter4] = firstBallots(5) as [
      SolidityProof,
      SolidityProof,
      SolidityProof,
      SolidityProof,
      SolidityProof,
    ];
    // The batch sums inputs mod r: without the field check, nullifier + r would verify as the
    // nullifier, and the same voter would count twice under two "nullifiers".
    const shadow = { ...voter0, nullifier: voter0.nullifier + SNARK_SCALAR_FIELD };
    const harness = await viem.deployContract("SemaphoreBatchHarness", [semaphoreVerifier.address]);
    assert.deepEqual(await harness.read.verifyBatch([[shadow, voter0]]), [false, true]);

    const batch = [
      shadow,
      voter0,
      { ...voter1, merkleTreeRoot: voter1.merkleTreeRoot + SNARK_SCALAR_FIELD },
      { ...voter2, message: voter2.message + SNARK_SCALAR_FIELD },
      { ...voter3, scope: voter3.scope + SNARK_SCALAR_FIELD },
      voter4,
    ];
    const { cast, rejected } = await castBatch(election, batch);
    assert.deepEqual(cast, [voter0.nullifier, voter4.nullifier]);
    assert.deepEqual(rejected, [
      [shadow.nullifier, reasonOf("Ballotbox__InvalidProof")],
      [voter1.nullifier, reasonOf("Ballotbox__WrongRoot")],
      [voter2.nullifier, reasonOf("Ballotbox__NotInSnarkScalarField")],
      [voter3.nullifier, reasonOf("Ballotbox__NotInSnarkScalarField")],
    ]);
    assert.deepEqual(await ballotbox.read.getTally([SINGLE_POLL]), tallyOf([0, 4]));
  });

  it("Should count the same proof twice in one batch once", async () => {
    const election = await networkHelpers.loadFixture(electionFixture);
    const [voter0, voter1, voter2] = firstBallots(3) as [SolidityProof, SolidityProof, SolidityProof];
    const { cast, rejected } = await castBatch(election, [voter0, voter1, voter0, voter2, voter0]);
    assert.deepEqual(cast, [voter0.nullifier, voter1.nullifier, voter2.nullifier]);
    const spent = reasonOf("Ballotbox__NullifierAlreadyUsed");
    assert.deepEqual(rejected, [
      [voter0.nullifier, spent],
      [voter0.nullifier, spent],
    ]);
    assert.deepEqual(await election.ballotbox.read.getTally([SINGLE_POLL]), tallyOf([0, 1, 2]));
  });

  it("Should not count a proof made for another poll", async () => {
    const election = await networkHelpers.loadFixture(electionFixture);
    const { ballotbox } = election;
    const [own] = firstBallots(1) as [SolidityProof];
    const other = ballots.approval[5] ?? assert.fail();
    const relabelled = { ...other, scope: own.scope, merkleTreeRoot: own.merkleTreeRoot, message: 1n };
    const { cast, rejected } = await castBatch(election, [other, own, relabelled]);
    assert.deepEqual(cast, [own.nullifier]);
    assert.deepEqual(rejected, [
      [other.nullifier, reasonOf("Ballotbox__WrongScope")],
      // Given this poll's scope and root, the proof no longer verifies: it is bound to its own.
      [relabelled.nullifier, reasonOf("Ballotbox__InvalidProof")],
    ]);
    assert.equal(await ballotbox.read.getBallotCount([APPROVAL_POLL]), 0n);
  });

  it("Should count a batch of mixed tree depths, and skip only its bad proof", async () => {
    const election = await networkHelpers.loadFixture(electionFixture);
    const depth10 = firstBallots(6);
    const mixed = depth10.flatMap((proof, k) => [proof, ...(ballots.otherDepths[k] ? [ballots.otherDepths[k]] : [])]);
    mixed.push(...ballots.otherDepths.slice(depth10.length));
    assert.deepEqual([...new Set(mixed.map((proof) => proof.merkleTreeDepth))], [10n, 16n, 20n]);
    const badAt = mixed.findIndex((proof) => proof.merkleTreeDepth === 20n);
    const bad = negateC(mixed[badAt] ?? assert.fail());
    const batch = mixed.map((proof, k) => (k === badAt ? bad : proof));

    const { cast, rejected } = await castBatch(election, batch);
    assert.deepEqual(
      cast,
      mixed.filter((_, k) => k !== badAt).map((proof) => proof.nullifier),
    );
    assert.deepEqual(rejected, [[bad.nullifier, reasonOf("Ballotbox__InvalidProof")]]);
  });

  it("Should not accept an empty batch", async () => {
    const { ballotbox } = await networkHelpers.loadFixture(electionFixture);
    await viem.assertions.revertWithCustomError(
      ballotbox.write.castVotes([SINGLE_POLL, []]),
      ballotbox,
      "Ballotbox__EmptyBatch",
    );
  });

  describe("a batch that fills the block", () => {
    it("Should count the benchmark's largest batch within a 30M-gas block", async () => {
      const { batchMax } = await committedSizes();
      const election = await fullBlockConnection.networkHelpers.loadFixture(fullBlockFixture);
      await warmUp(election);
      const { receipt, cast } = await castBatch(election, firstBallots(batchMax), BLOCK_GAS_LIMIT);
      assert.equal(cast.length, batchMax);
      assert.ok(receipt.gasUsed <= BLOCK_GAS_LIMIT);
    });

    it("Should count the benchmark's largest batch under Osaka's per-transaction cap", async () => {
      const { batchTxCap, transactionGasCap } = await committedSizes();
      const election = await networkHelpers.loadFixture(electionFixture);
      await warmUp(election);
      const { receipt, cast } = await castBatch(election, firstBallots(batchTxCap), BigInt(transactionGasCap));
      assert.equal(cast.length, batchTxCap);
      assert.ok(receipt.gasUsed <= BigInt(transactionGasCap));
    });

    it("Should leave a block-filling batch with a bad proof uncounted as a whole, and its halves countable", async () => {
      const { batchMax } = await committedSizes();
      const election = await fullBlockConnection.networkHelpers.loadFixture(fullBlockFixture);
      const { ballotbox } = election;
      await warmUp(election);
      const batch = firstBallots(batchMax);
      batch[7] = negateA(batch[7] ?? assert.fail());
      // The fast path fails and the fallback needs more gas than the block has: nothing is counted.
      await assert.rejects(castBatch(election, batch, BLOCK_GAS_LIMIT));
      const warmUpCount = BigInt(WARM_UP_VOTERS.length);
      assert.equal(await ballotbox.read.getBallotCount([SINGLE_POLL]), warmUpCount);
      // A relayer that splits the batch gets every valid ballot counted.
      const middle = Math.ceil(batchMax / 2);
      const halves = [
        await castBatch(election, batch.slice(0, middle), BLOCK_GAS_LIMIT),
        await castBatch(election, batch.slice(middle), BLOCK_GAS_LIMIT),
      ];
      assert.deepEqual(
        halves.map(({ rejected }) => rejected.length),
        [1, 0],
      );
      assert.equal(await ballotbox.read.getBallotCount([SINGLE_POLL]), warmUpCount + BigInt(batchMax - 1));
    });
  });
});

/**
 * One ballot per option first, as the benchmark does before it sizes its largest batches: they are
 * measured with the tally's slots already non-zero.
 */
async function warmUp({ ballotbox }: Election): Promise<void> {
  for (const voter of WARM_UP_VOTERS)
    await ballotbox.write.castVote([SINGLE_POLL, ballots.single[voter] ?? assert.fail()]);
}

/** The batch sizes `npm run bench:gas` found and committed to bench/results/gas.json. */
async function committedSizes() {
  const schema = z.object({
    batchMax: z.object({ size: z.number().int().positive(), blockGasLimit: z.literal(Number(BLOCK_GAS_LIMIT)) }),
    batchTxCap: z.object({ size: z.number().int().positive(), transactionGasCap: z.number().int().positive() }),
  });
  const { batchMax, batchTxCap } = schema.parse(JSON.parse(await readFile(GAS_JSON, "utf8")));
  return { batchMax: batchMax.size, batchTxCap: batchTxCap.size, transactionGasCap: batchTxCap.transactionGasCap };
}

/** a⁻¹ mod m for prime m (Fermat). */
function modInverse(a: bigint, m: bigint): bigint {
  let result = 1n;
  let base = a % m;
  for (let exponent = m - 2n; exponent > 0n; exponent >>= 1n) {
    if (exponent & 1n) result = (result * base) % m;
    base = (base * base) % m;
  }
  return result;
}
