/**
 * The recount against a real election (in-process chain, real proofs), then against doctored
 * inputs: each tampering must be caught and named in the report by its code and figures.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { network } from "hardhat";
import type { BallotboxConnection } from "../../lib/chain/connection.ts";
import { InvalidBundleError, parseBundle, serializeBundle } from "../../lib/recount/bundle.ts";
import { collectRecountInput, type RecountInput } from "../../lib/recount/input.ts";
import { recount, type ProofVerifier } from "../../lib/recount/recount.ts";
import { formatEnglishReport } from "../../cli/recount-report.ts";
import { loadSemaphoreVerificationKey } from "../../lib/proofs/verification-keys.node.ts";
import { verifyBatch } from "../../lib/proofs/batch-verify.ts";
import { makeFixtures, voters } from "../helpers/fixtures.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { proveBallot } from "../helpers/proofs.ts";

const connection = await network.create();
const { networkHelpers } = connection;
const { votingFixture } = makeFixtures(connection);

const verify: ProofVerifier = (proofs) => verifyBatch(proofs, loadSemaphoreVerificationKey);

/** Poll 1 closed with 4 ballots: Red, Blue, Green, Red. */
let genuine: RecountInput;

before(async () => {
  const { ballotbox, semaphore, groups, endTime, publicClient, chainId } =
    await networkHelpers.loadFixture(votingFixture);
  const scope = await ballotbox.read.pollScope([1n]);
  const ballots = [
    await proveBallot(voters.alice, groups[1], 0n, scope),
    await proveBallot(voters.bob, groups[1], 2n, scope),
    await proveBallot(voters.carol, groups[1], 1n, scope),
  ];
  await ballotbox.write.castVotes([1n, ballots]);
  await ballotbox.write.castVote([1n, await proveBallot(voters.dave, groups[1], 0n, scope)]);
  await networkHelpers.time.increaseTo(endTime);
  const conn: BallotboxConnection = {
    client: publicClient,
    chain: publicClient.chain,
    chainId,
    ballotbox: ballotbox.address,
    semaphore: semaphore.address,
    fromBlock: 0n,
  };
  genuine = await collectRecountInput(conn, 1n);
});

after(releaseSnarkjs);

/** A deep copy to doctor (structuredClone keeps bigints). */
const doctor = (change: (input: RecountInput) => void): RecountInput => {
  const copy = structuredClone(genuine);
  change(copy);
  return copy;
};

