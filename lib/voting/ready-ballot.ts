/**
 * A proven ballot, public or sealed, on its way out of the booth: its receipt (the nullifier), and the
 * two ways it is sent, through a relayer or as the voter's own transaction. The booth proves either
 * kind in its worker and hands the result here, so sending is written once for both.
 */
import type { Address } from "viem";
import type { RelayerClient, RelayerReceipt } from "../relayer/client.ts";
import type { CastSealedBallot } from "../sealed/cast-ballot.ts";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import { buildDirectSealedVote, buildDirectVote, type DirectVote } from "./direct-vote.ts";

export type ReadyBallot =
  | { secrecy: "public"; pollId: bigint; proof: SolidityProof }
  | { secrecy: "sealed"; pollId: bigint; ballot: CastSealedBallot };

/** The ballot's receipt: its nullifier, public once counted, which names neither voter nor choice. */
export function readyNullifier(ready: ReadyBallot): bigint {
  return ready.secrecy === "public" ? ready.proof.nullifier : ready.ballot.nullifier;
}

/** Queues the ballot with a relayer; resolves once the relayer has journaled it. */
export function relayBallot(relayer: RelayerClient, ready: ReadyBallot): Promise<RelayerReceipt> {
  return ready.secrecy === "public"
    ? relayer.submitBallot(ready.pollId, ready.proof)
    : relayer.submitSealedBallot(ready.pollId, ready.ballot);
}

/** The transaction that casts the ballot from the voter's wallet (which links the wallet to it). */
export function directTransaction(
  ready: ReadyBallot,
  contracts: { ballotbox: Address; sealedBallots: Address | null },
): DirectVote {
  if (ready.secrecy === "public") return buildDirectVote(contracts.ballotbox, ready.pollId, ready.proof);
  if (contracts.sealedBallots === null) throw new Error("This deployment names no SealedBallots contract");
  return buildDirectSealedVote(contracts.sealedBallots, ready.pollId, ready.ballot);
}
