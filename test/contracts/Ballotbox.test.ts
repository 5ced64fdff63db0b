import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { network } from "hardhat";
import { toFunctionSelector as sel } from "viem";
import { Group } from "@semaphore-protocol/group";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { proveBallot } from "../helpers/proofs.ts";
import { signRegistration } from "../../lib/registration/invite-signature.ts";
import { AddressTree } from "../../lib/registration/address-tree.ts";
import { APPROVAL, HOUR, SINGLE_CHOICE, invites, makeFixtures, strayInvite, voters } from "../helpers/fixtures.ts";
import { ROLL_CHANGE_POLL, prepareRollChanges, type RollChange } from "./roll-changes.ts";

/** IBallotbox.Secrecy.PublicAsCast. */
const PUBLIC_AS_CAST = 0;
const SNARK_SCALAR_FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

const connection = await network.create();
const { viem, networkHelpers } = connection;
const { deployFixture, electionFixture, votingFixture } = makeFixtures(connection);

/** alice and bob, in this order: the roll of both polls openSharedRollPolls opens. */
const sharedRoll = new Group([voters.alice.commitment, voters.bob.commitment]);

/**
 * Opens two single-choice polls (1 and 2, "Yes"/"No") on a fresh deployment, whose rolls hold the
 * same voters in the same order. Each poll has its own Semaphore group (Ballotbox creates one per
 * poll, so two polls cannot share a group), but identical rolls have one Merkle root: only the scope
 * tells the polls apart. (Not a fixture: see prepareRollChanges.)
 */
async function openSharedRollPolls() {
  const deployed = await networkHelpers.loadFixture(deployFixture);
  const { ballotbox } = deployed;
  const startTime = BigInt(await networkHelpers.time.latest()) + HOUR;
  for (const question of ["Picnic?", "Concert?"]) {
    await ballotbox.write.createPoll([
      question,
      ["Yes", "No"],
      SINGLE_CHOICE,
      Number(startTime),
      Number(startTime + HOUR),
    ]);
  }
  for (const pollId of [1n, 2n]) await ballotbox.write.addVoters([pollId, sharedRoll.members]);
  await networkHelpers.time.increaseTo(startTime);
  return deployed;
}

/**
 * Checks that a roll change is refused from the first second of voting and leaves the poll as it
 * was. The same call first passes a dry run in the registration phase, so nothing but the freeze
 * stops it: without the freeze check, this fails.
 */
async function expectFrozenOnceVotingOpens(change: RollChange): Promise<void> {
  const election = await networkHelpers.loadFixture(electionFixture);
  const { ballotbox, startTime } = election;
  const { simulate, send } = (await prepareRollChanges(election))[change];
  await simulate();
  const pollBefore = await ballotbox.read.getPoll([ROLL_CHANGE_POLL]);
  const rollSizeBefore = await ballotbox.read.getRollSize([ROLL_CHANGE_POLL]);
  await networkHelpers.time.setNextBlockTimestamp(startTime);
  await viem.assertions.revertWithCustomError(send(), ballotbox, "Ballotbox__RollIsFrozen");
  assert.deepEqual(await ballotbox.read.getPoll([ROLL_CHANGE_POLL]), pollBefore);
  assert.equal(await ballotbox.read.getRollSize([ROLL_CHANGE_POLL]), rollSizeBefore);
}

/** Real proofs, made once against the election fixture (its addresses and roots are deterministic). */
let proofs: Record<
  | "aliceRed"
  | "aliceBlue"
  | "bobBlue"
  | "carolGreen"
  | "daveRed"
  | "aliceBallotOutOfRange"
  | "aliceApproval"
  | "bobApproval"
  | "eveInPoll1"
  | "frankStaleRoot"
  | "aliceYesInSharedRollPoll1"
  | "aliceNoInSharedRollPoll2",
  SolidityProof
>;

