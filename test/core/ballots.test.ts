import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { network } from "hardhat";
import BallotboxModule from "../../ignition/modules/Ballotbox.ts";
import {
  MAX_OPTIONS,
  MIN_OPTIONS,
  ballotTypeToNumber,
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

/**
 * A shape and a candidate ballot where the rules have their edges: the option count and the
 * approval mask's top bit either side (so an off-by-one in either rule shows), any small value,
 * 2**k and its neighbours, any mask of up to 33 bits, the SNARK scalar field's neighbours, any uint256.
 */
const shapeAndBallotArbitrary = shapeArbitrary.chain((shape) => {
  const options = BigInt(shape.optionCount);
  const near = (edge: bigint) => fc.bigInt({ min: -1n, max: 1n }).map((step) => edge + step);
  return fc.tuple(
    fc.constant(shape),
    fc.oneof(
      near(options),
      near(1n << options),
      fc.bigInt({ min: 0n, max: 40n }),
      fc
        .tuple(fc.integer({ min: 0, max: MAX_OPTIONS + 1 }), fc.bigInt({ min: -1n, max: 1n }))
        .map(([bits, step]) => (1n << BigInt(bits)) + step),
      fc.bigInt({ min: 0n, max: (1n << 33n) - 1n }),
      near(SNARK_SCALAR_FIELD),
      fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }),
    ),
  );
});

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

  it("Should accept exactly what the contract's Ballots.isValid accepts", async () => {
    // The contract's own library, through a test-only harness, on the in-process network: so a
    // change to either rule alone fails here.
    const { viem } = await network.create();
    const harness = await viem.deployContract("BallotsHarness");
    // Ballotbox refuses a message at or above the field before it asks Ballots.isValid.
    const field = await harness.read.snarkScalarField();
    await fc.assert(
      fc.asyncProperty(shapeAndBallotArbitrary, async ([shape, ballot]) => {
        const type = ballotTypeToNumber(shape.ballotType);
        const contractAccepts =
          ballot < field && (await harness.read.isValid([type, BigInt(shape.optionCount), ballot]));
        assert.equal(isValidBallot(shape, ballot), contractAccepts, `${shape.ballotType} over ${shape.optionCount}`);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 300) },
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
