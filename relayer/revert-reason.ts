/**
 * Why a batch's call would revert, decoded by the one contract-error decoder, and whether a failure is
 * the node's (unreachable, timed out: nothing to learn about the entry) rather than the call's.
 */
import {
  HttpRequestError,
  SocketClosedError,
  TimeoutError,
  WebSocketRequestError,
  BaseError,
  type Address,
  type Hex,
  type PrivateKeyAccount,
  type PublicClient,
} from "viem";
import { decodeContractError, type DecodedContractError } from "../lib/contracts/contract-errors.ts";

/** True when the node could not be asked at all: retry later, and blame no entry. */
export function isTransportError(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false;
  const cause = error.walk(
    (inner) =>
      inner instanceof HttpRequestError ||
      inner instanceof TimeoutError ||
      inner instanceof SocketClosedError ||
      inner instanceof WebSocketRequestError,
  );
  return cause !== null;
}

/**
 * The contract error in a failed estimate, or found by replaying the call with eth_call (estimateGas
 * errors do not always carry the revert data); undefined if neither names one.
 */
export async function revertReason(
  client: PublicClient,
  call: { account: PrivateKeyAccount; to: Address; data: Hex },
  estimateError: unknown,
): Promise<DecodedContractError | undefined> {
  const direct = decodeContractError(estimateError);
  if (direct !== undefined) return direct;
  try {
    await client.call({ ...call, blockTag: "pending" });
    return undefined;
  } catch (error) {
    return decodeContractError(error);
  }
}
