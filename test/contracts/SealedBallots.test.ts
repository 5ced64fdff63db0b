/**
 * SealedBallots on Hardhat's in-process network with real Groth16 proofs from the committed sealed keys
 * (circuits/keys/): a sealed election of three options, three trustees and a threshold of two, from the
 * ceremony to the decrypted total, and every attack on a ballot or a decryption refused with its named
 * error. Invariant: the decrypted total equals the ballots' plaintexts, which the test knows.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import { network } from "hardhat";
import { toFunctionSelector } from "viem";
import { CIRCUITS, ballotCircuitFor } from "../../circuits/manifest.ts";
import { sumBallots } from "../../lib/sealed/ballot-encryption.ts";
import { commitmentWords, pointWords, trusteeMask, wordsToPoints } from "../../lib/sealed/ceremony-words.ts";
import { SUBGROUP_ORDER } from "../../lib/sealed/scalar.ts";
import { G, add, mulBase, type Point } from "../../lib/sealed/curve.ts";
import { tallyFromCombined } from "../../lib/sealed/discrete-log.ts";
import type { AggregateKey } from "../../lib/sealed/dkg.ts";
import { combine } from "../../lib/sealed/lagrange.ts";
import { provePartialDecryption, type PartialDecryption } from "../../lib/sealed/partial-decryption-proof.ts";
import { castableSealedBallot, proveSealedBallot, sealedBallotInput } from "../../lib/sealed/sealed-ballot-proof.ts";
import type { CastSealedBallot } from "../../lib/sealed/cast-ballot.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { keyFile } from "../../scripts/circuit-build.ts";
import { makeSealedFixtures, type OpenedCeremony } from "../helpers/sealed-ceremony.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const fixtures = makeSealedFixtures(connection);

const PLAN = { trustees: 3, threshold: 2, optionCount: 3 };
const SNARK_SCALAR_FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
const voters = ["alice", "bob", "carol", "dave"].map((name) => new Identity(`${name}'s sealed secret`));
const roll = new Group(voters.map((voter) => voter.commitment));
const ballotArtifacts = (() => {
  const spec = ballotCircuitFor(PLAN.optionCount);
  return { wasm: keyFile(spec, "wasm"), zkey: keyFile(spec, "zkey") };
})();
const decryptionArtifacts = (() => {
  const spec = CIRCUITS.find(({ kind }) => kind === "partial-decryption");
  assert.ok(spec !== undefined);
  return { wasm: keyFile(spec, "wasm"), zkey: keyFile(spec, "zkey") };
})();

/** The ceremony done by all three trustees, the roll of four added, and (from startTime) voting open. */
async function votingFixture() {
  const setup = await fixtures.opened(PLAN);
  await setup.ballotbox.write.addVoters([setup.pollId, roll.members]);
  const { keys, dealings } = await fixtures.keysAndDeals(setup, [1, 2, 3], [1, 2, 3]);
  const all = [...dealings.values()];
  const { key, shares } = fixtures.trusteeShares(setup, keys, all);
  await fixtures.finaliseWith(setup, all);
  await networkHelpers.time.increaseTo(setup.startTime);
  const scope = await setup.ballotbox.read.pollScope([setup.pollId]);
  const as = (account: number) =>
    viem.getContractAt("SealedBallots", setup.sealedBallots.address, { client: { wallet: setup.walletOf(account) } });
  return { ...setup, key, shares, scope, as };
}
type Voting = Awaited<ReturnType<typeof votingFixture>>;

interface BallotPlan {
  voter: number;
  choices: number[];
  pollKeys?: readonly Point[];
  scope?: bigint;
}

async function sealedBallot(voting: Voting, plan: BallotPlan): Promise<CastSealedBallot> {
  const poll = {
    scope: plan.scope ?? voting.scope,
    ballotType: "single" as const,
    pollKeys: plan.pollKeys ?? voting.key.pollKeys,
  };
  const identity = voters[plan.voter] as Identity;
  const input = sealedBallotInput(identity, roll.generateMerkleProof(plan.voter), poll, {
    choices: plan.choices,
    randomness: voting.random(),
  });
  return castableSealedBallot(await proveSealedBallot(input, ballotArtifacts), PLAN.optionCount);
}

