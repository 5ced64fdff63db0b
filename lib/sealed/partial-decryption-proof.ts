/**
 * A trustee's partial decryption of a closed poll's encrypted tally, as the partial-decryption circuit
 * proves it (circuits/src/partial-decryption.circom): for every option j, Dⱼ = sⱼ·C̄₁ with
 * VKⱼ = sⱼ·G, sⱼ the trustee's share of option j's secret. The circuit has room for 8 options; a poll
 * of fewer proves with share 0 there, so those VK and D are O, and the contract pads the same way.
 *
 * Public signals, in order: VK₁ … VK₈ (x, y each), D₁ … D₈, then C̄₁ (input).
 */
import { groth16, type CircuitSignals } from "snarkjs";
import { CIRCUITS } from "../../circuits/manifest.ts";
import { packGroth16Proof, type PackedGroth16Proof } from "../proofs/groth16-points.ts";
import { partialDecryptAll } from "./ballot-encryption.ts";
import type { CircuitArtifacts } from "./sealed-ballot-proof.ts";
import { mulBase, type Point } from "./curve.ts";
import { pointWords } from "./ceremony-words.ts";

const circuit = CIRCUITS.find(({ kind }) => kind === "partial-decryption");
if (circuit === undefined) throw new Error("circuits/manifest.ts names no partial-decryption circuit");
/** The spec of the partial-decryption circuit (its options are its slots). */
export const PARTIAL_DECRYPTION_CIRCUIT = circuit;

function padded(shares: readonly bigint[]): bigint[] {
  const slots = PARTIAL_DECRYPTION_CIRCUIT.options;
  if (shares.length > slots) throw new RangeError(`${shares.length} shares do not fit the circuit's ${slots}`);
  return Array.from({ length: slots }, (_, option) => shares[option] ?? 0n);
}

/** The circuit's input for a trustee's shares (one per option of the poll) and the tally's C̄₁. */
export function partialDecryptionInput(shares: readonly bigint[], c1: Point): CircuitSignals {
  return { share: padded(shares), c1: [c1.x, c1.y] };
}

/** The public signals the circuit outputs for these shares and C̄₁, computed without proving. */
export function partialDecryptionSignals(shares: readonly bigint[], c1: Point): bigint[] {
  const all = padded(shares);
  return [...pointWords(all.map(mulBase)), ...pointWords(partialDecryptAll(all, c1)), c1.x, c1.y];
}

/** A trustee's partial decryption as SealedBallots.publishPartialDecryption takes it. */
export interface PartialDecryption {
  /** D₁ … D_K as words (x, y each), the poll's options only. */
  readonly decryptionShares: bigint[];
  readonly proof: PackedGroth16Proof;
}

/** Proves the partial decryption of C̄₁ with the trustee's shares (seconds of CPU). */
export async function provePartialDecryption(
  shares: readonly bigint[],
  c1: Point,
  artifacts: CircuitArtifacts,
): Promise<PartialDecryption> {
  const { proof } = await groth16.fullProve(partialDecryptionInput(shares, c1), artifacts.wasm, artifacts.zkey);
  return { decryptionShares: pointWords(partialDecryptAll(shares, c1)), proof: packGroth16Proof(proof) };
}
