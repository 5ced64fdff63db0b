/**
 * Waiting for the chain's next block: asks the node for its block number (one cheap call) every
 * interval, so that receipts are looked for once per block rather than in a busy loop.
 */
import type { PublicClient } from "viem";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The current block number, never a cached one (viem caches it for the client's polling interval). */
export function currentBlock(client: PublicClient): Promise<bigint> {
  return client.getBlockNumber({ cacheTime: 0 });
}

/** Resolves with the first block number above `after`, or undefined once `giveUp` says so. */
export async function nextBlock(
  client: PublicClient,
  after: bigint,
  intervalMs: number,
  giveUp: () => boolean,
): Promise<bigint | undefined> {
  while (!giveUp()) {
    await sleep(intervalMs);
    const block = await currentBlock(client);
    if (block > after) return block;
  }
  return undefined;
}