const toStruct = (ballot: CastSealedBallot) => ({
  nullifier: ballot.nullifier,
  ciphertexts: ballot.ciphertexts,
  proof: ballot.proof,
});
const ballotsOf = (castable: readonly CastSealedBallot[]) =>
  castable.map((ballot) => {
    const [c1, ...c2] = wordsToPoints(ballot.ciphertexts);
    return { c1: c1 as Point, c2 };
  });

/** Real ballots made once against the voting fixture (deterministic addresses and keys). */
let alice: CastSealedBallot;
let bob: CastSealedBallot;
let carol: CastSealedBallot;
let underAnotherKey: CastSealedBallot;
let forAnotherPoll: CastSealedBallot;

before(async () => {
  const voting = await networkHelpers.loadFixture(votingFixture);
  alice = await sealedBallot(voting, { voter: 0, choices: [0, 1, 0] });
  bob = await sealedBallot(voting, { voter: 1, choices: [0, 0, 1] });
  carol = await sealedBallot(voting, { voter: 2, choices: [0, 1, 0] });
  const otherKeys = voting.key.pollKeys.map((point) => add(point, G));
  underAnotherKey = await sealedBallot(voting, { voter: 3, choices: [1, 0, 0], pollKeys: otherKeys });
  forAnotherPoll = await sealedBallot(voting, { voter: 3, choices: [1, 0, 0], scope: voting.scope + 1n });
});
after(releaseSnarkjs);

