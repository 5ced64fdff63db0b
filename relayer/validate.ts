/**
 * Everything a ballot or registration must pass before the relayer accepts it (and so before it spends
 * any gas on it): its shape and sizes, then against the chain: the poll exists and is in the right
 * phase, the proof is for this poll (scope), for a valid choice and against the frozen roll, the voter
 * has not voted (on chain or in the queue), and the proof verifies. The first failure names the reason.
 */
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { verifyTypedData, type Address, type Hex, type PublicClient } from "viem";
import { z } from "zod";
import { isValidBallot } from "../lib/ballots/ballot.ts";
import { pollScope } from "../lib/ballots/scope.ts";
import { addressSchema } from "../lib/chain/connection.ts";
import { ballotboxAbi } from "../lib/contracts/abis.generated.ts";
import { REVERT_MESSAGES } from "../lib/contracts/revert-messages.ts";
import { isIdentityCommitment } from "../lib/identity/commitment.ts";
import { MAX_TREE_DEPTH, MIN_TREE_DEPTH } from "../lib/proofs/proof-checks.ts";
import { REGISTRATION_TYPES, registrationDomain } from "../lib/registration/invite-signature.ts";
import type { SolidityProof } from "../lib/semaphore/solidity-proof.ts";
import type { Journal } from "./journal.ts";
import type { Polls } from "./polls.ts";
import type { ProofVerifier } from "./proof-verifier.ts";
import { Rejection } from "./rejection.ts";

/** A uint256 as decimal text (at most 78 digits, no sign, no leading zeros): JSON numbers lose precision. */
const uint256 = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,77})$/, "must be a decimal integer as a string")
  .transform((text) => BigInt(text))
  .refine((value) => value < 1n << 256n, "must fit in 256 bits");

const proofSchema = z.strictObject({
  merkleTreeDepth: uint256,
  merkleTreeRoot: uint256,
  nullifier: uint256,
  message: uint256,
  scope: uint256,
  points: z.tuple([uint256, uint256, uint256, uint256, uint256, uint256, uint256, uint256]),
});

export const ballotBodySchema = z.strictObject({ pollId: uint256, proof: proofSchema });

const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "must be a 32-byte hex string");

export const registrationBodySchema = z.strictObject({
  pollId: uint256,
  identityCommitment: uint256,
  invite: addressSchema,
  // A tree of 2^32 invites has a 32-step proof: anything longer is not an invite proof.
  inviteProof: z.array(hex32).max(32),
  signature: z.string().regex(/^0x[0-9a-fA-F]{130}$/, "must be a 65-byte hex signature"),
});

export interface Ballot {
  pollId: bigint;
  proof: SolidityProof;
}

export interface Registration {
  pollId: bigint;
  identityCommitment: bigint;
  invite: Address;
  inviteProof: Hex[];
  signature: Hex;
}

