/**
 * Deterministic randomness for the sealed-poll tests: every function that needs fresh scalars takes
 * them as a parameter, and these tests pass a stream derived from a fast-check seed, so a failing
 * case replays exactly from fast-check's report.
 */
import fc from "fast-check";
import { encodeAbiParameters, keccak256 } from "viem";
import { SUBGROUP_ORDER, modL, type ScalarSource } from "../../lib/sealed/scalar.ts";
import { type CeremonyContext } from "../../lib/sealed/transcript.ts";

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** The i-th scalar is keccak256(abi.encode(seed, i)) mod l. */
export function seededScalars(seed: number | bigint): ScalarSource {
  let counter = 0n;
  const base = BigInt.asUintN(256, BigInt(seed));
  return () => {
    const word = keccak256(encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [base, counter++]));
    return modL(BigInt(word));
  };
}

/** Any scalar, the edges 0, 1 and l − 1 more often than chance would. */
export const scalarArbitrary: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: 0n, max: SUBGROUP_ORDER - 1n }),
  fc.constantFrom(0n, 1n, 2n, SUBGROUP_ORDER - 1n, SUBGROUP_ORDER - 2n),
);

/** A non-zero scalar: a secret key, a nonce, a ballot's randomness. */
export const secretArbitrary: fc.Arbitrary<bigint> = fc.bigInt({ min: 1n, max: SUBGROUP_ORDER - 1n });

export const CONTEXT: CeremonyContext = {
  chainId: 31337n,
  ceremony: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  pollId: 1n,
};

/** Contexts that differ from CONTEXT in exactly one field. */
export const OTHER_CONTEXTS: readonly CeremonyContext[] = [
  { ...CONTEXT, chainId: 1n },
  { ...CONTEXT, ceremony: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512" },
  { ...CONTEXT, pollId: 2n },
];
