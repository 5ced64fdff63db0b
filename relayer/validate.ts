/**
 * What a parsed ballot or registration must pass against the chain before the relayer accepts it
 * (and so before it spends any gas on it): the poll exists and is in the right phase, the proof is for
 * this poll (scope), for a valid choice and against the frozen roll, the voter has not voted, and the
 * proof verifies. A sealed ballot passes what SealedBallots.castSealedVote checks, in its order: the
 * poll is sealed and open, its ceremony fixed the poll key, the ballot has the poll's shape, its
 * nullifier is unspent, and its proof holds for the poll's roll, key hash and scope with exactly
 * these ciphertexts (lib/sealed/cast-ballot.ts). The first failure names the reason, with the
 * contract's own code and sentence. The request's shape is checked earlier, by the protocol's
 * schemas (lib/relayer/protocol.ts).
 */
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { verifyTypedData, type Address, type PublicClient } from "viem";
import { isValidBallot } from "../lib/ballots/ballot.ts";
import { pollScope } from "../lib/ballots/scope.ts";
import { ballotboxAbi, sealedBallotsAbi } from "../lib/contracts/abis.generated.ts";
import { isIdentityCommitment } from "../lib/identity/commitment.ts";
import { MAX_TREE_DEPTH, MIN_TREE_DEPTH } from "../lib/proofs/proof-checks.ts";
import {
  isSealedBallotRequest,
  type BallotRequest,
  type PublicBallotRequest,
  type RegistrationRequest,
  type SealedBallotRequest,
} from "../lib/relayer/protocol.ts";
import { REGISTRATION_TYPES, registrationDomain } from "../lib/registration/invite-signature.ts";
import { castSealedBallotStatement, sealedBallotShapeProblem } from "../lib/sealed/cast-ballot.ts";
import { semaphoreHash } from "../lib/snark/field.ts";
import type { Phase, PollFacts, Polls } from "./polls.ts";
import type { ProofVerifier } from "./proof-verifier.ts";
import { Rejection } from "./rejection.ts";

/** The chain and the services the checks need. */
export interface ValidationContext {
  client: PublicClient;
  chainId: number;
  ballotbox: Address;
  polls: Polls;
  verifier: ProofVerifier;
}

async function existingPoll(context: ValidationContext, pollId: bigint) {
  if (!(await context.polls.exists(pollId))) {
    throw new Rejection(404, "poll_not_found", `Poll ${pollId} does not exist on this deployment.`);
  }
  return context.polls.phase(pollId);
}

/** Checks a ballot (public or sealed) against the chain; throws a Rejection naming the first reason it would fail. */
export async function validateBallot(context: ValidationContext, ballot: BallotRequest): Promise<void> {
  const phase = await existingPoll(context, ballot.pollId);
  const poll = await context.polls.facts(ballot.pollId, phase);
  if (isSealedBallotRequest(ballot)) await validateSealedBallot(context, ballot, phase, poll);
  else await validatePublicBallot(context, ballot, phase, poll);
}

async function validatePublicBallot(
  context: ValidationContext,
  { pollId, proof }: PublicBallotRequest,
  phase: Phase,
  poll: PollFacts,
): Promise<void> {
  if (poll.secrecy === "sealed") throw Rejection.contract(409, "Ballotbox__PollIsSealed");
  if (phase === "registration") throw Rejection.contract(409, "Ballotbox__VotingNotStarted");
  if (phase === "closed") throw Rejection.contract(409, "Ballotbox__VotingEnded");

  const depth = proof.merkleTreeDepth;
  if (depth < BigInt(MIN_TREE_DEPTH) || depth > BigInt(MAX_TREE_DEPTH)) {
    throw Rejection.contract(422, "Ballotbox__UnsupportedTreeDepth");
  }
  // Recomputed here, not read from the proof: the proof must carry exactly this poll's scope.
  if (proof.scope !== pollScope({ chainId: context.chainId, ballotbox: context.ballotbox, pollId })) {
    throw Rejection.contract(422, "Ballotbox__WrongScope");
  }
  if (!isValidBallot(poll, proof.message)) throw Rejection.contract(422, "Ballotbox__InvalidBallot");
  if (proof.merkleTreeRoot !== poll.rollRoot) throw Rejection.contract(422, "Ballotbox__WrongRoot");

  const used = await context.client.readContract({
    address: context.ballotbox,
    abi: ballotboxAbi,
    functionName: "nullifierUsed",
    args: [pollId, proof.nullifier],
  });
  if (used) throw Rejection.contract(409, "Ballotbox__NullifierAlreadyUsed");

  if (!(await context.verifier.verify(proof))) throw Rejection.contract(422, "Ballotbox__InvalidProof");
}