/** The chain and the services the checks need. */
export interface ValidationContext {
  client: PublicClient;
  chainId: number;
  ballotbox: Address;
  polls: Polls;
  journal: Journal;
  verifier: ProofVerifier;
}

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at "${issue.path.join(".")}"` : "";
  throw new Rejection(400, "invalid_body", `The request body is not valid${where}: ${issue?.message ?? "unknown"}.`);
}

const message = (error: string): string => REVERT_MESSAGES[error] ?? error;

async function existingPoll(context: ValidationContext, pollId: bigint) {
  if (!(await context.polls.exists(pollId))) {
    throw new Rejection(404, "poll_not_found", `Poll ${pollId} does not exist on this deployment.`);
  }
  return context.polls.phase(pollId);
}

/** Checks a posted ballot completely; returns it ready to queue, or throws a Rejection. */
export async function validateBallot(context: ValidationContext, body: unknown): Promise<Ballot> {
  const { pollId, proof } = parseBody(ballotBodySchema, body);
  const phase = await existingPoll(context, pollId);
  if (phase === "registration") {
    throw new Rejection(409, "voting_not_started", message("Ballotbox__VotingNotStarted"));
  }
  if (phase === "closed") throw new Rejection(409, "voting_ended", message("Ballotbox__VotingEnded"));
  const poll = await context.polls.facts(pollId, phase);

  const depth = proof.merkleTreeDepth;
  if (depth < BigInt(MIN_TREE_DEPTH) || depth > BigInt(MAX_TREE_DEPTH)) {
    throw new Rejection(422, "unsupported_tree_depth", message("Ballotbox__UnsupportedTreeDepth"));
  }
  // Recomputed here, not read from the proof: the proof must carry exactly this poll's scope.
  if (proof.scope !== pollScope({ chainId: context.chainId, ballotbox: context.ballotbox, pollId })) {
    throw new Rejection(422, "wrong_scope", message("Ballotbox__WrongScope"));
  }
  if (!isValidBallot(poll, proof.message))
    throw new Rejection(422, "invalid_ballot", message("Ballotbox__InvalidBallot"));
  if (proof.merkleTreeRoot !== poll.rollRoot) throw new Rejection(422, "wrong_root", message("Ballotbox__WrongRoot"));

  const earlier = context.journal.findLive("ballot", pollId, proof.nullifier.toString());
  if (earlier?.state === "counted") {
    throw new Rejection(409, "already_voted", message("Ballotbox__NullifierAlreadyUsed"));
  }
  if (earlier) {
    throw new Rejection(
      409,
      "already_queued",
      "A ballot of this voter in this poll is already queued at this relayer.",
    );
  }
  const used = await context.client.readContract({
    address: context.ballotbox,
    abi: ballotboxAbi,
    functionName: "nullifierUsed",
    args: [pollId, proof.nullifier],
  });
  if (used) throw new Rejection(409, "already_voted", message("Ballotbox__NullifierAlreadyUsed"));

  if (!(await context.verifier.verify(proof))) {
    throw new Rejection(422, "invalid_proof", message("Ballotbox__InvalidProof"));
  }
  return { pollId, proof };
}

/** Checks a posted invite registration completely; returns it ready to queue, or throws a Rejection. */
export async function validateRegistration(context: ValidationContext, body: unknown): Promise<Registration> {
  const registration = parseBody(registrationBodySchema, body);
  const { pollId, identityCommitment, invite } = registration;
  const signature = registration.signature as Hex;
  const inviteProof = registration.inviteProof as Hex[];
  const phase = await existingPoll(context, pollId);
  if (phase !== "registration") throw new Rejection(409, "roll_frozen", message("Ballotbox__RollIsFrozen"));
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
  if (!inTree || !signed) throw new Rejection(422, "invalid_invite", message("Ballotbox__InvalidInvite"));

  const earlier = context.journal.findLive("registration", pollId, invite);
  if (earlier?.state === "counted") throw new Rejection(409, "invite_used", message("Ballotbox__InviteAlreadyUsed"));
  if (earlier) {
    throw new Rejection(409, "already_queued", "A registration with this invite is already queued at this relayer.");
  }
  const used = await context.client.readContract({
    address: context.ballotbox,
    abi: ballotboxAbi,
    functionName: "inviteUsed",
    args: [pollId, invite],
  });
  if (used) throw new Rejection(409, "invite_used", message("Ballotbox__InviteAlreadyUsed"));
  return { pollId, identityCommitment, invite, inviteProof, signature };
}

/** A bigint-safe JSON form of a queued call's arguments, and back. */
export function encodePayload(value: Ballot | Registration): string {
  return JSON.stringify(value, (_, field: unknown) => (typeof field === "bigint" ? field.toString() : field));
}

export function decodeBallot(payload: string): Ballot {
  return ballotBodySchema.parse(JSON.parse(payload));
}

export function decodeRegistration(payload: string): Registration {
  const parsed = registrationBodySchema.parse(JSON.parse(payload));
  return { ...parsed, inviteProof: parsed.inviteProof as Hex[], signature: parsed.signature as Hex };
}