describe("SealedBallots: casting", () => {
  it("Should count sealed ballots into the encrypted tally, one alone and a batch, and keep the total sealed", async () => {
    const voting = await networkHelpers.loadFixture(votingFixture);
    await voting.sealedBallots.write.castSealedVote([voting.pollId, toStruct(alice)]);
    await voting.sealedBallots.write.castSealedVotes([voting.pollId, [toStruct(bob), toStruct(carol)]]);
    const expected = sumBallots(ballotsOf([alice, bob, carol]), PLAN.optionCount);
    assert.deepEqual(
      await voting.sealedBallots.read.getEncryptedTally([voting.pollId]),
      pointWords([expected.c1, ...expected.c2]),
    );
    assert.equal((await voting.sealedBallots.read.getSealedPoll([voting.pollId])).ballotCount, 3n);
    assert.equal(await voting.sealedBallots.read.nullifierUsed([voting.pollId, alice.nullifier]), true);
    await viem.assertions.revertWithCustomError(
      voting.sealedBallots.read.getTally([voting.pollId]),
      voting.sealedBallots,
      "SealedBallots__TallySealed",
    );
    await viem.assertions.revertWithCustomError(
      voting.ballotbox.read.getTally([voting.pollId]),
      voting.ballotbox,
      "Ballotbox__TallySealed",
    );
  });

  it("Should refuse a second ballot of one voter, in a lone cast and in a batch", async () => {
    const voting = await networkHelpers.loadFixture(votingFixture);
    await voting.sealedBallots.write.castSealedVote([voting.pollId, toStruct(alice)]);
    await viem.assertions.revertWithCustomError(
      voting.sealedBallots.write.castSealedVote([voting.pollId, toStruct(alice)]),
      voting.sealedBallots,
      "SealedBallots__NullifierAlreadyUsed",
    );
    await voting.sealedBallots.write.castSealedVotes([voting.pollId, [toStruct(bob), toStruct(bob)]]);
    const rejected = await voting.sealedBallots.getEvents.SealedBallotRejected({ pollId: voting.pollId });
    assert.deepEqual(
      rejected.map(({ args }) => [args.nullifier, args.reason]),
      [[bob.nullifier, toFunctionSelector("SealedBallots__NullifierAlreadyUsed()")]],
    );
    assert.equal((await voting.sealedBallots.read.getSealedPoll([voting.pollId])).ballotCount, 2n);
  });

  it("Should refuse ciphertexts copied from another voter's ballot into a new proof", async () => {
    const voting = await networkHelpers.loadFixture(votingFixture);
    const copied = { ...toStruct(bob), ciphertexts: alice.ciphertexts };
    await viem.assertions.revertWithCustomError(
      voting.sealedBallots.write.castSealedVote([voting.pollId, copied]),
      voting.sealedBallots,
      "SealedBallots__InvalidProof",
    );
  });

  it("Should refuse a ballot under another key, and a ballot made for another poll's scope", async () => {
    const voting = await networkHelpers.loadFixture(votingFixture);
    for (const ballot of [underAnotherKey, forAnotherPoll]) {
      await viem.assertions.revertWithCustomError(
        voting.sealedBallots.write.castSealedVote([voting.pollId, toStruct(ballot)]),
        voting.sealedBallots,
        "SealedBallots__InvalidProof",
      );
    }
  });

  it("Should skip only the bad ballot of a batch, for castSealedVote's reason", async () => {
    const voting = await networkHelpers.loadFixture(votingFixture);
    await voting.sealedBallots.write.castSealedVotes([
      voting.pollId,
      [toStruct(alice), toStruct(underAnotherKey), toStruct(carol)],
    ]);
    const rejected = await voting.sealedBallots.getEvents.SealedBallotRejected({ pollId: voting.pollId });
    assert.deepEqual(
      rejected.map(({ args }) => args.nullifier),
      [underAnotherKey.nullifier],
    );
    const expected = sumBallots(ballotsOf([alice, carol]), PLAN.optionCount);
    assert.deepEqual(
      await voting.sealedBallots.read.getEncryptedTally([voting.pollId]),
      pointWords([expected.c1, ...expected.c2]),
    );
  });

  it("Should refuse malformed ballots: the wrong number of ciphertexts, a word at or above the field", async () => {
    const voting = await networkHelpers.loadFixture(votingFixture);
    const cast = (ballot: ReturnType<typeof toStruct>) =>
      voting.sealedBallots.write.castSealedVote([voting.pollId, ballot]);
    await viem.assertions.revertWithCustomError(
      cast({ ...toStruct(alice), ciphertexts: alice.ciphertexts.slice(2) }),
      voting.sealedBallots,
      "SealedBallots__WrongCiphertextCount",
    );
    await viem.assertions.revertWithCustomError(
      cast({
        ...toStruct(alice),
        ciphertexts: alice.ciphertexts.map((word, i) => (i === 3 ? word + SNARK_SCALAR_FIELD : word)),
      }),
      voting.sealedBallots,
      "SealedBallots__NotInSnarkScalarField",
    );
    await viem.assertions.revertWithCustomError(
      cast({ ...toStruct(alice), nullifier: alice.nullifier + SNARK_SCALAR_FIELD }),
      voting.sealedBallots,
      "SealedBallots__NotInSnarkScalarField",
    );
  });

  it("Should take no ballot outside the voting window, and none for a public poll", async () => {
    const voting = await networkHelpers.loadFixture(votingFixture);
    await networkHelpers.time.increaseTo(voting.endTime);
    await viem.assertions.revertWithCustomError(
      voting.sealedBallots.write.castSealedVote([voting.pollId, toStruct(alice)]),
      voting.sealedBallots,
      "SealedBallots__VotingEnded",
    );
    const now = BigInt(await networkHelpers.time.latest());
    await voting.ballotbox.write.createPoll(["Public?", ["A", "B", "C"], 0, Number(now + 100n), Number(now + 200n)]);
    const publicPoll = await voting.ballotbox.read.pollCount();
    await viem.assertions.revertWithCustomError(
      voting.sealedBallots.write.castSealedVote([publicPoll, toStruct(alice)]),
      voting.sealedBallots,
      "SealedBallots__PollNotSealed",
    );
    await voting.ballotbox.write.createSealedPoll([
      "Later?",
      ["A", "B", "C"],
      0,
      Number(now + 100n),
      Number(now + 200n),
    ]);
    await viem.assertions.revertWithCustomError(
      voting.sealedBallots.write.castSealedVote([publicPoll + 1n, toStruct(alice)]),
      voting.sealedBallots,
      "SealedBallots__VotingNotStarted",
    );
  });

  it("Should refuse every ballot of a poll whose ceremony did not finish, and public ballots in a sealed poll", async () => {
    const setup: OpenedCeremony = await fixtures.opened(PLAN);
    await fixtures.keysAndDeals(setup, [1], []);
    await networkHelpers.time.increaseTo(setup.startTime);
    assert.equal(await setup.trusteeCeremony.read.status([setup.pollId]), 7); // FailedTooFewKeys
    await viem.assertions.revertWithCustomError(
      setup.sealedBallots.write.castSealedVote([setup.pollId, toStruct(alice)]),
      setup.sealedBallots,
      "SealedBallots__CeremonyNotFinished",
    );
    const publicBallot = {
      merkleTreeDepth: 2n,
      merkleTreeRoot: 0n,
      nullifier: 1n,
      message: 0n,
      scope: 0n,
      points: alice.proof,
    };
    await viem.assertions.revertWithCustomError(
      setup.ballotbox.write.castVote([setup.pollId, publicBallot]),
      setup.ballotbox,
      "Ballotbox__PollIsSealed",
    );
  });
});

