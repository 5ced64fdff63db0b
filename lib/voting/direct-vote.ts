/**
 * The direct fallback for a voter who does not trust a relayer: the very transaction the relayer would
 * send for one ballot (`castVote(pollId, proof)`, or SealedBallots' `castSealedVote(pollId, ballot)`
 * for a sealed poll), built for the voter's own wallet. Its calldata is the
 * same bytes, so a wallet (or a person reading it in the wallet) sees exactly what is being cast. The cost
 * is anonymity: the wallet's address sits next to the ballot on chain, which the app must say before the
 * voter signs. Environment-agnostic (browser wallet or Node), no key handled here.
 */
import { encodeFunctionData, type Address, type Hex } from "viem";
import { ballotboxAbi, sealedBallotsAbi } from "../contracts/abis.generated.ts";
import type { CastSealedBallot } from "../sealed/cast-ballot.ts";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";

export interface DirectVote {
  /** Ballotbox (or SealedBallots for a sealed poll): the only target a ballot ever goes to. */
  to: Address;
  data: Hex;
  value: 0n;
}

/** The `castVote` call of one ballot, ready for `walletClient.sendTransaction` (or eth_sendTransaction). */
export function buildDirectVote(ballotbox: Address, pollId: bigint, proof: SolidityProof): DirectVote {
  return {
    to: ballotbox,
    data: encodeFunctionData({ abi: ballotboxAbi, functionName: "castVote", args: [pollId, proof] }),
    value: 0n,
  };
}

/** The `castSealedVote` call of one sealed ballot, the same way. */
export function buildDirectSealedVote(sealedBallots: Address, pollId: bigint, ballot: CastSealedBallot): DirectVote {
  return {
    to: sealedBallots,
    data: encodeFunctionData({ abi: sealedBallotsAbi, functionName: "castSealedVote", args: [pollId, ballot] }),
    value: 0n,
  };
}
