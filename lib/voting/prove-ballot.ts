/**
 * Makes a voter's ballot proof: a Semaphore v4 proof that the voter is on the poll's roll, bound to
 * the poll (scope) and to the ballot (message). The identity's secret never leaves this function's
 * caller: only the proof is returned.
 */
import type { Group } from "@semaphore-protocol/group";
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
  artifacts: ArtifactsSource;
}

export async function proveBallot({
  identity,
  roll,
  poll,
  selected,
  artifacts,
}: BallotRequest): Promise<SolidityProof> {
  if (roll.indexOf(identity.commitment) === -1) {
    throw new Error("This identity is not on the poll's roll, so it cannot vote in this poll.");
  }
  const ballot = encodeBallot(poll, selected);
  const depth = chooseTreeDepth(roll);
  const proof = await generateProof(identity, roll, ballot, pollScope(poll), depth, artifacts(depth));
  return toSolidityProof(proof);
}
