/**
 * Ballotbox's own circuits (docs/sealed-ballots.md), as data: which main file each is compiled from
 * and what it is for. scripts/circuits.ts compiles and sets them up in this order, and the generated
 * key contract (contracts/generated/SealedVerificationKeys.sol) lists their keys in this order.
 */
import { assertSealedOptionCount } from "../lib/sealed/limits.ts";

export interface CircuitSpec {
  /** File stem of every artifact: circuits/keys/<name>.{wasm,zkey,vkey.json}. */
  name: string;
  /** The main component, relative to circuits/. */
  main: string;
  /** A voter's sealed ballot for polls of up to `options` options, or a trustee's partial decryption. */
  kind: "sealed-ballot" | "partial-decryption";
  options: number;
  /** Public signals, in snarkjs order (outputs, then public inputs): the contract's input count. */
  publicSignals: number;
}

/** Rolls of sealed polls hold up to 2^20 voters (the ballot circuits' Merkle depth). */
export const SEALED_ROLL_DEPTH = 20;

/** 2^16 constraints fit every circuit with room to spare (the largest is about 27k). */
export const PTAU_POWER = 16;

export const CIRCUITS: readonly CircuitSpec[] = [
  // merkleRoot, nullifier, pollKeyHash, c1 (2), c2 (2 per option), scope.
  {
    name: "sealed-ballot-2",
    main: "main/sealed-ballot-2.circom",
    kind: "sealed-ballot",
    options: 2,
    publicSignals: 10,
  },
  {
    name: "sealed-ballot-4",
    main: "main/sealed-ballot-4.circom",
    kind: "sealed-ballot",
    options: 4,
    publicSignals: 14,
  },
  {
    name: "sealed-ballot-8",
    main: "main/sealed-ballot-8.circom",
    kind: "sealed-ballot",
    options: 8,
    publicSignals: 22,
  },
  // vk (2 per option), d (2 per option), c1 (2).
  {
    name: "partial-decryption-8",
    main: "main/partial-decryption-8.circom",
    kind: "partial-decryption",
    options: 8,
    publicSignals: 34,
  },
];

/** The sealed-ballot circuit for a poll of `optionCount` options: the smallest that fits. */
export function ballotCircuitFor(optionCount: number): CircuitSpec {
  assertSealedOptionCount(optionCount);
  const circuit = CIRCUITS.find(({ kind, options }) => kind === "sealed-ballot" && options >= optionCount);
  if (circuit === undefined) throw new Error(`No ballot circuit fits ${optionCount} options: see lib/sealed/limits.ts`);
  return circuit;
}