describe("SealedBallots: decrypting the total", () => {
  /** Alice and carol for option 2, bob for option 3; voting closed. */
  async function closedFixture() {
    const voting = await networkHelpers.loadFixture(votingFixture);
    await voting.sealedBallots.write.castSealedVotes([
      voting.pollId,
      [toStruct(alice), toStruct(bob), toStruct(carol)],
    ]);
    const tally = await voting.sealedBallots.read.getEncryptedTally([voting.pollId]);
    const [c1, ...c2] = wordsToPoints(tally);
    return { ...voting, c1: c1 as Point, c2 };
  }

  const partialOf = (closed: Awaited<ReturnType<typeof closedFixture>>, trustee: number) =>
    provePartialDecryption(closed.shares.get(trustee) ?? [], closed.c1, decryptionArtifacts);

  async function publish(
    closed: Awaited<ReturnType<typeof closedFixture>>,
    trustee: number,
    partial: PartialDecryption,
    aggregateKey: AggregateKey = closed.key,
  ) {
    const sealed = await closed.as(trustee);
    return sealed.write.publishPartialDecryption([
      closed.pollId,
      commitmentWords(aggregateKey.commitments),
      partial.decryptionShares,
      partial.proof,
    ]);
  }

  /** Every trustee's partial decryption of the closed fixture's tally, made once. */
  const partials = new Map<number, PartialDecryption>();
  before(async () => {
    const closed = await networkHelpers.loadFixture(closedFixture);
    for (const trustee of [1, 2, 3]) partials.set(trustee, await partialOf(closed, trustee));
  });

  it("Should decrypt the total with any two of the three trustees, as the ballots' plaintexts say", async () => {
    const closed = await networkHelpers.loadFixture(closedFixture);
    await viem.assertions.revertWithCustomError(
      publish(closed, 1, partials.get(1) as PartialDecryption),
      closed.sealedBallots,
      "SealedBallots__PollNotClosed",
    );
    await networkHelpers.time.increaseTo(closed.endTime);
    for (const trustee of [1, 3]) await publish(closed, trustee, partials.get(trustee) as PartialDecryption);
    const used = [1, 3];
    const combined = closed.c2.map((_, option) =>
      combine(
        used.map((trustee) => wordsToPoints(partials.get(trustee)?.decryptionShares ?? [])[option] as Point),
        used,
      ),
    );
    const counts = tallyFromCombined(closed.c2, combined, 4);
    assert.deepEqual(counts, [0n, 2n, 1n]);
    const shareWords = used.map((trustee) => partials.get(trustee)?.decryptionShares ?? []);
    await viem.assertions.revertWithCustomError(
      closed.sealedBallots.write.publishTally([closed.pollId, [0n, 1n, 2n], trusteeMask(used), shareWords]),
      closed.sealedBallots,
      "SealedBallots__WrongTally",
    );
    await viem.assertions.revertWithCustomError(
      closed.sealedBallots.write.publishTally([
        closed.pollId,
        [0n, 2n + SUBGROUP_ORDER, 1n],
        trusteeMask(used),
        shareWords,
      ]),
      closed.sealedBallots,
      "SealedBallots__WrongTally",
    );
    await closed.sealedBallots.write.publishTally([closed.pollId, counts, trusteeMask(used), shareWords]);
    assert.deepEqual(await closed.sealedBallots.read.getTally([closed.pollId]), counts);
    await viem.assertions.revertWithCustomError(
      publish(closed, 2, partials.get(2) as PartialDecryption),
      closed.sealedBallots,
      "SealedBallots__AlreadyTallied",
    );
  });

  it("Should refuse a wrong partial decryption, wrong aggregate commitments, a stranger and a second one", async () => {
    const closed = await networkHelpers.loadFixture(closedFixture);
    await networkHelpers.time.increaseTo(closed.endTime);
    const genuine = partials.get(2) as PartialDecryption;
    const wrong = {
      ...genuine,
      decryptionShares: pointWords(
        wordsToPoints(genuine.decryptionShares).map((point, option) => (option === 1 ? add(point, G) : point)),
      ),
    };
    await viem.assertions.revertWithCustomError(
      publish(closed, 2, wrong),
      closed.sealedBallots,
      "SealedBallots__WrongPartialDecryption",
    );
    // Another trustee's genuine partial decryption, sent as trustee 2's.
    await viem.assertions.revertWithCustomError(
      publish(closed, 2, partials.get(1) as PartialDecryption),
      closed.sealedBallots,
      "SealedBallots__WrongPartialDecryption",
    );
    const otherKey = {
      ...closed.key,
      commitments: closed.key.commitments.map((row) => row.map((point) => add(point, mulBase(1n)))),
    };
    await viem.assertions.revertWithCustomError(
      publish(closed, 2, genuine, otherKey),
      closed.sealedBallots,
      "SealedBallots__WrongAggregateCommitments",
    );
    await viem.assertions.revertWithCustomError(
      publish(closed, 9, genuine),
      closed.sealedBallots,
      "SealedBallots__NotQualified",
    );
    await publish(closed, 2, genuine);
    await viem.assertions.revertWithCustomError(
      publish(closed, 2, genuine),
      closed.sealedBallots,
      "SealedBallots__AlreadyDecrypted",
    );
  });

  it("Should refuse a total from fewer than t partial decryptions, or from shares not published", async () => {
    const closed = await networkHelpers.loadFixture(closedFixture);
    await networkHelpers.time.increaseTo(closed.endTime);
    await publish(closed, 1, partials.get(1) as PartialDecryption);
    const one = [partials.get(1)?.decryptionShares ?? []];
    await viem.assertions.revertWithCustomError(
      closed.sealedBallots.write.publishTally([closed.pollId, [0n, 2n, 1n], trusteeMask([1]), one]),
      closed.sealedBallots,
      "SealedBallots__WrongShareSet",
    );
    await viem.assertions.revertWithCustomError(
      closed.sealedBallots.write.publishTally([
        closed.pollId,
        [0n, 2n, 1n],
        trusteeMask([1, 2]),
        [...one, partials.get(2)?.decryptionShares ?? []],
      ]),
      closed.sealedBallots,
      "SealedBallots__WrongShareSet",
    );
  });
});
