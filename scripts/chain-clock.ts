/**
 * The local chain's clock for the demo seeders. Hardhat's node stamps each block at least a second after
 * the last, so a burst of transactions runs the chain's time ahead of this machine's: poll windows and
 * ceremony deadlines are set, and waited for, on the chain's time.
 */
import type { PublicClient } from "viem";

/** Now on the chain: a block mined now would carry at least this timestamp. */
export async function chainNow(client: PublicClient): Promise<number> {
  const latest = Number((await client.getBlock({ blockTag: "latest" })).timestamp);
  return Math.max(Math.floor(Date.now() / 1000), latest);
}

/** Waits until the chain's time has passed `seconds`. */
export async function sleepUntilChainTime(client: PublicClient, seconds: number): Promise<void> {
  for (;;) {
    const now = await chainNow(client);
    if (now > seconds) return;
    await new Promise((resolve) => setTimeout(resolve, (seconds + 1 - now) * 1000));
  }
}
