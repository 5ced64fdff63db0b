/**
 * The booth's sealed ballot below the browser: what the proving worker runs (proveSealedStatement,
 * with randomness it draws itself) and how the page sends the result (lib/voting/ready-ballot.ts).
 * Real proofs with the committed 2-option circuit, checked with its committed verification key.
 */
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { Group } from "@semaphore-protocol/group";
import { decodeFunctionData } from "viem";
import { ballotCircuitFor } from "../../circuits/manifest.ts";
import { sealedBallotsAbi } from "../../lib/contracts/abis.generated.ts";
import { createIdentity } from "../../lib/identity/identity.ts";
import { createGroth16BatchVerifier } from "../../lib/proofs/groth16-batch.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { sealedArtifacts } from "../../lib/sealed/artifacts.node.ts";
import { castSealedBallotStatement } from "../../lib/sealed/cast-ballot.ts";
import { mulBase } from "../../lib/sealed/curve.ts";
import { pollKeyHash } from "../../lib/sealed/poll-key-hash.ts";
import { randomScalar } from "../../lib/sealed/scalar.ts";
import { proveSealedStatement, type SealedProofStep } from "../../lib/sealed/sealed-ballot-proof.ts";
import { loadSealedVerificationKeys } from "../../lib/sealed/verification-keys.node.ts";
import { semaphoreHash } from "../../lib/snark/field.ts";
import { ballotNullifier } from "../../lib/voting/nullifier.ts";
import { directTransaction, readyNullifier, type ReadyBallot } from "../../lib/voting/ready-ballot.ts";

const SEALED_BALLOTS = "0x00000000000000000000000000000000000000aa";
const BALLOTBOX = "0x00000000000000000000000000000000000000bb";

after(releaseSnarkjs);

describe("the booth's sealed ballot", () => {
  const voter = createIdentity();
  const roll = new Group([createIdentity().commitment, voter.commitment]);
  const poll = {
    scope: 1234n,
    ballotType: "single" as const,
    pollKeys: [mulBase(randomScalar()), mulBase(randomScalar())],
  };
  const statement = { merkleProof: roll.generateMerkleProof(1), poll, choices: [0, 1] };
  const artifacts = sealedArtifacts(ballotCircuitFor(2));

  it("Should prove a ballot the contract's checks accept, under fresh randomness each time", async () => {
    const steps: SealedProofStep[] = [];
    const first = await proveSealedStatement(voter, statement, artifacts, (step) => steps.push(step));
    const second = await proveSealedStatement(voter, statement, artifacts);
    assert.deepEqual(steps, ["witness", "proof"]);
    assert.equal(first.nullifier, ballotNullifier(voter, poll.scope));
    assert.equal(second.nullifier, first.nullifier, "one voter, one nullifier per poll");
    assert.equal(first.ciphertexts.length, 2 + 2 * 2);
    assert.notDeepEqual(first.ciphertexts, second.ciphertexts, "the randomness is drawn anew for every ballot");

    const { ballot: key } = await loadSealedVerificationKeys(2);
    const context = {
      rollRoot: roll.root,
      pollKeyHash: pollKeyHash(poll.ballotType, 2, poll.pollKeys),
      scopeSignal: semaphoreHash(poll.scope),
      optionCount: 2,
    };
    const verifier = await createGroth16BatchVerifier();
    const statements = [first, second].map((ballot) => castSealedBallotStatement(context, ballot));
    assert.deepEqual(await verifier.verify(key, statements), [true, true]);
    const otherPoll = castSealedBallotStatement({ ...context, scopeSignal: semaphoreHash(poll.scope + 1n) }, first);
    assert.deepEqual(await verifier.verify(key, [otherPoll]), [false], "the proof is bound to its poll");
  });

  it("Should refuse a choice the poll's ballot type does not take, before any ciphertext exists", async () => {
    await assert.rejects(proveSealedStatement(voter, { ...statement, choices: [1, 1] }, artifacts));
  });

  it("Should send a sealed ballot from a wallet as castSealedVote to SealedBallots, and keep only its nullifier", () => {
    const ballot = {
      nullifier: 7n,
      ciphertexts: [1n, 2n, 3n, 4n, 5n, 6n],
      proof: [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n] as const,
    };
    const ready: ReadyBallot = { secrecy: "sealed", pollId: 3n, ballot };
    assert.equal(readyNullifier(ready), 7n);
    const transaction = directTransaction(ready, { ballotbox: BALLOTBOX, sealedBallots: SEALED_BALLOTS });
    assert.equal(transaction.to, SEALED_BALLOTS);
    const call = decodeFunctionData({ abi: sealedBallotsAbi, data: transaction.data });
    assert.equal(call.functionName, "castSealedVote");
    assert.deepEqual(call.args, [3n, { nullifier: 7n, ciphertexts: ballot.ciphertexts, proof: ballot.proof }]);
    assert.throws(() => directTransaction(ready, { ballotbox: BALLOTBOX, sealedBallots: null }), /SealedBallots/);
  });
});
