/**
 * A voter's sealed ballot as the ballot circuit proves it (circuits/src/sealed-ballot.circom): the
 * circuit's input from the voter's identity, roll path, poll and choice, the public signals the proof
 * will carry (so a caller can check them before spending a proof on them), and the proof itself.
 * Pure data in and out, no file system: Node and a browser worker pass their own artifacts.
 *
 * The scope enters the circuit hashed as Semaphore hashes it (semaphoreHash), so a sealed ballot's
 * nullifier is the one its voter would have in a public poll of the same scope; the message input of
 * Semaphore's template is unused (0): the ciphertexts, outputs of the proof, are what it binds.
 */
import type { MerkleProof } from "@semaphore-protocol/group";
import type { Identity } from "@semaphore-protocol/identity";
import { poseidon2 } from "poseidon-lite/poseidon2";
import { groth16, wtns, type CircuitSignals, type Groth16Proof } from "snarkjs";
import { packGroth16Proof } from "../proofs/groth16-points.ts";
import { ballotCircuitFor, SEALED_ROLL_DEPTH } from "../../circuits/manifest.ts";
import { ballotTypeToNumber, type BallotType } from "../ballots/ballot.ts";
import { semaphoreHash } from "../snark/field.ts";
import { ciphertextSignals, encryptBallot, type SealedBallot } from "./ballot-encryption.ts";
import { IDENTITY, type Point } from "./curve.ts";
import type { CastSealedBallot } from "./cast-ballot.ts";
import { pollKeyHash } from "./poll-key-hash.ts";
import { randomScalar } from "./scalar.ts";

/** What a sealed ballot is cast in: the poll's scope, ballot type and key (one point per option). */
export interface SealedPoll {
  readonly scope: bigint;
  readonly ballotType: BallotType;
  readonly pollKeys: readonly Point[];
}

/** A voter's choice: 0 or 1 per option, and the encryption's secret randomness. */
export interface SealedChoice {
  readonly choices: readonly number[];
  readonly randomness: bigint;
}

/** Where the circuit's witness generator and proving key are, or their bytes. */
export interface CircuitArtifacts {
  readonly wasm: string | Uint8Array;
  readonly zkey: string | Uint8Array;
}

const flat = (point: Point) => [point.x, point.y];

/** The circuit that fits the poll (2, 4 or 8 options), padded: unused keys O, unused choices 0. */
export function sealedBallotInput(
  identity: Identity,
  merkleProof: MerkleProof,
  poll: SealedPoll,
  { choices, randomness }: SealedChoice,
): CircuitSignals {
  const optionCount = poll.pollKeys.length;
  const { options } = ballotCircuitFor(optionCount);
  if (merkleProof.siblings.length > SEALED_ROLL_DEPTH) {
    throw new RangeError(`A sealed poll's roll is at most 2^${SEALED_ROLL_DEPTH} voters deep`);
  }
  const padded = <T>(values: readonly T[], filler: T) =>
    Array.from({ length: options }, (_, option) => values[option] ?? filler);
  return {
    secret: identity.secretScalar,
    merkleProofLength: merkleProof.siblings.length,
    merkleProofIndex: merkleProof.index,
    merkleProofSiblings: Array.from({ length: SEALED_ROLL_DEPTH }, (_, level) => merkleProof.siblings[level] ?? 0n),
    scope: semaphoreHash(poll.scope),
    ballotType: ballotTypeToNumber(poll.ballotType),
    optionCount,
    pollKey: padded(poll.pollKeys, IDENTITY).map(flat),
    choice: padded(choices, 0),
    randomness,
  };
}

/** What a sealed-ballot proof shows, decoded: the order of its public signals (sealedBallotSignals). */
export interface SealedBallotStatement {
  readonly merkleRoot: bigint;
  readonly nullifier: bigint;
  readonly pollKeyHash: bigint;
  /** The ballot's ciphertexts, one C₂ per option of the poll (the circuit's padding options dropped). */
  readonly ballot: SealedBallot;
  /** The scope as the circuit received it (semaphoreHash of the poll's scope). */
  readonly scopeSignal: bigint;
}

