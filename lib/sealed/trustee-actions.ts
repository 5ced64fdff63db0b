/**
 * A trustee's planned action (./trustee-plan.ts) as the transaction that performs it: which contract,
 * which function, which arguments, and for a partial decryption the Groth16 proof made first. The
 * caller sends it its own way (the CLI simulates and words a revert; the demo seeder signs through
 * the local node), so this module only builds calls.
 */
import type { Abi, ContractFunctionArgs, ContractFunctionName, TransactionReceipt } from "viem";
import { sealedBallotsAbi, trusteeCeremonyAbi } from "../contracts/abis.generated.ts";
import { releaseSnarkjs } from "../semaphore/snarkjs-engine.ts";
import { provePartialDecryption, type PartialDecryption } from "./partial-decryption-proof.ts";
import type { SealedContracts } from "./sealed-state.ts";
import type { TrusteeAction } from "./trustee-plan.ts";
import type { CircuitArtifacts } from "./sealed-ballot-proof.ts";

/** Sends one contract call and resolves with its receipt once mined. */
export type ContractSender = <
  const TAbi extends Abi,
  TName extends ContractFunctionName<TAbi, "nonpayable" | "payable">,
>(call: {
  address: `0x${string}`;
  abi: TAbi;
  functionName: TName;
  args: ContractFunctionArgs<TAbi, "nonpayable" | "payable", TName>;
}) => Promise<TransactionReceipt>;

export interface TrusteeActionOptions {
  /** The partial-decryption circuit's artifacts, for a "decrypt" action. */
  readonly partialDecryption: CircuitArtifacts;
  /** Told how long the partial decryption's proof took. */
  readonly onProved?: (milliseconds: number) => void;
}

/** Performs `action` of the trustee whose wallet `send` signs with, in poll `pollId`. */
export async function performTrusteeAction(
  send: ContractSender,
  contracts: SealedContracts,
  pollId: bigint,
  action: TrusteeAction,
  options: TrusteeActionOptions,
): Promise<TransactionReceipt> {
  const ceremony = { address: contracts.trusteeCeremony, abi: trusteeCeremonyAbi } as const;
  const sealed = { address: contracts.sealedBallots, abi: sealedBallotsAbi } as const;
  switch (action.kind) {
    case "publishKey":
      return send({
        ...ceremony,
        functionName: "publishKey",
        args: [
          pollId,
          [action.key.x, action.key.y],
          [action.proof.commitment.x, action.proof.commitment.y],
          action.proof.response,
        ],
      });
    case "deal":
      return send({ ...ceremony, functionName: "deal", args: [pollId, action.commitments, action.encryptedShares] });
    case "complain":
      return send({ ...ceremony, functionName: "complain", args: [pollId, BigInt(action.dealer)] });
    case "reveal":
      return send({
        ...ceremony,
        functionName: "reveal",
        args: [pollId, BigInt(action.complainant), action.commitments, action.shares],
      });
    case "finalise":
      return send({ ...ceremony, functionName: "finalise", args: [pollId, action.dealings] });
    case "decrypt": {
      const started = performance.now();
      let partial: PartialDecryption;
      try {
        partial = await provePartialDecryption(action.shares, action.c1, options.partialDecryption);
      } finally {
        await releaseSnarkjs();
      }
      options.onProved?.(performance.now() - started);
      return send({
        ...sealed,
        functionName: "publishPartialDecryption",
        args: [pollId, action.aggregateCommitments, partial.decryptionShares, partial.proof],
      });
    }
    case "publishTally":
      return send({
        ...sealed,
        functionName: "publishTally",
        args: [pollId, action.counts, action.trustees, action.decryptionShares],
      });
  }
}
