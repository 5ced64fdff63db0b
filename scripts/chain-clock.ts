/**
 * The local chain's clock for the demo seeders. Hardhat's node keeps its own time, a few seconds behind
 * this machine's at start, and stamps each block at least a second after the last: a block mined less
 * than a second after the one before moves the node's time ahead for good. A demo that sent its dozens of
 * transactions in bursts would leave the chain a minute ahead of every browser's clock, so the seeders
 * send every transaction through `paced`, at most one a second, and set and wait for their windows and
 * deadlines on the chain's time, read from a block mined for the purpose (chain 31337 only).
 */
import { createPublicClient, createTestClient, http, type Chain } from "viem";

export interface ChainClock {
  /** Now on the chain: the timestamp of a block mined now. */
  now(): Promise<number>;
  /** Waits until the chain's time has passed `seconds`. */
  sleepUntil(seconds: number): Promise<void>;
  /** Runs `send` (a transaction and its receipt) a second after the last block this clock let through. */
  paced<T>(send: () => Promise<T>): Promise<T>;
}

/** A little over a second between blocks: the node's clock has always moved on by then. */
const BLOCK_SPACING_MS = 1_050;

export function chainClock(chain: Chain, rpcUrl: string): ChainClock {
  const testClient = createTestClient({ chain, mode: "hardhat", transport: http(rpcUrl) });
  const client = createPublicClient({ chain, transport: http(rpcUrl) });
  let queue: Promise<unknown> = Promise.resolve();
  let lastBlockAt = 0;
  const paced = <T>(send: () => Promise<T>): Promise<T> => {
    const turn = queue.then(async () => {
      const wait = lastBlockAt + BLOCK_SPACING_MS - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        return await send();
      } finally {
        lastBlockAt = Date.now();
      }
    });
    queue = turn.catch(() => undefined);
    return turn;
  };
  const now = async () => {
    await paced(() => testClient.mine({ blocks: 1 }));
    return Number((await client.getBlock({ blockTag: "latest" })).timestamp);
  };
  return {
    now,
    paced,
    async sleepUntil(seconds) {
      for (let current = await now(); current <= seconds; current = await now()) {
        await new Promise((resolve) => setTimeout(resolve, (seconds + 1 - current) * 1000));
      }
    },
  };
}
