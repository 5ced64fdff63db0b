import { encodeAbiParameters, keccak256, type Address } from "viem";
import { SNARK_SCALAR_FIELD } from "../snark/field.ts";

/** Identifies one poll of one Ballotbox deployment. */
export interface PollRef {
  chainId: number;
  ballotbox: Address;
  pollId: bigint;
}

/**
 * The scope every ballot of a poll carries, exactly as Ballotbox.pollScope derives it:
 * keccak256(abi.encode(chainId, contract, pollId)) mod the SNARK scalar field.
 */
export function pollScope({ chainId, ballotbox, pollId }: PollRef): bigint {
  const encoded = encodeAbiParameters(
    [{ type: "uint256" }, { type: "address" }, { type: "uint256" }],
    [BigInt(chainId), ballotbox, pollId],
  );
  return BigInt(keccak256(encoded)) % SNARK_SCALAR_FIELD;
}
