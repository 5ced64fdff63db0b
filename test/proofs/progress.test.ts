import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDuration, formatProgress } from "../../lib/proofs/progress.ts";

describe("progress line", () => {
  it("shows count, percentage, rate and time left", () => {
    assert.equal(
      formatProgress("Verifying", { done: 2_500, total: 10_000, elapsed: 2_000 }),
      "Verifying: 2,500/10,000 (25%), 1,250 ballots/s, 6 s left",
    );
  });

  it("leaves out the rate before any progress and the time left at the end", () => {
    assert.equal(formatProgress("Verifying", { done: 0, total: 10, elapsed: 0 }), "Verifying: 0/10 (0%)");
    assert.equal(
      formatProgress("Verifying", { done: 10, total: 10, elapsed: 500 }),
      "Verifying: 10/10 (100%), 20 ballots/s",
    );
  });

  it("formats durations in seconds, minutes and hours", () => {
    assert.equal(formatDuration(400), "1 s");
    assert.equal(formatDuration(200_000), "3 min 20 s");
    assert.equal(formatDuration(7_500_000), "2 h 5 min");
  });
});
