/**
 * One sentence for any error a person can meet, saying what to do: the wallet declined or on the
 * wrong chain, the chain unreachable, a contract refusal (decoded by lib/contracts/contract-errors.ts),
 * a relayer refusal (worded by the relayer).
 */
import { BaseError, HttpRequestError, TimeoutError, UserRejectedRequestError } from "viem";
import { BaseError as WagmiError, ConnectorChainMismatchError } from "wagmi";
import { decodeContractError, describeContractError } from "@/lib/contracts/contract-errors.ts";
import { RelayerError } from "@/lib/relayer/client.ts";
import { en } from "../_i18n/en/index.ts";

export function describeError(error: unknown, rpcUrl?: string): string {
  const { wallet } = en.common;
  if (error instanceof RelayerError) return error.message;
  // wagmi's own errors (not connected, wrong chain, no connector) have a readable short message.
  if (error instanceof ConnectorChainMismatchError) return wallet.switchFirst;
  if (error instanceof WagmiError) return error.shortMessage;
  if (error instanceof BaseError) {
    if (error.walk((cause) => cause instanceof UserRejectedRequestError) instanceof UserRejectedRequestError) {
      return wallet.rejected;
    }
    if (decodeContractError(error) === undefined) {
      const unreachable = error.walk((cause) => cause instanceof HttpRequestError || cause instanceof TimeoutError);
      if (unreachable !== null && rpcUrl !== undefined) return en.common.chainUnreachable(rpcUrl);
    }
    return describeContractError(error);
  }
  return error instanceof Error ? error.message : String(error);
}