before(async () => {
  const { ballotbox, groups } = await networkHelpers.loadFixture(electionFixture);
  const scope = (pollId: bigint) => ballotbox.read.pollScope([pollId]);
  const [scope1, scope2, scope4] = await Promise.all([scope(1n), scope(2n), scope(4n)]);
  proofs = {
    aliceRed: await proveBallot(voters.alice, groups[1], 0n, scope1),
    aliceBlue: await proveBallot(voters.alice, groups[1], 2n, scope1),
    bobBlue: await proveBallot(voters.bob, groups[1], 2n, scope1),
    carolGreen: await proveBallot(voters.carol, groups[1], 1n, scope1),
    daveRed: await proveBallot(voters.dave, groups[1], 0n, scope1),
    aliceBallotOutOfRange: await proveBallot(voters.alice, groups[1], 3n, scope1),
    aliceApproval: await proveBallot(voters.alice, groups[2], 0b0101n, scope2),
    bobApproval: await proveBallot(voters.bob, groups[2], 0b1110n, scope2),
    // eve is on poll 3's roll only, but proves with poll 1's scope.
    eveInPoll1: await proveBallot(voters.eve, groups[3], 1n, scope1),
    // frank proves against poll 4's roll as it was before the organizer removed him.
    frankStaleRoot: await proveBallot(voters.frank, groups[4], 0n, scope4),
    // The shared-roll fixture's polls 1 and 2 are at the same ids, so they have the same scopes.
    aliceYesInSharedRollPoll1: await proveBallot(voters.alice, sharedRoll, 0n, scope1),
    aliceNoInSharedRollPoll2: await proveBallot(voters.alice, sharedRoll, 1n, scope2),
  };
});

after(releaseSnarkjs);

