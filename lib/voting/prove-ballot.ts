/**
 * Makes a voter's ballot proof: a Semaphore v4 proof that the voter is on the poll's roll, bound to
 * the poll (scope) and to the ballot (message). The identity's secret never leaves this function's
 * caller: only the proof is returned.
 */
import type { Group, MerkleProof } from "@semaphore-protocol/group";
import type { Identity } from "@semaphore-protocol/identity";
import { generateProof } from "@semaphore-protocol/proof";
import { encodeBallot, type BallotShape } from "../ballots/ballot.ts";
import { pollScope, type PollRef } from "../ballots/scope.ts";
import { toSolidityProof, type SolidityProof } from "../semaphore/solidity-proof.ts";

/** Where the proving artifacts of a depth are: file paths in Node, same-origin URLs in a browser. */
export type ArtifactsSource = (depth: number) => { wasm: string; zkey: string };

/**
 * The tree depth to prove at: the roll's own depth (at least 1). Proof time grows with depth,
 * and the roll is public, so proving at a larger depth would hide nothing.
 */
export function chooseTreeDepth(roll: Group): number {
  return Math.max(1, roll.depth);
}

export interface BallotRequest {
  identity: Identity;
  roll: Group;
  poll: PollRef & BallotShape;
  /** The option indexes chosen (0-based). */
  selected: readonly number[];
}

/** Everything the proof needs besides the identity: what a proving worker is sent. */
export interface BallotStatement {
  merkleProof: MerkleProof;
  /** The encoded ballot: the proof's message. */
  message: bigint;
  scope: bigint;
  depth: number;
}

/**
 * Checks the voter is on the roll and the choice is valid, and returns what to prove. Throws a
 * sentence for a voter who is not on the roll or a choice the poll does not take.
 */
export function ballotStatement({ identity, roll, poll, selected }: BallotRequest): BallotStatement {
  const index = roll.indexOf(identity.commitment);
  if (index === -1) {
    throw new Error("This identity is not on the poll's roll, so it cannot vote in this poll.");
  }
  return {
    merkleProof: roll.generateMerkleProof(index),
    message: encodeBallot(poll, selected),
    scope: pollScope(poll),
    depth: chooseTreeDepth(roll),
  };
}

/** Makes the Groth16 proof of a statement (the CPU-heavy part: run it off the UI thread in a browser). */
export async function proveStatement(
  identity: Identity,
  { merkleProof, message, scope, depth }: BallotStatement,
  artifacts: ArtifactsSource,
): Promise<SolidityProof> {
  const proof = await generateProof(identity, merkleProof, message, scope, depth, artifacts(depth));
  return toSolidityProof(proof);
}

export async function proveBallot(request: BallotRequest & { artifacts: ArtifactsSource }): Promise<SolidityProof> {
  return proveStatement(request.identity, ballotStatement(request), request.artifacts);
}
