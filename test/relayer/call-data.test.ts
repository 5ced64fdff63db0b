/**
 * The call a batch becomes: public ballots go to Ballotbox (castVote alone, castVotes together), a
 * sealed poll's to SealedBallots (castSealedVote alone, castSealedVotes together), and the relayer
 * refuses to build a call it could only send to the wrong contract.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeFunctionData, type Address } from "viem";
import { ballotboxAbi, sealedBallotsAbi } from "../../lib/contracts/abis.generated.ts";
import { batchCall } from "../../relayer/call-data.ts";
import { encodePayload } from "../../relayer/payload.ts";
import { queuedEntry } from "./helpers/entries.ts";

const BALLOTBOX: Address = "0x00000000000000000000000000000000000000B0";
const SEALED_BALLOTS: Address = "0x00000000000000000000000000000000000005EA";
const targets = { ballotbox: BALLOTBOX, sealedBallots: SEALED_BALLOTS };
const PROOF = [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n] as const;

const entry = (seq: number, payload: string) => queuedEntry(seq, { pollId: 4n, payload });

const sealed = (seq: number) =>
  entry(
    seq,
    encodePayload({
      pollId: 4n,
      sealedBallot: { nullifier: BigInt(seq), ciphertexts: [1n, 2n, 3n, 4n, 5n, 6n], proof: [...PROOF] },
    }),
  );
const publicBallot = (seq: number) =>
  entry(
    seq,
    encodePayload({
      pollId: 4n,
      proof: {
        merkleTreeDepth: 10n,
        merkleTreeRoot: 9n,
        nullifier: BigInt(seq),
        message: 1n,
        scope: 7n,
        points: PROOF,
      },
    }),
  );

describe("batch calls", () => {
  it("Should send one sealed ballot with castSealedVote and several with castSealedVotes, to SealedBallots", () => {
    const one = batchCall([sealed(1)], targets);
    assert.equal(one.to, SEALED_BALLOTS);
    assert.equal(decodeFunctionData({ abi: sealedBallotsAbi, data: one.data }).functionName, "castSealedVote");
    const three = batchCall([sealed(1), sealed(2), sealed(3)], targets);
    assert.equal(three.to, SEALED_BALLOTS);
    const decoded = decodeFunctionData({ abi: sealedBallotsAbi, data: three.data });
    assert.equal(decoded.functionName, "castSealedVotes");
    const [pollId, ballots] = decoded.args as readonly [bigint, readonly { nullifier: bigint }[]];
    assert.equal(pollId, 4n);
    assert.deepEqual(
      ballots.map((ballot) => ballot.nullifier),
      [1n, 2n, 3n],
    );
  });

  it("Should send public ballots to Ballotbox, castVote alone and castVotes together", () => {
    const one = batchCall([publicBallot(1)], targets);
    assert.equal(one.to, BALLOTBOX);
    assert.equal(decodeFunctionData({ abi: ballotboxAbi, data: one.data }).functionName, "castVote");
    const two = batchCall([publicBallot(1), publicBallot(2)], targets);
    assert.equal(decodeFunctionData({ abi: ballotboxAbi, data: two.data }).functionName, "castVotes");
  });

  it("Should refuse a batch that mixes the two, or a sealed ballot without SealedBallots", () => {
    assert.throws(() => batchCall([sealed(1), publicBallot(2)], targets), /mixes public and sealed/);
    assert.throws(
      () => batchCall([sealed(1)], { ballotbox: BALLOTBOX, sealedBallots: undefined }),
      /without SealedBallots/,
    );
  });
});
