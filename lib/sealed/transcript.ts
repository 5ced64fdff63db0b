/**
 * How the ceremony's hashes are bound to their ceremony. Every hash the contract recomputes (the
 * proof-of-knowledge challenge) or trustees agree on (share masks) is keccak256 over a Solidity
 * abi.encode of a versioned domain string, then the chain, the ceremony contract and the poll, then
 * the hash's own fields; reduced mod l. So a proof or a share made for one poll, contract or chain
 * means nothing in another, and a change of layout changes the domain string.
 */
import { encodeAbiParameters, keccak256, type AbiParameter, type Address } from "viem";
import { modL } from "./scalar.ts";

/** Which ceremony: the chain, the TrusteeCeremony contract and the poll. */
export interface CeremonyContext {
  readonly chainId: bigint;
  readonly ceremony: Address;
  readonly pollId: bigint;
}

const CONTEXT_PARAMETERS = [
  { type: "string" },
  { type: "uint256" },
  { type: "address" },
  { type: "uint256" },
] as const satisfies readonly AbiParameter[];

/**
 * uint256(keccak256(abi.encode(domain, chainId, ceremony, pollId, fields…))) mod l, each field a
 * uint256. The reduction's bias (2^256 mod l over 2^256) is below 2^-250 per value: negligible.
 */
export function hashToScalar(domain: string, context: CeremonyContext, fields: readonly bigint[]): bigint {
  const types = [...CONTEXT_PARAMETERS, ...fields.map(() => ({ type: "uint256" }) as const)];
  const encoded = encodeAbiParameters(types, [domain, context.chainId, context.ceremony, context.pollId, ...fields]);
  return modL(BigInt(keccak256(encoded)));
}
