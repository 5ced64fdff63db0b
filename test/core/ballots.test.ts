import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { network } from "hardhat";
import BallotboxModule from "../../ignition/modules/Ballotbox.ts";
import {
  MAX_OPTIONS,
  MIN_OPTIONS,
  decodeBallot,
  encodeBallot,
  isValidBallot,
  tallyBallots,
  type BallotShape,
} from "../../lib/ballots/ballot.ts";
import { pollScope } from "../../lib/ballots/scope.ts";
import { SNARK_SCALAR_FIELD } from "../../lib/snark/field.ts";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const shapeArbitrary: fc.Arbitrary<BallotShape> = fc.record({
  ballotType: fc.constantFrom("single" as const, "approval" as const),
  optionCount: fc.integer({ min: MIN_OPTIONS, max: MAX_OPTIONS }),
});

/** A shape with a valid selection for it. */
const choiceArbitrary = shapeArbitrary.chain((shape) =>
  (shape.ballotType === "single"
    ? fc.integer({ min: 0, max: shape.optionCount - 1 }).map((option) => [option])
    : fc.uniqueArray(fc.integer({ min: 0, max: shape.optionCount - 1 }), { minLength: 1, maxLength: shape.optionCount })
  ).map((selected) => ({ shape, selected })),
);

describe("ballot encoding", () => {
  it("Should decode what it encodes, and only valid ballots", () => {
    fc.assert(
      fc.property(choiceArbitrary, ({ shape, selected }) => {
        const ballot = encodeBallot(shape, selected);
        assert.equal(isValidBallot(shape, ballot), true);
        assert.deepEqual(
          decodeBallot(shape, ballot),
          [...selected].sort((a, b) => a - b),
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("Should accept exactly what the contract's Ballots.isValid accepts", () => {
    fc.assert(
      fc.property(shapeArbitrary, fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }), (shape, ballot) => {
        const expected =
          ballot < SNARK_SCALAR_FIELD &&
          (shape.ballotType === "single"
            ? ballot < BigInt(shape.optionCount)
            : ballot !== 0n && ballot < 1n << BigInt(shape.optionCount));
        assert.equal(isValidBallot(shape, ballot), expected);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("Should refuse choices that are not ballots, with a sentence", () => {
    const single: BallotShape = { ballotType: "single", optionCount: 3 };
    const approval: BallotShape = { ballotType: "approval", optionCount: 3 };
    assert.throws(() => encodeBallot(single, [3]), /Option 4 does not exist: choose from 1 to 3/);
    assert.throws(() => encodeBallot(single, [0, 1]), /exactly one option/);
    assert.throws(() => encodeBallot(approval, []), /at least one option/);
    assert.throws(() => encodeBallot(approval, [1, 1]), /each option once/);
    assert.throws(() => encodeBallot({ ballotType: "single", optionCount: 1 }, [0]), /2 to 32 options/);
    assert.throws(() => decodeBallot(approval, 0b1000n), /not a valid approval ballot/);
  });

  it("Should tally each selected option once per ballot", () => {
    fc.assert(
      fc.property(
        shapeArbitrary.chain((shape) =>
          fc.array(
            choiceArbitrary.filter((choice) => choice.shape.optionCount <= shape.optionCount),
            {
              maxLength: 20,
            },
          ),
        ),
        (choices) => {
          const shape: BallotShape = { ballotType: "approval", optionCount: MAX_OPTIONS };
          const ballots = choices.map(({ selected }) => encodeBallot(shape, [...new Set(selected)]));
          const tally = tallyBallots(shape, ballots);
          const expected = Array.from({ length: MAX_OPTIONS }, () => 0n);
          for (const { selected } of choices)
            for (const option of new Set(selected)) expected[option] = (expected[option] ?? 0n) + 1n;
          assert.deepEqual(tally, expected);
        },
      ),
      { numRuns: Math.min(FUZZ_RUNS, 200) },
    );
  });
});

describe("pollScope", () => {
  it("Should equal the contract's pollScope for any poll id", async () => {
    const { ignition, viem } = await network.create();
    const { ballotbox } = await ignition.deploy(BallotboxModule);
    const chainId = await (await viem.getPublicClient()).getChainId();
    await fc.assert(
      fc.asyncProperty(fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }), async (pollId) => {
        const onChain = await ballotbox.read.pollScope([pollId]);
        assert.equal(pollScope({ chainId, ballotbox: ballotbox.address, pollId }), onChain);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 300) },
    );
  });
});
