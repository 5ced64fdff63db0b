/** The direct fallback builds exactly the call the relayer sends for one ballot. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeFunctionData } from "viem";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { buildDirectVote } from "../../lib/voting/direct-vote.ts";
import { loadBallots } from "./helpers/ballots.ts";
import { BALLOTBOX, OPEN_POLL } from "./helpers/election.ts";

describe("buildDirectVote", () => {
  it("Should build castVote(pollId, proof) to the Ballotbox contract, with no value", async () => {
    const [proof] = (await loadBallots()).open;
    assert.ok(proof);
    const vote = buildDirectVote(BALLOTBOX, OPEN_POLL.pollId, proof);
    assert.equal(vote.to, BALLOTBOX);
    assert.equal(vote.value, 0n);
    const { functionName, args } = decodeFunctionData({ abi: ballotboxAbi, data: vote.data });
    assert.equal(functionName, "castVote");
    assert.deepEqual(args, [OPEN_POLL.pollId, { ...proof, points: [...proof.points] }]);
  });
});
