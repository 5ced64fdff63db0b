import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitNewVoters } from "../../app/[locale]/polls/[pollId]/manage/_components/new-voters.ts";
import { parseCommitmentsCsv, parseCommitmentsSkippingRepeats } from "../../lib/registration/csv.ts";

describe("adding voters skips what Semaphore would refuse", () => {
  it("Should skip commitments repeated in a pasted list and count them", () => {
    const list = parseCommitmentsSkippingRepeats("11\n22\n11\n33\n22\n11\n");
    assert.deepEqual(list, { commitments: [11n, 22n, 33n], repeated: 3 });
    // The CLI's reader still reports repeats as mistakes in a file.
    assert.throws(() => parseCommitmentsCsv("11\n11\n"), /Line 2 repeats line 1/);
  });

  it("Should skip repeats in a CSV export with a header, and still report bad lines", () => {
    const list = parseCommitmentsSkippingRepeats("name,commitment\nAda,5\nBob,5\nCy,6\n");
    assert.deepEqual(list, { commitments: [5n, 6n], repeated: 1 });
    assert.throws(() => parseCommitmentsSkippingRepeats("5\n0x12\n5\n"), /Line 2/);
  });

  it("Should leave out commitments already on the roll, so no batch holds a leaf the group has", () => {
    const split = splitNewVoters({ commitments: [1n, 2n, 3n, 4n], repeated: 2 }, [0n, 3n, 1n]);
    assert.deepEqual(split, { fresh: [2n, 4n], alreadyOnRoll: [1n, 3n], repeated: 2 });
    assert.deepEqual(splitNewVoters({ commitments: [7n], repeated: 0 }, [7n]).fresh, []);
  });
});
