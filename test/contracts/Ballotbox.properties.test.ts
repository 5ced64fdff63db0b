/**
 * Property tests of the poll rules against the real contracts and real proofs:
 *  - the tally's sum equals the number of counted ballots, and each voter (nullifier) counts once,
 *    whatever the order, mix of single and batch submissions, repeats and invalid proofs among them
 *    (a batch verified together skips its bad proofs and counts the rest);
 *  - ballots are counted exactly inside [startTime, endTime), and every function that changes the
 *    roll (or who may join it) works before startTime and is refused from it on.
 * Runs: FUZZ_RUNS each (default 1,000; `FUZZ_RUNS=10000 npm run test:node` for a deeper search).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { network } from "hardhat";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";
import { makeFixtures, voters } from "../helpers/fixtures.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { negateA } from "../helpers/proof-tampering.ts";
import { proveBallot } from "../helpers/proofs.ts";
import { ROLL_CHANGES, prepareRollChanges } from "./roll-changes.ts";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const OPTIONS = 3;

const connection = await network.create();
const { networkHelpers } = connection;
const { electionFixture, votingFixture } = makeFixtures(connection);

/** The four voters on poll 1's roll, in roll order. */
const roll = [voters.alice, voters.bob, voters.carol, voters.dave];
/** proofsByVoter[v][o]: voter v's ballot for option o in poll 1 (all share v's nullifier). */
let proofsByVoter: SolidityProof[][];

before(async () => {
  const { ballotbox, groups } = await networkHelpers.loadFixture(electionFixture);
  const scope = await ballotbox.read.pollScope([1n]);
  proofsByVoter = [];
  for (const identity of roll) {
    const proofs: SolidityProof[] = [];
    for (let option = 0n; option < OPTIONS; option++)
      proofs.push(await proveBallot(identity, groups[1], option, scope));
    proofsByVoter.push(proofs);
  }
});

after(releaseSnarkjs);

const ballotArbitrary = fc.record({
  voter: fc.integer({ min: 0, max: roll.length - 1 }),
  option: fc.integer({ min: 0, max: OPTIONS - 1 }),
  // Sometimes an invalid proof (A negated: well-formed, only the pairing check refuses it).
  tampered: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});
/** A submission: one ballot alone (castVote) or several in one batch (castVotes). */
const submissionArbitrary = fc.oneof(
  ballotArbitrary.map((ballot) => [ballot]),
  fc.array(ballotArbitrary, { minLength: 1, maxLength: 5 }),
);

function proofOf({ voter, option, tampered }: { voter: number; option: number; tampered: boolean }): SolidityProof {
  const proof = proofsByVoter[voter]?.[option];
  if (proof === undefined) throw new Error(`no proof for voter ${voter}, option ${option}`);
  return tampered ? negateA(proof) : proof;
}

describe("Ballotbox properties", () => {
  it("Should count each voter once and keep sum(tally) == ballot count", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(submissionArbitrary, { minLength: 1, maxLength: 6 }), async (submissions) => {
        const { ballotbox, publicClient } = await networkHelpers.loadFixture(votingFixture);
        const expected: bigint[] = Array.from({ length: OPTIONS }, () => 0n);
        const voted = new Set<number>();
        const counted: bigint[] = [];

        for (const submission of submissions) {
          const [only, ...others] = submission;
          if (only !== undefined && others.length === 0) {
            // Alone, a repeated or invalid ballot reverts; in a batch it is skipped (checked through the tally).
            const hash = ballotbox.write.castVote([1n, proofOf(only)]);
            if (voted.has(only.voter) || only.tampered) {
              await assert.rejects(hash);
              continue;
            }
            await publicClient.waitForTransactionReceipt({ hash: await hash });
          } else {
            const hash = await ballotbox.write.castVotes([1n, submission.map(proofOf)]);
            await publicClient.waitForTransactionReceipt({ hash });
          }
          for (const ballot of submission) {
            if (voted.has(ballot.voter) || ballot.tampered) continue;
            voted.add(ballot.voter);
            expected[ballot.option] = (expected[ballot.option] ?? 0n) + 1n;
            counted.push(proofOf(ballot).nullifier);
          }
        }

        const tally = await ballotbox.read.getTally([1n]);
        const ballotCount = await ballotbox.read.getBallotCount([1n]);
        assert.deepEqual(tally, expected);
        assert.equal(
          tally.reduce((sum, count) => sum + count, 0n),
          ballotCount,
        );
        assert.equal(ballotCount, BigInt(voted.size));

        const cast = await ballotbox.getEvents.BallotCast({ pollId: 1n }, { fromBlock: 0n });
        const nullifiers = cast.map((log) => log.args.nullifier);
        assert.equal(new Set(nullifiers).size, nullifiers.length, "a nullifier was counted twice");
        assert.deepEqual(nullifiers, counted);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("Should count ballots only in [startTime, endTime) and change the roll only before", async () => {
    // Seconds from startTime; half the runs near the start, where one second decides.
    const offsetArbitrary = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 3605 }));
    const rollChangeArbitrary = fc.constantFrom(...ROLL_CHANGES);
    await fc.assert(
      fc.asyncProperty(offsetArbitrary, fc.boolean(), rollChangeArbitrary, async (offset, viaBatch, change) => {
        const election = await networkHelpers.loadFixture(electionFixture);
        const { ballotbox, startTime, endTime } = election;
        const rollChange = (await prepareRollChanges(election))[change];
        const at = startTime + BigInt(offset);
        const proof = proofOf({ voter: 0, option: 1, tampered: false });

        await networkHelpers.time.setNextBlockTimestamp(at);
        const vote = viaBatch ? ballotbox.write.castVotes([1n, [proof]]) : ballotbox.write.castVote([1n, proof]);
        const open = at >= startTime && at < endTime;
        if (open) await vote;
        else await assert.rejects(vote);
        assert.equal(await ballotbox.read.getBallotCount([1n]), open ? 1n : 0n);

        await networkHelpers.time.setNextBlockTimestamp(at + 1n);
        if (at + 1n < startTime) await rollChange.send();
        else await assert.rejects(rollChange.send(), /Ballotbox__RollIsFrozen/, `${change} changed a frozen roll`);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
