/**
 * The one contract-error decoder: every error of the generated ABIs (Ballotbox, Semaphore with its
 * LeanIMT library, the Semaphore verifier, TrusteeCeremony and SealedBallots) has a code and a
 * sentence, and an error raised by a contract Ballotbox calls is decoded even though viem, knowing
 * only the called function's ABI, cannot.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  toFunctionSelector,
  type Abi,
} from "viem";
import { CONTRACT_ERROR_SENTENCES } from "../../app/_i18n/en/contract-errors.ts";
import {
  ballotboxAbi,
  sealedBallotsAbi,
  semaphoreAbi,
  semaphoreVerifierAbi,
  trusteeCeremonyAbi,
} from "../../lib/contracts/abis.generated.ts";
import {
  CONTRACT_ERROR_CODES,
  decodeContractError,
  decodeRevertData,
  describeContractError,
} from "../../lib/contracts/contract-errors.ts";

const errorsOf = (abi: Abi) => abi.flatMap((item) => (item.type === "error" ? [item] : []));

/** The error viem raises when a call to `functionName` of Ballotbox reverts with `data`. */
function revertOfBallotboxCall(functionName: "addVoters" | "castVote", data: `0x${string}`) {
  const reverted = new ContractFunctionRevertedError({ abi: ballotboxAbi, data, functionName });
  const args = functionName === "addVoters" ? [1n, [42n]] : [1n, {}];
  return new ContractFunctionExecutionError(reverted, { abi: ballotboxAbi, functionName, args });
}

describe("contract errors", () => {
  it("Should give every error of every generated ABI a code and an English sentence", () => {
    const all = [
      ...errorsOf(ballotboxAbi),
      ...errorsOf(semaphoreAbi),
      ...errorsOf(semaphoreVerifierAbi),
      ...errorsOf(trusteeCeremonyAbi),
      ...errorsOf(sealedBallotsAbi),
    ];
    assert.ok(all.length >= 90, `only ${all.length} errors in the ABIs`);
    const codes: Record<string, string | undefined> = CONTRACT_ERROR_CODES;
    const sentences: Record<string, string | undefined> = CONTRACT_ERROR_SENTENCES;
    for (const item of all) {
      const code = codes[item.name];
      assert.ok(code, `${item.name} has no code`);
      assert.match(sentences[code] ?? "", /^[A-Z].+\.$/, `${item.name} (${code}) has no sentence`);
      // And the decoder finds it from its selector, as a BallotRejected event carries it.
      const selector = toFunctionSelector(`${item.name}(${item.inputs.map((input) => input.type).join(",")})`);
      assert.equal(decodeRevertData(selector)?.name, item.name);
    }
  });

  it("Should say what Semaphore's duplicate-leaf error 0x258a195a under addVoters means", () => {
    const data = encodeErrorResult({ abi: semaphoreAbi, errorName: "LeafAlreadyExists" });
    assert.equal(data, "0x258a195a");
    const error = revertOfBallotboxCall("addVoters", data);
    // viem alone, with Ballotbox's ABI, only has the raw signature.
    assert.match(error.message, /0x258a195a/);
    assert.equal(decodeContractError(error)?.code, "already_on_roll");
    assert.equal(describeContractError(error), "This identity is already on the roll.");
  });

  it("Should decode an error with arguments from its full revert data", () => {
    const data = encodeErrorResult({
      abi: semaphoreVerifierAbi,
      errorName: "Semaphore__VKPtBytesMaxDepthInvariantViolated",
      args: [32n, 33n],
    });
    assert.equal(decodeContractError(revertOfBallotboxCall("castVote", data))?.code, "verifier_key_mismatch");
  });

  it("Should decode Ballotbox's own errors and name nothing for an unknown selector", () => {
    const own = encodeErrorResult({ abi: ballotboxAbi, errorName: "Ballotbox__VotingEnded" });
    assert.equal(describeContractError(revertOfBallotboxCall("castVote", own)), "Voting has ended.");
    const unknown = revertOfBallotboxCall("castVote", "0xdeadbeef");
    assert.equal(decodeContractError(unknown), undefined);
    assert.equal(describeContractError(unknown), unknown.shortMessage);
  });
});
