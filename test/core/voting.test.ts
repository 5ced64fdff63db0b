import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import { pollPhase, turnoutPercent } from "../../lib/chain/phase.ts";
import { MIN_LEAD_SECONDS, hasErrors, validatePollDraft, type PollDraft } from "../../lib/polls/poll-draft.ts";
import { semaphoreArtifacts } from "../../lib/semaphore/artifacts.node.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { ballotNullifier } from "../../lib/voting/nullifier.ts";
import { ballotStatement, proveStatement } from "../../lib/voting/prove-ballot.ts";
import { pollScope } from "../../lib/ballots/scope.ts";
import { verifySingle } from "../../lib/proofs/verify-single.ts";
import { loadSemaphoreVerificationKey } from "../../lib/proofs/verification-keys.node.ts";

after(releaseSnarkjs);

const poll = {
  chainId: 31337,
  ballotbox: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9" as const,
  pollId: 7n,
  ballotType: "single" as const,
  optionCount: 3,
};

describe("ballot statement and nullifier", () => {
  const voters = [new Identity("v1"), new Identity("v2"), new Identity("v3")];
  const roll = new Group(voters.map((voter) => voter.commitment));

  it("predicts the nullifier a real proof reveals", async () => {
    const [voter] = voters;
    assert.ok(voter);
    const statement = ballotStatement({ identity: voter, roll, poll, selected: [2] });
    assert.equal(statement.message, 2n);
    assert.equal(statement.scope, pollScope(poll));
    assert.equal(statement.depth, roll.depth);
    const steps: string[] = [];
    const proof = await proveStatement(voter, statement, semaphoreArtifacts, (step) => steps.push(step));
    assert.deepEqual(steps, ["witness", "proof"]);
    assert.equal(await verifySingle(proof, loadSemaphoreVerificationKey), true, "the proof verifies");
    assert.equal(ballotNullifier(voter, pollScope(poll)), proof.nullifier);
    assert.notEqual(ballotNullifier(voter, pollScope({ ...poll, pollId: 8n })), proof.nullifier);
  });

  it("refuses a voter who is not on the roll, and a choice the poll does not take", () => {
    assert.throws(
      () => ballotStatement({ identity: new Identity("outsider"), roll, poll, selected: [0] }),
      /not on the poll's roll/,
    );
    assert.throws(
      () => ballotStatement({ identity: voters[1] as Identity, roll, poll, selected: [3] }),
      /does not exist/,
    );
    assert.throws(
      () => ballotStatement({ identity: voters[1] as Identity, roll, poll, selected: [0, 1] }),
      /exactly one/,
    );
  });
});

describe("poll draft", () => {
  const now = 1_800_000_000;
  const good: PollDraft = {
    question: "Lunch?",
    options: ["Pizza", "Salad"],
    ballotType: "single",
    startTime: now + 600,
    endTime: now + 7_200,
  };

  it("accepts a well-formed draft", () => {
    assert.deepEqual(validatePollDraft(good, now), {});
  });

  it("names each problem", () => {
    const errors = validatePollDraft(
      {
        ...good,
        question: "  ",
        options: ["Pizza", " pizza ", ""],
        startTime: now + MIN_LEAD_SECONDS - 1,
        endTime: now,
      },
      now,
    );
    assert.ok(hasErrors(errors));
    assert.equal(errors.question, "questionEmpty");
    assert.deepEqual(errors.option, { 1: "optionRepeated", 2: "optionEmpty" });
    assert.equal(errors.startTime, "startTooSoon");
    assert.equal(errors.endTime, "endTooSoon");
    assert.equal(validatePollDraft({ ...good, options: ["Only"] }, now).options, "tooFewOptions");
    assert.equal(validatePollDraft({ ...good, startTime: Number.NaN }, now).startTime, "startMissing");
    assert.equal(validatePollDraft({ ...good, question: "x".repeat(501) }, now).question, "questionTooLong");
  });
});

describe("phase and turnout", () => {
  it("follows the contract's window rule", () => {
    const window = { startTime: 100n, endTime: 200n };
    assert.equal(pollPhase(window, 99n), "registration");
    assert.equal(pollPhase(window, 100n), "voting");
    assert.equal(pollPhase(window, 199n), "voting");
    assert.equal(pollPhase(window, 200n), "closed");
  });

  it("reports turnout with two decimals and 0 for an empty roll", () => {
    assert.equal(turnoutPercent(1n, 3n), 33.33);
    assert.equal(turnoutPercent(0n, 0n), 0);
  });
});
