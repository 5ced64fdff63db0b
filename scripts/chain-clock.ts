/**
 * The local chain's clock for the demo seeders. Hardhat's node keeps its own time: it stamps each block
 * at least a second after the last, so a burst of transactions runs it ahead of this machine's clock, and
 * it starts a few seconds behind. Poll windows and ceremony deadlines are therefore set, and waited for,
 * on the chain's time, read from a block mined for the purpose (the seeders run on chain 31337 only).
 */
import { createPublicClient, createTestClient, http, type Chain } from "viem";

export interface ChainClock {
  /** Now on the chain: the timestamp of a block mined now. */
  now(): Promise<number>;
  /** Waits until the chain's time has passed `seconds`. */
  sleepUntil(seconds: number): Promise<void>;
}

export function chainClock(chain: Chain, rpcUrl: string): ChainClock {
  const testClient = createTestClient({ chain, mode: "hardhat", transport: http(rpcUrl) });
  const client = createPublicClient({ chain, transport: http(rpcUrl) });
  const now = async () => {
    await testClient.mine({ blocks: 1 });
    return Number((await client.getBlock({ blockTag: "latest" })).timestamp);
  };
  return {
    now,
    async sleepUntil(seconds) {
      for (let current = await now(); current <= seconds; current = await now()) {
        await new Promise((resolve) => setTimeout(resolve, (seconds + 1 - current) * 1000));
      }
    },
  };
}
