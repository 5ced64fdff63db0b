/**
 * A replacement for a transaction that stays unmined (dropped from the mempool, or underpriced): the
 * same call under the same nonce, re-signed with both fees raised enough for nodes to accept it.
 */
import { keccak256, parseTransaction, type Address, type Chain, type Hex, type PrivateKeyAccount } from "viem";
import type { TxRecord } from "./journal.ts";

/** Replacement transactions must raise both fees by at least 10% (geth, Hardhat); 25% leaves room. */
const FEE_BUMP_PERCENT = 125n;

const max = (...values: bigint[]) => values.reduce((a, b) => (a > b ? a : b));

export interface Replacement {
  hash: Hex;
  raw: Hex;
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
}

export async function signReplacement(
  account: PrivateKeyAccount,
  chain: Chain,
  fallbackTo: Address,
  previous: TxRecord,
  current: { maxFeePerGas: bigint; maxPriorityFeePerGas: bigint },
): Promise<Replacement> {
  const old = parseTransaction(previous.raw);
  const bump = (value: bigint) => (value * FEE_BUMP_PERCENT) / 100n + 1n;
  const maxPriorityFeePerGas = max(bump(previous.maxPriorityFeePerGas), current.maxPriorityFeePerGas);
  const maxFeePerGas = max(bump(previous.maxFeePerGas), current.maxFeePerGas, maxPriorityFeePerGas);
  const raw = await account.signTransaction({
    type: "eip1559",
    chainId: chain.id,
    nonce: previous.nonce,
    to: old.to ?? fallbackTo,
    data: old.data ?? "0x",
    gas: old.gas ?? 0n,
    maxFeePerGas,
    maxPriorityFeePerGas,
    value: 0n,
  });
  return { hash: keccak256(raw), raw, maxFeePerGas, maxPriorityFeePerGas };
}
