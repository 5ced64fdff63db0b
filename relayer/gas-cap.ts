/**
 * The most gas one transaction may use on the relayer's chain: the latest block's gas limit, and at most
 * 2^24 since Osaka (EIP-7825 caps every transaction at 16,777,216 gas; nodes refuse a larger gas limit
 * outright). An operator on a chain with another per-transaction rule sets RELAYER_TX_GAS_CAP instead;
 * the block's limit bounds that too, since no transaction can use more than a block holds. Read again for
 * every batch: a chain's block gas limit moves (validators vote it up or down).
 */
import type { PublicClient } from "viem";

export const EIP7825_TX_GAS_CAP = 16_777_216n;

export async function transactionGasCap(client: PublicClient, configured: bigint | undefined): Promise<bigint> {
  const { gasLimit } = await client.getBlock({ blockTag: "latest" });
  const perTransaction = configured ?? EIP7825_TX_GAS_CAP;
  return gasLimit < perTransaction ? gasLimit : perTransaction;
}
