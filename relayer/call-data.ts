/** The one call that carries a batch: castVote for one ballot, castVotes for several, or a registration. */
import { encodeFunctionData, type Hex } from "viem";
import { ballotboxAbi } from "../lib/contracts/abis.generated.ts";
import type { Entry } from "./journal.ts";
import { decodeBallot, decodeRegistration } from "./payload.ts";

export function batchCallData(batch: readonly Entry[]): Hex {
  const [first] = batch;
  if (first === undefined) throw new Error("An empty batch has no call");
  if (first.kind === "registration") {
    const r = decodeRegistration(first.payload);
    return encodeFunctionData({
      abi: ballotboxAbi,
      functionName: "registerWithInvite",
      args: [r.pollId, r.identityCommitment, r.invite, r.inviteProof, r.signature],
    });
  }
  const proofs = batch.map((entry) => decodeBallot(entry.payload).proof);
  const [only] = proofs;
  if (proofs.length === 1 && only !== undefined) {
    return encodeFunctionData({ abi: ballotboxAbi, functionName: "castVote", args: [first.pollId, only] });
  }
  return encodeFunctionData({ abi: ballotboxAbi, functionName: "castVotes", args: [first.pollId, proofs] });
}