describe("Ballotbox", () => {
  describe("# createPoll", () => {
    it("Should create a poll with its own Semaphore group and emit its texts", async () => {
      const { ballotbox, organizer } = await networkHelpers.loadFixture(deployFixture);
      const start = BigInt(await networkHelpers.time.latest()) + HOUR;
      await viem.assertions.emitWithArgs(
        ballotbox.write.createPoll(["Lunch?", ["Soup", "Salad"], SINGLE_CHOICE, Number(start), Number(start + HOUR)]),
        ballotbox,
        "PollCreated",
        [
          1n,
          organizer.account.address,
          0n,
          SINGLE_CHOICE,
          PUBLIC_AS_CAST,
          Number(start),
          Number(start + HOUR),
          "Lunch?",
          ["Soup", "Salad"],
        ],
      );
      const poll = await ballotbox.read.getPoll([1n]);
      assert.equal(poll.optionCount, 2);
      assert.equal(poll.organizer.toLowerCase(), organizer.account.address.toLowerCase());
      assert.equal(await ballotbox.read.pollCount(), 1n);
      assert.equal(await ballotbox.read.getPhase([1n]), 0);
      assert.deepEqual(await ballotbox.read.getTally([1n]), [0n, 0n]);
    });

    it("Should not create a poll with fewer than 2 or more than 32 options", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(deployFixture);
      const start = (await networkHelpers.time.latest()) + 3600;
      await viem.assertions.revertWithCustomErrorWithArgs(
        ballotbox.write.createPoll(["Q", ["Only"], SINGLE_CHOICE, start, start + 1]),
        ballotbox,
        "Ballotbox__OptionCountOutOfRange",
        [1n],
      );
      const many = Array.from({ length: 33 }, (_, i) => `Option ${i}`);
      await viem.assertions.revertWithCustomErrorWithArgs(
        ballotbox.write.createPoll(["Q", many, APPROVAL, start, start + 1]),
        ballotbox,
        "Ballotbox__OptionCountOutOfRange",
        [33n],
      );
    });

    it("Should not create a poll with an unknown ballot type", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(deployFixture);
      const start = (await networkHelpers.time.latest()) + 3600;
      await viem.assertions.revertWithCustomErrorWithArgs(
        ballotbox.write.createPoll(["Q", ["A", "B"], 2, start, start + 1]),
        ballotbox,
        "Ballotbox__UnknownBallotType",
        [2],
      );
    });

    it("Should not create a poll with an empty question or option", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(deployFixture);
      const start = (await networkHelpers.time.latest()) + 3600;
      await viem.assertions.revertWithCustomError(
        ballotbox.write.createPoll(["", ["A", "B"], SINGLE_CHOICE, start, start + 1]),
        ballotbox,
        "Ballotbox__EmptyQuestion",
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        ballotbox.write.createPoll(["Q", ["A", ""], SINGLE_CHOICE, start, start + 1]),
        ballotbox,
        "Ballotbox__EmptyOption",
        [1n],
      );
    });

    it("Should not create a poll that starts now or in the past, or ends before it starts", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(deployFixture);
      const now = await networkHelpers.time.latest();
      await viem.assertions.revertWithCustomError(
        ballotbox.write.createPoll(["Q", ["A", "B"], SINGLE_CHOICE, now, now + 3600]),
        ballotbox,
        "Ballotbox__StartTimeNotInFuture",
      );
      await viem.assertions.revertWithCustomError(
        ballotbox.write.createPoll(["Q", ["A", "B"], SINGLE_CHOICE, now + 3600, now + 3600]),
        ballotbox,
        "Ballotbox__EndTimeNotAfterStartTime",
      );
    });
  });

  describe("# addVoter / addVoters / removeVoter", () => {
    it("Should add voters before the poll opens and update the roll's root", async () => {
      const { ballotbox, groups } = await networkHelpers.loadFixture(electionFixture);
      assert.equal(await ballotbox.read.getRollSize([1n]), 4n);
      assert.equal(await ballotbox.read.getMerkleRoot([1n]), groups[1].root);
      const removed = new Group([voters.frank.commitment, voters.grace.commitment]);
      removed.removeMember(0);
      assert.equal(await ballotbox.read.getMerkleRoot([4n]), removed.root);
    });

    it("Should not let anyone but the organizer manage the roll", async () => {
      const { ballotbox, stranger, as } = await networkHelpers.loadFixture(electionFixture);
      const asStranger = await as(stranger);
      for (const call of [
        asStranger.write.addVoter([1n, voters.eve.commitment]),
        asStranger.write.addVoters([1n, [voters.eve.commitment]]),
        asStranger.write.removeVoter([1n, voters.alice.commitment, []]),
        asStranger.write.setInviteRoot([1n, `0x${"11".repeat(32)}`]),
        asStranger.write.setAllowlistRoot([1n, `0x${"11".repeat(32)}`]),
      ]) {
        await viem.assertions.revertWithCustomError(call, ballotbox, "Ballotbox__CallerIsNotTheOrganizer");
      }
    });

    it("Should name an unknown poll", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(electionFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.addVoter([99n, voters.eve.commitment]),
        ballotbox,
        "Ballotbox__PollNotFound",
      );
      await viem.assertions.revertWithCustomError(ballotbox.read.getPoll([99n]), ballotbox, "Ballotbox__PollNotFound");
      await viem.assertions.revertWithCustomError(ballotbox.read.getPoll([0n]), ballotbox, "Ballotbox__PollNotFound");
      await viem.assertions.revertWithCustomError(
        ballotbox.read.getBallotContext([99n]),
        ballotbox,
        "Ballotbox__PollNotFound",
      );
    });

    it("Should give a ballot's context as getPoll and pollScope do", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(electionFixture);
      const poll = await ballotbox.read.getPoll([1n]);
      assert.deepEqual(await ballotbox.read.getBallotContext([1n]), {
        startTime: poll.startTime,
        endTime: poll.endTime,
        optionCount: poll.optionCount,
        ballotType: poll.ballotType,
        secrecy: poll.secrecy,
        rollRoot: poll.rollRoot,
        scope: await ballotbox.read.pollScope([1n]),
      });
    });
  });

  describe("# addVoter", () => {
    it("Should not add a voter once voting opens", async () => {
      await expectFrozenOnceVotingOpens("addVoter");
    });
  });

  describe("# addVoters", () => {
    it("Should not add voters once voting opens", async () => {
      await expectFrozenOnceVotingOpens("addVoters");
    });
  });

  describe("# removeVoter", () => {
    it("Should not remove a voter once voting opens", async () => {
      await expectFrozenOnceVotingOpens("removeVoter");
    });
  });

  describe("# setInviteRoot", () => {
    it("Should not replace the invites once voting opens", async () => {
      await expectFrozenOnceVotingOpens("setInviteRoot");
    });
  });

  describe("# setAllowlistRoot", () => {
    it("Should not replace the allowlist once voting opens", async () => {
      await expectFrozenOnceVotingOpens("setAllowlistRoot");
    });
  });

  describe("# registerWithInvite", () => {
    it("Should register the signed commitment, submitted by anyone", async () => {
      const { ballotbox, semaphore } = await networkHelpers.loadFixture(electionFixture);
      const groupId = await ballotbox.read.getGroupId([1n]);
      assert.equal(await semaphore.read.hasMember([groupId, voters.carol.commitment]), true);
      assert.equal(await ballotbox.read.inviteUsed([1n, invites[0]?.address ?? "0x"]), true);
      assert.equal(await ballotbox.read.inviteUsed([1n, invites[1]?.address ?? "0x"]), false);
    });

    it("Should not accept an invite twice", async () => {
      const { ballotbox, chainId, inviteTree } = await networkHelpers.loadFixture(electionFixture);
      const [invite] = invites;
      if (invite === undefined) throw new Error("no invite");
      const signature = await signRegistration(
        invite,
        { chainId, ballotbox: ballotbox.address },
        1n,
        voters.eve.commitment,
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        ballotbox.write.registerWithInvite([
          1n,
          voters.eve.commitment,
          invite.address,
          inviteTree.proof(invite.address),
          signature,
        ]),
        ballotbox,
        "Ballotbox__InviteAlreadyUsed",
        [invite.address],
      );
    });

    it("Should not register a commitment other than the signed one (front-running)", async () => {
      const { ballotbox, chainId, inviteTree } = await networkHelpers.loadFixture(electionFixture);
      const invite = invites[1];
      if (invite === undefined) throw new Error("no invite");
      const signature = await signRegistration(
        invite,
        { chainId, ballotbox: ballotbox.address },
        1n,
        voters.eve.commitment,
      );
      await viem.assertions.revertWithCustomError(
        ballotbox.write.registerWithInvite([
          1n,
          voters.frank.commitment,
          invite.address,
          inviteTree.proof(invite.address),
          signature,
        ]),
        ballotbox,
        "Ballotbox__InvalidInvite",
      );
    });

    it("Should not accept a signature for another poll, contract or chain", async () => {
      const { ballotbox, chainId, inviteTree } = await networkHelpers.loadFixture(electionFixture);
      const invite = invites[1];
      if (invite === undefined) throw new Error("no invite");
      const proof = inviteTree.proof(invite.address);
      const wrongSignatures = [
        await signRegistration(invite, { chainId, ballotbox: ballotbox.address }, 2n, voters.eve.commitment),
        await signRegistration(
          invite,
          { chainId: chainId + 1, ballotbox: ballotbox.address },
          1n,
          voters.eve.commitment,
        ),
        await signRegistration(
          invite,
          { chainId, ballotbox: "0x000000000000000000000000000000000000dEaD" },
          1n,
          voters.eve.commitment,
        ),
      ];
      for (const signature of wrongSignatures) {
        await viem.assertions.revertWithCustomError(
          ballotbox.write.registerWithInvite([1n, voters.eve.commitment, invite.address, proof, signature]),
          ballotbox,
          "Ballotbox__InvalidInvite",
        );
      }
    });

    it("Should not accept a key that is not one of the poll's invites", async () => {
      const { ballotbox, chainId, inviteTree } = await networkHelpers.loadFixture(electionFixture);
      const signature = await signRegistration(
        strayInvite,
        { chainId, ballotbox: ballotbox.address },
        1n,
        voters.eve.commitment,
      );
      const someProof = inviteTree.proof(invites[1]?.address ?? "0x");
      await viem.assertions.revertWithCustomError(
        ballotbox.write.registerWithInvite([1n, voters.eve.commitment, strayInvite.address, someProof, signature]),
        ballotbox,
        "Ballotbox__InvalidInvite",
      );
      // Poll 2 has no invites at all.
      await viem.assertions.revertWithCustomError(
        ballotbox.write.registerWithInvite([2n, voters.eve.commitment, strayInvite.address, [], signature]),
        ballotbox,
        "Ballotbox__InvalidInvite",
      );
    });

    it("Should not register by invite once voting opens", async () => {
      await expectFrozenOnceVotingOpens("registerWithInvite");
    });
  });

  describe("# registerFromAllowlist", () => {
    it("Should register the commitment of an allowlisted wallet once", async () => {
      const { ballotbox, allowlisted, allowlist, as } = await networkHelpers.loadFixture(electionFixture);
      assert.equal(await ballotbox.read.allowlistEntryUsed([1n, allowlisted.account.address]), true);
      await viem.assertions.revertWithCustomErrorWithArgs(
        (await as(allowlisted)).write.registerFromAllowlist([
          1n,
          voters.eve.commitment,
          allowlist.proof(allowlisted.account.address),
        ]),
        ballotbox,
        "Ballotbox__AllowlistEntryAlreadyUsed",
        [allowlisted.account.address],
      );
    });

    it("Should not register a wallet that is not on the allowlist", async () => {
      const { ballotbox, stranger, allowlisted, allowlist, as } = await networkHelpers.loadFixture(electionFixture);
      await viem.assertions.revertWithCustomErrorWithArgs(
        // The stranger replays the allowlisted wallet's proof: it is bound to msg.sender.
        (await as(stranger)).write.registerFromAllowlist([
          1n,
          voters.eve.commitment,
          allowlist.proof(allowlisted.account.address),
        ]),
        ballotbox,
        "Ballotbox__NotOnAllowlist",
        [stranger.account.address],
      );
      const otherTree = new AddressTree([stranger.account.address]);
      await viem.assertions.revertWithCustomErrorWithArgs(
        // Poll 2 has no allowlist.
        (await as(stranger)).write.registerFromAllowlist([
          2n,
          voters.eve.commitment,
          otherTree.proof(stranger.account.address),
        ]),
        ballotbox,
        "Ballotbox__NotOnAllowlist",
        [stranger.account.address],
      );
    });

    it("Should not register from the allowlist once voting opens", async () => {
      await expectFrozenOnceVotingOpens("registerFromAllowlist");
    });
  });

  describe("# castVote", () => {
    it("Should count a single-choice ballot from each registration way", async () => {
      const { ballotbox, relayer, as } = await networkHelpers.loadFixture(votingFixture);
      const viaRelayer = await as(relayer);
      await viem.assertions.emitWithArgs(viaRelayer.write.castVote([1n, proofs.aliceRed]), ballotbox, "BallotCast", [
        1n,
        proofs.aliceRed.nullifier,
        0n,
        proofs.aliceRed.merkleTreeDepth,
        proofs.aliceRed.merkleTreeRoot,
        proofs.aliceRed.scope,
        proofs.aliceRed.points,
      ]);
      assert.equal(await ballotbox.read.nullifierUsed([1n, proofs.aliceRed.nullifier]), true);
      await viaRelayer.write.castVote([1n, proofs.bobBlue]);
      await viaRelayer.write.castVote([1n, proofs.carolGreen]); // registered by invite
      await viaRelayer.write.castVote([1n, proofs.daveRed]); // registered from the allowlist
      assert.deepEqual(await ballotbox.read.getTally([1n]), [2n, 1n, 1n]);
      assert.equal(await ballotbox.read.getBallotCount([1n]), 4n);
      assert.equal(await ballotbox.read.getPhase([1n]), 1);
    });

    it("Should count an approval ballot once for each approved option", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await ballotbox.write.castVote([2n, proofs.aliceApproval]); // A and C
      await ballotbox.write.castVote([2n, proofs.bobApproval]); // B, C and D
      assert.deepEqual(await ballotbox.read.getTally([2n]), [1n, 1n, 2n, 1n]);
      assert.equal(await ballotbox.read.getBallotCount([2n]), 2n);
    });

    it("Should not count a second ballot from the same voter, even for another option", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await ballotbox.write.castVote([1n, proofs.aliceRed]);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([1n, proofs.aliceRed]),
        ballotbox,
        "Ballotbox__NullifierAlreadyUsed",
      );
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([1n, proofs.aliceBlue]),
        ballotbox,
        "Ballotbox__NullifierAlreadyUsed",
      );
      assert.deepEqual(await ballotbox.read.getTally([1n]), [1n, 0n, 0n]);
    });

    it("Should not accept a proof replayed in another poll", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([2n, proofs.aliceRed]),
        ballotbox,
        "Ballotbox__WrongScope",
      );
    });

    it("Should not count a ballot for one poll in another poll with the same roll", async () => {
      // The attack only the scope check stops. Both polls' rolls hold alice and bob in the same
      // order, so they have one root, and alice's proof for poll 1 passes poll 2's root check. Its
      // Groth16 proof is valid (the verifier checks it against the scope it carries, poll 1's), its
      // ballot is valid in poll 2, and its nullifier is new there: a nullifier is Poseidon(scope,
      // secret), so her poll-2 ballot has another one, and Ballotbox keeps nullifiers per poll.
      // Without the scope check, anyone holding her poll-1 proof (it is on chain, in BallotCast)
      // could count it in poll 2, and she would be counted twice there.
      const { ballotbox, publicClient } = await openSharedRollPolls();
      const { aliceYesInSharedRollPoll1: forPoll1, aliceNoInSharedRollPoll2: forPoll2 } = proofs;
      assert.equal(await ballotbox.read.getMerkleRoot([1n]), await ballotbox.read.getMerkleRoot([2n]));
      assert.notEqual(forPoll1.nullifier, forPoll2.nullifier);
      await ballotbox.write.castVote([1n, forPoll1]); // a genuine ballot, where it belongs
      await ballotbox.write.castVote([2n, forPoll2]);

      // The replay goes in a batch, which skips a bad ballot instead of reverting: so without the
      // scope check this test fails on the double count, not on a missing revert.
      const hash = await ballotbox.write.castVotes([2n, [forPoll1]]);
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      assert.equal(
        await ballotbox.read.getBallotCount([2n]),
        1n,
        "alice's ballot for poll 1 was counted in poll 2 too: she voted twice there",
      );
      assert.deepEqual(await ballotbox.read.getTally([2n]), [0n, 1n]);
      const rejected = await ballotbox.getEvents.BallotRejected({}, { blockHash: receipt.blockHash });
      assert.deepEqual(
        rejected.map((log) => [log.args.nullifier, log.args.reason]),
        [[forPoll1.nullifier, sel("Ballotbox__WrongScope()")]],
      );
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([2n, forPoll1]),
        ballotbox,
        "Ballotbox__WrongScope",
      );
      assert.deepEqual(await ballotbox.read.getTally([1n]), [1n, 0n]);
    });

    it("Should not accept a proof whose ballot (message) was changed", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([1n, { ...proofs.aliceRed, message: 1n }]),
        ballotbox,
        "Ballotbox__InvalidProof",
      );
      const [x, ...rest] = proofs.aliceRed.points;
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([1n, { ...proofs.aliceRed, points: [x + 1n, ...rest] }]),
        ballotbox,
        "Ballotbox__InvalidProof",
      );
    });

    it("Should not accept a ballot out of the poll's range", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([1n, proofs.aliceBallotOutOfRange]),
        ballotbox,
        "Ballotbox__InvalidBallot",
      );
    });

    it("Should not accept a scope or a message at or above the SNARK scalar field", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      // Semaphore hashes both before the circuit, so scope + field would otherwise be a second
      // encoding of the same poll.
      for (const proof of [
        { ...proofs.aliceRed, scope: proofs.aliceRed.scope + SNARK_SCALAR_FIELD },
        { ...proofs.aliceRed, message: SNARK_SCALAR_FIELD },
      ]) {
        await viem.assertions.revertWithCustomError(
          ballotbox.write.castVote([1n, proof]),
          ballotbox,
          "Ballotbox__NotInSnarkScalarField",
        );
      }
    });

    it("Should not accept a proof against another poll's roll", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([1n, proofs.eveInPoll1]),
        ballotbox,
        "Ballotbox__WrongRoot",
      );
    });

    it("Should not accept a proof against the roll as it was before a voter was removed", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([4n, proofs.frankStaleRoot]),
        ballotbox,
        "Ballotbox__WrongRoot",
      );
    });

    it("Should not accept a tree depth Semaphore does not support", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      for (const merkleTreeDepth of [0n, 33n]) {
        await viem.assertions.revertWithCustomError(
          ballotbox.write.castVote([1n, { ...proofs.aliceRed, merkleTreeDepth }]),
          ballotbox,
          "Ballotbox__UnsupportedTreeDepth",
        );
      }
    });

    it("Should still count a ballot whose proof a front-runner spent on Semaphore directly", async () => {
      // Semaphore.validateProof is permissionless: had Ballotbox relied on it, copying a voter's
      // proof from the mempool into it would have burned the voter's nullifier.
      const { ballotbox, semaphore, stranger } = await networkHelpers.loadFixture(votingFixture);
      const groupId = await ballotbox.read.getGroupId([1n]);
      const asStranger = await viem.getContractAt("Semaphore", semaphore.address, { client: { wallet: stranger } });
      await asStranger.write.validateProof([groupId, proofs.aliceRed]);
      await ballotbox.write.castVote([1n, proofs.aliceRed]);
      assert.deepEqual(await ballotbox.read.getTally([1n]), [1n, 0n, 0n]);
    });

    it("Should not count a ballot before the poll opens or after it closes", async () => {
      const { ballotbox, endTime } = await networkHelpers.loadFixture(electionFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([1n, proofs.aliceRed]),
        ballotbox,
        "Ballotbox__VotingNotStarted",
      );
      await networkHelpers.time.increaseTo(endTime);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([1n, proofs.aliceRed]),
        ballotbox,
        "Ballotbox__VotingEnded",
      );
      assert.equal(await ballotbox.read.getPhase([1n]), 2);
    });

    it("Should name an unknown poll", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVote([42n, proofs.aliceRed]),
        ballotbox,
        "Ballotbox__PollNotFound",
      );
    });
  });

  describe("# castVotes", () => {
    it("Should count the good ballots of a batch and report each bad one with its reason", async () => {
      const { ballotbox, publicClient } = await networkHelpers.loadFixture(votingFixture);
      const tampered = { ...proofs.carolGreen, message: 0n };
      const hash = await ballotbox.write.castVotes([
        1n,
        [
          proofs.aliceRed,
          tampered,
          proofs.bobBlue,
          proofs.aliceBlue,
          proofs.aliceBallotOutOfRange,
          proofs.aliceApproval,
          proofs.eveInPoll1,
        ],
      ]);
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      const rejected = await ballotbox.getEvents.BallotRejected({}, { blockHash: receipt.blockHash });
      const reasons = rejected.map((log) => [log.args.nullifier, log.args.reason]);
      assert.deepEqual(reasons, [
        [tampered.nullifier, sel("Ballotbox__InvalidProof()")],
        [proofs.aliceBlue.nullifier, sel("Ballotbox__NullifierAlreadyUsed()")],
        [proofs.aliceBallotOutOfRange.nullifier, sel("Ballotbox__InvalidBallot()")],
        [proofs.aliceApproval.nullifier, sel("Ballotbox__WrongScope()")],
        [proofs.eveInPoll1.nullifier, sel("Ballotbox__WrongRoot()")],
      ]);
      assert.deepEqual(await ballotbox.read.getTally([1n]), [1n, 0n, 1n]);
      assert.equal(await ballotbox.read.getBallotCount([1n]), 2n);
    });

    it("Should skip a ballot already counted in an earlier transaction", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await ballotbox.write.castVote([1n, proofs.aliceRed]);
      const { result } = await ballotbox.simulate.castVotes([1n, [proofs.aliceRed, proofs.carolGreen]]);
      assert.equal(result, 1n);
    });

    it("Should not accept an empty batch", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(votingFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVotes([1n, []]),
        ballotbox,
        "Ballotbox__EmptyBatch",
      );
    });

    it("Should not count a batch outside the voting window", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(electionFixture);
      await viem.assertions.revertWithCustomError(
        ballotbox.write.castVotes([1n, [proofs.aliceRed]]),
        ballotbox,
        "Ballotbox__VotingNotStarted",
      );
    });
  });

  describe("# pollScope", () => {
    it("Should bind chain, contract and poll, below the SNARK scalar field", async () => {
      const { ballotbox } = await networkHelpers.loadFixture(deployFixture);
      const [one, two] = await Promise.all([ballotbox.read.pollScope([1n]), ballotbox.read.pollScope([2n])]);
      assert.notEqual(one, two);
      assert.ok(one < SNARK_SCALAR_FIELD && two < SNARK_SCALAR_FIELD);
    });
  });
});