describe("recount", () => {
  it("Should say MATCH for an untouched election, with the right tally", async () => {
    const report = await recount(genuine, verify);
    assert.equal(report.status, "MATCH", formatEnglishReport(report));
    assert.deepEqual(report.tally, [2n, 1n, 1n]);
    assert.equal(report.ballotsChecked, 4);
    assert.equal(report.closed, true);
    assert.equal(report.roll.size, 4);
    assert.deepEqual(report.discrepancies, []);
    assert.deepEqual(report.rejected, []);
    assert.match(formatEnglishReport(report), /MATCH: every ballot verifies/);
  });

  it("Should name a ballot whose proof was corrupted", async () => {
    const input = doctor((copy) => {
      const ballot = copy.ballots[1];
      if (ballot === undefined) throw new Error("no ballot");
      ballot.points = ballot.points.map((point, index) => (index === 0 ? point + 1n : point));
    });
    const report = await recount(input, verify);
    assert.equal(report.status, "MISMATCH");
    assert.equal(report.rejected.length, 1);
    assert.equal(report.rejected[0]?.nullifier, genuine.ballots[1]?.nullifier);
    assert.deepEqual(report.rejected[0]?.reasons, [{ code: "proofInvalid" }]);
    // Bob's Blue is not counted: one rejected ballot, Blue one short, one ballot short.
    assert.deepEqual(report.discrepancies, [
      { code: "rejectedBallots", count: 1 },
      { code: "optionTallyMismatch", optionIndex: 2, label: "Blue", recount: 0n, contract: 1n },
      { code: "ballotCountMismatch", recount: 3, contract: 4n },
    ]);
    assert.match(formatEnglishReport(report), /\n {6}the proof does not verify\n/);
  });

  it("Should name a duplicated nullifier and count it once", async () => {
    const input = doctor((copy) => {
      const first = copy.ballots[0];
      if (first === undefined) throw new Error("no ballot");
      copy.ballots.push({ ...first, transactionHash: `0x${"ab".repeat(32)}`, logIndex: 99 });
    });
    const report = await recount(input, verify);
    assert.equal(report.status, "MISMATCH");
    assert.equal(report.rejected.length, 1);
    assert.deepEqual(report.rejected[0]?.reasons, [
      { code: "nullifierReused", countedIn: genuine.ballots[0]?.transactionHash },
    ]);
    assert.deepEqual(report.tally, [2n, 1n, 1n]);
    assert.deepEqual(report.discrepancies, [{ code: "rejectedBallots", count: 1 }]);
  });

  it("Should name a ballot with another poll's scope", async () => {
    const input = doctor((copy) => {
      const ballot = copy.ballots[2];
      if (ballot === undefined) throw new Error("no ballot");
      ballot.scope += 1n;
    });
    const report = await recount(input, verify);
    assert.equal(report.status, "MISMATCH");
    const scope = genuine.ballots[2]?.scope ?? 0n;
    // The scope is a public input of the proof, so the proof no longer verifies either.
    assert.deepEqual(report.rejected[0]?.reasons, [
      { code: "wrongScope", scope: scope + 1n, expected: scope },
      { code: "proofInvalid" },
    ]);
  });

  it("Should name a ballot against another root, an invalid ballot, and one outside the window", async () => {
    const input = doctor((copy) => {
      const [a, b, c] = copy.ballots;
      if (a === undefined || b === undefined || c === undefined) throw new Error("no ballots");
      a.merkleTreeRoot += 1n;
      b.ballot = 7n;
      c.blockTimestamp = copy.poll.endTime;
    });
    const report = await recount(input, verify);
    const { poll } = genuine;
    const root = genuine.ballots[0]?.merkleTreeRoot ?? 0n;
    assert.deepEqual(
      report.rejected.map((rejected) => rejected.reasons),
      [
        [{ code: "wrongRoot", root: root + 1n, expected: root }, { code: "proofInvalid" }],
        [{ code: "invalidBallot", ballot: 7n, ballotType: "single", optionCount: 3 }, { code: "proofInvalid" }],
        [{ code: "outsideVotingWindow", includedAt: poll.endTime, startTime: poll.startTime, endTime: poll.endTime }],
      ],
    );
    const text = formatEnglishReport(report);
    assert.match(text, /its root is not the poll's frozen roll root/);
    assert.match(text, /its ballot 7 is not a valid single ballot for 3 options/);
    assert.match(text, /outside the voting window/);
  });

  it("Should name every option where the contract's tally differs from the ballots", async () => {
    const input = doctor((copy) => {
      copy.contract.tally = [3n, 1n, 0n];
    });
    const report = await recount(input, verify);
    assert.equal(report.status, "MISMATCH");
    assert.deepEqual(report.discrepancies, [
      { code: "optionTallyMismatch", optionIndex: 0, label: "Red", recount: 2n, contract: 3n },
      { code: "optionTallyMismatch", optionIndex: 2, label: "Blue", recount: 1n, contract: 0n },
    ]);
    assert.match(
      formatEnglishReport(report),
      /\n {2}- Option 1 \(Red\): the recount finds 2, the contract reports 3\.\n {2}- Option 3 \(Blue\): the recount finds 1, the contract reports 0\.$/,
    );
  });

  it("Should name an option the contract has no count for, and the wrong number of options", async () => {
    const input = doctor((copy) => {
      copy.contract.tally = [2n, 1n];
    });
    const report = await recount(input, verify);
    assert.equal(report.status, "MISMATCH");
    assert.deepEqual(report.discrepancies, [
      { code: "optionMissing", optionIndex: 2, label: "Blue", recount: 1n },
      { code: "optionCountMismatch", contract: 2, poll: 3 },
    ]);
  });

  it("Should notice a ballot missing from the log feed", async () => {
    const input = doctor((copy) => {
      copy.ballots.pop();
    });
    const report = await recount(input, verify);
    assert.equal(report.status, "MISMATCH");
    assert.deepEqual(report.discrepancies, [
      { code: "optionTallyMismatch", optionIndex: 0, label: "Red", recount: 1n, contract: 2n },
      { code: "ballotCountMismatch", recount: 3, contract: 4n },
    ]);
  });

  it("Should notice a roll log that does not lead to the contract's root", async () => {
    const input = doctor((copy) => {
      copy.rollChanges.push({ kind: "add", index: 4n, commitments: [voters.eve.commitment] });
    });
    const report = await recount(input, verify);
    assert.equal(report.status, "MISMATCH");
    const rebuilt = report.roll.root;
    assert.notEqual(rebuilt, genuine.contract.merkleRoot);
    assert.deepEqual(report.discrepancies.slice(0, 2), [
      { code: "rollRootMismatch", rebuilt, contract: genuine.contract.merkleRoot },
      { code: "pollRootMismatch", rebuilt, stored: genuine.poll.rollRoot },
    ]);
    // Every ballot was proven against the genuine root, which is no longer the rebuilt one.
    assert.ok(report.rejected.every((rejected) => rejected.reasons.some((reason) => reason.code === "wrongRoot")));
  });

  it("Should give the same report from an audit bundle", async () => {
    const fromBundle = await recount(parseBundle(serializeBundle(genuine)), verify);
    assert.equal(fromBundle.status, "MATCH");
    assert.deepEqual(fromBundle.tally, [2n, 1n, 1n]);
  });

  it("Should name what is wrong with a file that is not an audit bundle", () => {
    const rejects = (text: string, problem: InvalidBundleError["problem"], field: string): void => {
      assert.throws(
        () => parseBundle(text),
        (error: unknown) => error instanceof InvalidBundleError && error.problem === problem && error.field === field,
      );
    };
    rejects("not json", "notJson", "");
    rejects("[]", "invalidField", "");
    rejects("{}", "invalidField", "format");
    const bundle = JSON.parse(serializeBundle(genuine)) as { ballots: { nullifier: unknown }[] };
    const [first] = bundle.ballots;
    assert.ok(first !== undefined);
    first.nullifier = "not a number";
    rejects(JSON.stringify(bundle), "invalidField", "ballots.0.nullifier");
    assert.throws(() => parseBundle("{}"), /not a valid audit bundle: format/);
  });
});