/** The statement the circuit proves for this voter, poll and choice, computed without proving. */
export function expectedSealedStatement(
  identity: Identity,
  merkleProof: MerkleProof,
  poll: SealedPoll,
  { choices, randomness }: SealedChoice,
): SealedBallotStatement {
  const scopeSignal = semaphoreHash(poll.scope);
  return {
    merkleRoot: merkleProof.root,
    nullifier: poseidon2([scopeSignal, identity.secretScalar]),
    pollKeyHash: pollKeyHash(poll.ballotType, poll.pollKeys.length, poll.pollKeys),
    ballot: encryptBallot(poll.pollKeys, choices, randomness),
    scopeSignal,
  };
}

/** The public signals, in snarkjs order, of a statement proven by the circuit of `circuitOptions`. */
export function sealedBallotSignals(statement: SealedBallotStatement, circuitOptions: number): bigint[] {
  return [
    statement.merkleRoot,
    statement.nullifier,
    statement.pollKeyHash,
    ...ciphertextSignals(statement.ballot, circuitOptions),
    statement.scopeSignal,
  ];
}

/** Reads public signals back into a statement for a poll of `optionCount` options. */
export function parseSealedBallotSignals(signals: readonly bigint[], optionCount: number): SealedBallotStatement {
  const { options, publicSignals } = ballotCircuitFor(optionCount);
  if (signals.length !== publicSignals) {
    throw new RangeError(
      `A ${options}-option sealed ballot has ${publicSignals} public signals, not ${signals.length}`,
    );
  }
  const at = (index: number) => signals[index] as bigint;
  const point = (index: number): Point => ({ x: at(index), y: at(index + 1) });
  return {
    merkleRoot: at(0),
    nullifier: at(1),
    pollKeyHash: at(2),
    ballot: { c1: point(3), c2: Array.from({ length: optionCount }, (_, option) => point(5 + 2 * option)) },
    scopeSignal: at(publicSignals - 1),
  };
}

/** The two steps of a proof, reported as each starts: the witness, then the Groth16 proof. */
export type SealedProofStep = "witness" | "proof";

/**
 * The Groth16 proof of a sealed ballot (seconds of CPU: off the UI thread in a browser), in two
 * steps so that a caller can tell (and time-limit) the witness and the proof apart.
 */
export async function proveSealedBallot(
  input: CircuitSignals,
  artifacts: CircuitArtifacts,
  onStep?: (step: SealedProofStep) => void,
): Promise<{ proof: Groth16Proof; publicSignals: bigint[] }> {
  onStep?.("witness");
  const witness: { type: "mem"; data?: Uint8Array } = { type: "mem" };
  await wtns.calculate(input, artifacts.wasm, witness);
  if (witness.data === undefined)
    throw new Error("The sealed ballot circuit gave no witness: its artifacts are damaged");
  onStep?.("proof");
  const { proof, publicSignals } = await groth16.prove(artifacts.zkey, witness.data);
  return { proof, publicSignals: publicSignals.map(BigInt) };
}

/**
 * Everything a sealed ballot's proof needs besides the identity and the randomness: what a proving
 * worker is sent (the worker draws the randomness, so it never crosses to the page).
 */
export interface SealedStatement {
  readonly merkleProof: MerkleProof;
  readonly poll: SealedPoll;
  /** 0 or 1 per option of the poll (choiceVector). */
  readonly choices: readonly number[];
}

/**
 * Encrypts and proves a ballot with fresh randomness drawn here and dropped on return: the caller
 * gets what the contract takes, and nothing that would open the ciphertexts.
 */
export async function proveSealedStatement(
  identity: Identity,
  { merkleProof, poll, choices }: SealedStatement,
  artifacts: CircuitArtifacts,
  onStep?: (step: SealedProofStep) => void,
): Promise<CastSealedBallot> {
  const input = sealedBallotInput(identity, merkleProof, poll, { choices, randomness: randomScalar() });
  return castableSealedBallot(await proveSealedBallot(input, artifacts, onStep), poll.pollKeys.length);
}

/** A proof and its public signals as the contract takes them, for a poll of `optionCount` options. */
export function castableSealedBallot(
  { proof, publicSignals }: { proof: Groth16Proof; publicSignals: readonly bigint[] },
  optionCount: number,
): CastSealedBallot {
  const { nullifier, ballot } = parseSealedBallotSignals(publicSignals, optionCount);
  return { nullifier, ciphertexts: ciphertextSignals(ballot, optionCount), proof: packGroth16Proof(proof) };
}
