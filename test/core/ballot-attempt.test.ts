import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  BallotAttempt,
  BallotCancelledError,
  StageTimeoutError,
  type StageLimits,
} from "../../lib/voting/ballot-attempt.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const limits: StageLimits = { download: 60, witness: 60, proof: 60, relayer: 60, counted: 60 };

describe("a ballot attempt's stage limits and cancel", () => {
  it("stops a stage that runs past its limit, naming the stage", async () => {
    const attempt = new BallotAttempt(limits);
    attempt.enter("proof");
    const never = new Promise<never>(() => undefined);
    await assert.rejects(attempt.guard(never), (error: unknown) => {
      assert.ok(error instanceof StageTimeoutError);
      assert.equal(error.stage, "proof");
      return true;
    });
    assert.equal(attempt.signal.aborted, true);
  });

  it("gives each stage its own clock: slow overall, but each stage in time, succeeds", async () => {
    const attempt = new BallotAttempt(limits);
    for (const stage of ["download", "witness", "proof", "relayer"] as const) {
      attempt.enter(stage);
      await attempt.guard(sleep(35));
    }
    attempt.finish();
    await sleep(80);
    assert.equal(attempt.signal.aborted, false, "no limit applies after finish");
  });

  it("cancels at once, whatever the stage's work is doing", async () => {
    const attempt = new BallotAttempt(limits);
    attempt.enter("witness");
    const started = Date.now();
    const stopped = attempt.guard(new Promise<never>(() => undefined));
    setTimeout(() => {
      attempt.cancel();
    }, 5);
    await assert.rejects(stopped, BallotCancelledError);
    assert.ok(Date.now() - started < 50);
    await assert.rejects(
      attempt.guard(Promise.resolve(1)),
      BallotCancelledError,
      "a stopped attempt runs nothing more",
    );
  });

  it("passes on the work's own failure", async () => {
    const attempt = new BallotAttempt(limits);
    attempt.enter("relayer");
    await assert.rejects(attempt.guard(Promise.reject(new Error("relayer said no"))), /relayer said no/);
    attempt.finish();
  });
});
