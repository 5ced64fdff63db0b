/**
 * The one call that carries a batch: castVote for one public ballot, castVotes for several (Ballotbox);
 * castSealedVote or castSealedVotes for a sealed poll's (SealedBallots); or a registration. A batch is
 * of one poll (journal.nextBatch), so its ballots are all public or all sealed.
 */
import { encodeFunctionData, type Address, type Hex } from "viem";
import { ballotboxAbi, sealedBallotsAbi } from "../lib/contracts/abis.generated.ts";
import { isSealedBallotRequest, type SealedBallotRequest } from "../lib/relayer/protocol.ts";
import type { Entry } from "./journal.ts";
import { decodeBallot, decodeRegistration } from "./payload.ts";

/** Where the relayer's calls go. */
export interface CallTargets {
  ballotbox: Address;
  /** Undefined when the relayer takes no sealed ballots (validate.ts refuses them). */
  sealedBallots: Address | undefined;
}

export interface BatchCall {
  to: Address;
  data: Hex;
}

export function batchCall(batch: readonly Entry[], targets: CallTargets): BatchCall {
  const [first] = batch;
  if (first === undefined) throw new Error("An empty batch has no call");
  if (first.kind === "registration") {
    const r = decodeRegistration(first.payload);
    return {
      to: targets.ballotbox,
      data: encodeFunctionData({
        abi: ballotboxAbi,
        functionName: "registerWithInvite",
        args: [r.pollId, r.identityCommitment, r.invite, r.inviteProof, r.signature],
      }),
    };
  }
  const ballots = batch.map((entry) => decodeBallot(entry.payload));
  const sealed = ballots.filter(isSealedBallotRequest);
  if (sealed.length > 0) return sealedCall(first.pollId, sealed, ballots.length, targets);
  const proofs = ballots.flatMap((ballot) => (isSealedBallotRequest(ballot) ? [] : [ballot.proof]));
  const [only] = proofs;
  const data =
    proofs.length === 1 && only !== undefined
      ? encodeFunctionData({ abi: ballotboxAbi, functionName: "castVote", args: [first.pollId, only] })
      : encodeFunctionData({ abi: ballotboxAbi, functionName: "castVotes", args: [first.pollId, proofs] });
  return { to: targets.ballotbox, data };
}

function sealedCall(
  pollId: bigint,
  sealed: readonly SealedBallotRequest[],
  batchLength: number,
  targets: CallTargets,
): BatchCall {
  if (sealed.length !== batchLength) throw new Error(`A batch of poll ${pollId} mixes public and sealed ballots`);
  if (targets.sealedBallots === undefined) throw new Error("A sealed ballot reached a relayer without SealedBallots");
  const ballots = sealed.map((request) => request.sealedBallot);
  const [only] = ballots;
  const data =
    ballots.length === 1 && only !== undefined
      ? encodeFunctionData({ abi: sealedBallotsAbi, functionName: "castSealedVote", args: [pollId, only] })
      : encodeFunctionData({ abi: sealedBallotsAbi, functionName: "castSealedVotes", args: [pollId, ballots] });
  return { to: targets.sealedBallots, data };
}
