/**
 * The sealed protocol's invariant on chain, for random elections: whatever the options (2 to 5, so the
 * 2- and 4-option circuits with padding), the ballot type, the trustees (2 to 4), the threshold and which
 * t of them decrypt, the total SealedBallots makes final equals the ballots' plaintexts, which the test
 * knows and the contracts never see. Real ceremonies, real proofs, Hardhat's in-process network; the
 * elections are drawn by fast-check from a fixed seed, so a failure names a reproducible one.
 */
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import fc from "fast-check";
import { network } from "hardhat";
import { ballotCircuitFor } from "../../circuits/manifest.ts";
import { BALLOT_TYPES, ballotTypeToNumber, type BallotType } from "../../lib/ballots/ballot.ts";
import { sealedArtifacts } from "../../lib/sealed/artifacts.node.ts";
import { choiceVector } from "../../lib/sealed/ballot-encryption.ts";
import { castableSealedBallot, proveSealedBallot, sealedBallotInput } from "../../lib/sealed/sealed-ballot-proof.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { makeSealedFixtures } from "../helpers/sealed-ceremony.ts";

const connection = await network.create();
const { networkHelpers } = connection;
const fixtures = makeSealedFixtures(connection);

/** Fixed, so that CI and a developer draw the same elections; change it to explore others. */
const SEED = 20261204;
const ELECTIONS = 4;

interface Election {
  optionCount: number;
  ballotType: BallotType;
  trustees: number;
  threshold: number;
  /** Which trustees decrypt: `threshold` of them, in increasing order. */
  decrypting: number[];
  /** Each voter's chosen options (0-based). */
  choices: number[][];
}

const electionArbitrary: fc.Arbitrary<Election> = fc
  .record({
    optionCount: fc.integer({ min: 2, max: 5 }),
    ballotType: fc.constantFrom(...BALLOT_TYPES),
    trustees: fc.integer({ min: 2, max: 4 }),
  })
  .chain(({ optionCount, ballotType, trustees }) =>
    fc.integer({ min: 1, max: trustees }).chain((threshold) =>
      fc.record({
        optionCount: fc.constant(optionCount),
        ballotType: fc.constant(ballotType),
        trustees: fc.constant(trustees),
        threshold: fc.constant(threshold),
        decrypting: fc
          .shuffledSubarray(
            Array.from({ length: trustees }, (_, i) => i + 1),
            { minLength: threshold, maxLength: threshold },
          )
          .map((chosen) => [...chosen].sort((a, b) => a - b)),
        choices: fc.array(
          ballotType === "single"
            ? fc.integer({ min: 0, max: optionCount - 1 }).map((option) => [option])
            : fc.uniqueArray(fc.integer({ min: 0, max: optionCount - 1 }), { minLength: 1, maxLength: optionCount }),
          { minLength: 2, maxLength: 5 },
        ),
      }),
    ),
  );

after(releaseSnarkjs);

describe("SealedBallots: random elections", () => {
  const elections = fc.sample(electionArbitrary, { seed: SEED, numRuns: ELECTIONS });
  it("Should draw elections of both ballot types, padded circuits and more than one trustee set", () => {
    assert.deepEqual(new Set(elections.map(({ ballotType }) => ballotType)), new Set(BALLOT_TYPES));
    assert.ok(
      elections.some(({ optionCount }) => optionCount !== 2 && optionCount !== 4),
      "no padded circuit",
    );
    assert.ok(new Set(elections.map(({ decrypting }) => decrypting.join())).size > 1, "one trustee set only");
  });
  for (const [run, election] of elections.entries()) {
    const name = `${election.optionCount} options, ${election.ballotType}, ${election.threshold} of ${election.trustees}, ${election.choices.length} voters`;
    it(
      `Should decrypt exactly the ballots' plaintexts (election ${run + 1}: ${name})`,
      { timeout: 180_000 },
      async () => {
        await runElection(election, run);
      },
    );
  }
});

async function runElection(election: Election, run: number): Promise<void> {
  const { optionCount, ballotType, trustees, threshold, decrypting, choices } = election;
  const setup = await fixtures.opened({ trustees, threshold, optionCount, ballotType: ballotTypeToNumber(ballotType) });
  const voters = choices.map((_, i) => new Identity(`sealed-invariant-${String(run)}-${String(i)}`));
  const roll = new Group(voters.map((voter) => voter.commitment));
  await setup.ballotbox.write.addVoters([setup.pollId, roll.members]);
  const everyone = Array.from({ length: trustees }, (_, i) => i + 1);
  const { keys, dealings } = await fixtures.keysAndDeals(setup, everyone, everyone);
  const qualified = [...dealings.values()];
  const { key, shares } = fixtures.trusteeShares(setup, keys, qualified);
  await fixtures.finaliseWith(setup, qualified);
  await networkHelpers.time.increaseTo(setup.startTime);

  const shape = { ballotType, optionCount };
  const poll = { scope: await setup.ballotbox.read.pollScope([setup.pollId]), ballotType, pollKeys: key.pollKeys };
  const artifacts = sealedArtifacts(ballotCircuitFor(optionCount));
  const ballots = [];
  for (const [index, selected] of choices.entries()) {
    const input = sealedBallotInput(voters[index] as Identity, roll.generateMerkleProof(index), poll, {
      choices: choiceVector(shape, selected),
      randomness: setup.random(),
    });
    ballots.push(castableSealedBallot(await proveSealedBallot(input, artifacts), optionCount));
  }
  // The first alone, the rest in one batch: both ways add into the same encrypted tally.
  const [first, ...rest] = ballots;
  assert.ok(first !== undefined);
  await setup.sealedBallots.write.castSealedVote([setup.pollId, first]);
  if (rest.length > 0) await setup.sealedBallots.write.castSealedVotes([setup.pollId, rest]);

  await fixtures.decryptTotal(setup, { key, shares }, decrypting, choices.length);

  const plaintexts = Array.from({ length: optionCount }, (_, option) =>
    BigInt(choices.filter((selected) => selected.includes(option)).length),
  );
  assert.deepEqual([...(await setup.sealedBallots.read.getTally([setup.pollId]))], plaintexts);
}
