/**
 * Makes a voter's ballot proof: a Semaphore v4 proof that the voter is on the poll's roll, bound to
 * the poll (scope) and to the ballot (message). The identity's secret never leaves this function's
 * caller: only the proof is returned.
 */
import type { Group, MerkleProof } from "@semaphore-protocol/group";
import type { Identity } from "@semaphore-protocol/identity";
import { groth16, wtns } from "snarkjs";
import { encodeBallot, type BallotShape } from "../ballots/ballot.ts";
import { packGroth16Proof } from "../proofs/groth16-points.ts";
import { pollScope, type PollRef } from "../ballots/scope.ts";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import { semaphoreHash } from "../snark/field.ts";
import { ProverError } from "./prover-error.ts";

/**
 * The proving artifacts of a depth: file paths in Node, or their bytes (a browser worker keeps them
 * in memory once downloaded, so a proof reads nothing again).
 */
export type ArtifactsSource = (depth: number) => { wasm: string | Uint8Array; zkey: string | Uint8Array };

/** The two steps of a proof, reported as each starts: the witness, then the Groth16 proof. */
export type ProofStep = "witness" | "proof";

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
 * The voter's path in the roll, checked to lead to its root. Throws a ProverError for a voter who is
 * not on the roll, or a roll whose path does not hold.
 */
export function voterPath(identity: Identity, roll: Group): MerkleProof {
  const index = roll.indexOf(identity.commitment);
  if (index === -1) {
    throw new ProverError({ kind: "notOnRoll" });
  }
  const merkleProof = roll.generateMerkleProof(index);
  // The roll may have come as a snapshot whose inner nodes were not hashed here: the voter's own
  // path must lead to the root (which the roll's reader checked against the contract).
  if (!roll.leanIMT.verifyProof(merkleProof)) {
    throw new ProverError({ kind: "rollPath" });
  }
  return merkleProof;
}

/**
 * Checks the voter is on the roll and the choice is valid, and returns what to prove. Throws a
 * ProverError for a voter who is not on the roll, a RangeError for a choice the poll does not take.
 */
export function ballotStatement({ identity, roll, poll, selected }: BallotRequest): BallotStatement {
  return {
    merkleProof: voterPath(identity, roll),
    message: encodeBallot(poll, selected),
    scope: pollScope(poll),
    depth: chooseTreeDepth(roll),
  };
}

/**
 * Makes the Groth16 proof of a statement (the CPU-heavy part: run it off the UI thread in a browser).
 * The same circuit input and proof packing as Semaphore's `generateProof`, in two steps so that a
 * caller can tell (and time-limit) the witness and the proof apart.
 */
export async function proveStatement(
  identity: Identity,
  { merkleProof, message, scope, depth }: BallotStatement,
  artifacts: ArtifactsSource,
  onStep?: (step: ProofStep) => void,
): Promise<SolidityProof> {
  const { wasm, zkey } = artifacts(depth);
  const siblings = Array.from({ length: depth }, (_, level) => merkleProof.siblings[level] ?? 0n);
  const input = {
    secret: identity.secretScalar,
    merkleProofLength: merkleProof.siblings.length,
    merkleProofIndex: merkleProof.index,
    merkleProofSiblings: siblings,
    scope: semaphoreHash(scope),
    message: semaphoreHash(message),
  };
  onStep?.("witness");
  const witness: { type: "mem"; data?: Uint8Array } = { type: "mem" };
  await wtns.calculate(input, wasm, witness);
  onStep?.("proof");
  // No witness: the artifacts are damaged.
  if (witness.data === undefined) throw new ProverError({ kind: "damagedArtifacts" });
  const { proof, publicSignals } = await groth16.prove(zkey, witness.data);
  const nullifier = publicSignals[1];
  // No nullifier: the artifacts are not Semaphore's.
  if (nullifier === undefined) throw new ProverError({ kind: "damagedArtifacts" });
  return {
    merkleTreeDepth: BigInt(depth),
    merkleTreeRoot: merkleProof.root,
    nullifier: BigInt(nullifier),
    message,
    scope,
    points: packGroth16Proof(proof),
  };
}

export async function proveBallot(request: BallotRequest & { artifacts: ArtifactsSource }): Promise<SolidityProof> {
  return proveStatement(request.identity, ballotStatement(request), request.artifacts);
}