async function validateSealedBallot(
  context: ValidationContext,
  { pollId, sealedBallot }: SealedBallotRequest,
  phase: Phase,
  poll: PollFacts,
): Promise<void> {
  const { sealed } = context.polls;
  if (sealed === undefined) {
    throw new Rejection(422, "sealed_unsupported", "This relayer does not take sealed ballots: send it from a wallet.");
  }
  if (poll.secrecy !== "sealed") throw Rejection.contract(409, "SealedBallots__PollNotSealed");
  if (phase === "registration") throw Rejection.contract(409, "SealedBallots__VotingNotStarted");
  if (phase === "closed") throw Rejection.contract(409, "SealedBallots__VotingEnded");
  const pollKeyHash = await context.polls.pollKeyHash(sealed, pollId);
  if (pollKeyHash === 0n) throw Rejection.contract(409, "SealedBallots__CeremonyNotFinished");

  const shape = sealedBallotShapeProblem(sealedBallot, poll.optionCount);
  if (shape?.code === "wrongCiphertextCount") throw Rejection.contract(422, "SealedBallots__WrongCiphertextCount");
  if (shape?.code === "malformedBallot") throw Rejection.contract(422, "SealedBallots__NotInSnarkScalarField");

  const used = await context.client.readContract({
    address: sealed.sealedBallots,
    abi: sealedBallotsAbi,
    functionName: "nullifierUsed",
    args: [pollId, sealedBallot.nullifier],
  });
  if (used) throw Rejection.contract(409, "SealedBallots__NullifierAlreadyUsed");

  // The scope, roll root and poll key hash are the statement's, recomputed here: a proof made for any
  // other poll, roll or key, or for other ciphertexts, does not verify.
  const scope = pollScope({ chainId: context.chainId, ballotbox: context.ballotbox, pollId });
  const statement = castSealedBallotStatement(
    { rollRoot: poll.rollRoot, pollKeyHash, scopeSignal: semaphoreHash(scope), optionCount: poll.optionCount },
    sealedBallot,
  );
  if (!(await context.verifier.verifySealed(statement, poll.optionCount))) {
    throw Rejection.contract(422, "SealedBallots__InvalidProof");
  }
}

/** Checks an invite registration against the chain; throws a Rejection naming the first reason. */
export async function validateRegistration(
  context: ValidationContext,
  registration: RegistrationRequest,
): Promise<void> {
  const { pollId, identityCommitment, invite, inviteProof, signature } = registration;
  const phase = await existingPoll(context, pollId);
  if (phase !== "registration") throw Rejection.contract(409, "Ballotbox__RollIsFrozen");
  if (!isIdentityCommitment(identityCommitment)) {
    throw new Rejection(422, "invalid_commitment", "The identity commitment must be from 1 to below the SNARK field.");
  }
  const poll = await context.polls.facts(pollId, phase);
  const inTree = (() => {
    try {
      return StandardMerkleTree.verify(poll.inviteRoot, ["address"], [invite], inviteProof);
    } catch {
      return false;
    }
  })();
  const signed = await verifyTypedData({
    address: invite,
    domain: registrationDomain({ chainId: context.chainId, ballotbox: context.ballotbox }),
    types: REGISTRATION_TYPES,
    primaryType: "Registration",
    message: { pollId, identityCommitment },
    signature,
  }).catch(() => false);
  if (!inTree || !signed) throw Rejection.contract(422, "Ballotbox__InvalidInvite");

  const used = await context.client.readContract({
    address: context.ballotbox,
    abi: ballotboxAbi,
    functionName: "inviteUsed",
    args: [pollId, invite],
  });
  if (used) throw Rejection.contract(409, "Ballotbox__InviteAlreadyUsed");
}
