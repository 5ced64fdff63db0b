import type { Address, Hex, LocalAccount } from "viem";

/** The EIP-712 types of a registration, as Ballotbox's REGISTRATION_TYPEHASH defines them. */
export const REGISTRATION_TYPES = {
  Registration: [
    { name: "pollId", type: "uint256" },
    { name: "identityCommitment", type: "uint256" },
  ],
} as const;

/** Where a registration is valid: one Ballotbox contract on one chain. */
export interface RegistrationDomain {
  chainId: number;
  ballotbox: Address;
}

/** The EIP-712 domain of a Ballotbox deployment. */
export function registrationDomain({ chainId, ballotbox }: RegistrationDomain) {
  return { name: "Ballotbox", version: "1", chainId, verifyingContract: ballotbox } as const;
}

/**
 * Signs, with an invite key, the registration of one identity commitment in one poll. The
 * signature covers chain, contract, poll and commitment, so whoever submits it cannot change any.
 */
export function signRegistration(
  invite: LocalAccount,
  domain: RegistrationDomain,
  pollId: bigint,
  identityCommitment: bigint,
): Promise<Hex> {
  return invite.signTypedData({
    domain: registrationDomain(domain),
    types: REGISTRATION_TYPES,
    primaryType: "Registration",
    message: { pollId, identityCommitment },
  });
}
