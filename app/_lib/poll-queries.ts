"use client";
/** The chain reads the pages share, as react-query hooks over the core's readers. */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { readCounts, readPoll, readRollSize } from "@/lib/chain/poll-reader.ts";
import { listPolls } from "@/lib/chain/poll-list.ts";
import { useBallotboxConnection } from "./app-config.tsx";

/** The roll is read incrementally and cached in the browser: see roll-cache.ts. */
export { useRoll } from "./roll-cache.ts";

/** How often live figures (tally, turnout, roll) are read again. */
export const LIVE_REFRESH_MS = 4_000;

export function usePolls() {
  const connection = useBallotboxConnection();
  return useQuery({
    queryKey: ["polls", connection.ballotbox],
    queryFn: async () => listPolls(connection, await connection.client.getBlockNumber()),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

/** A poll's configuration and texts; its invite and allowlist roots change during registration. */
export function usePoll(pollId: bigint) {
  const connection = useBallotboxConnection();
  return useQuery({
    queryKey: ["poll", connection.ballotbox, pollId],
    queryFn: async () => readPoll(connection, pollId, { blockNumber: await connection.client.getBlockNumber() }),
    refetchInterval: 3 * LIVE_REFRESH_MS,
    retry: false,
  });
}

/** The live tally, ballot count and roll size. */
export function usePollCounts(pollId: bigint) {
  const connection = useBallotboxConnection();
  return useQuery({
    queryKey: ["poll-counts", connection.ballotbox, pollId],
    queryFn: async () => {
      const blockNumber = await connection.client.getBlockNumber();
      const [counts, rollSize] = await Promise.all([
        readCounts(connection, pollId, blockNumber),
        readRollSize(connection, pollId, blockNumber),
      ]);
      return { ...counts, rollSize, blockNumber };
    },
    refetchInterval: LIVE_REFRESH_MS,
  });
}

/** How often the chain's clock is read again; between reads it ticks locally. */
const CHAIN_CLOCK_REFRESH_MS = 12_000;

/**
 * The chain's current time in whole seconds, ticking every second (for phases and countdowns). The
 * contract decides phases by block time, which can differ from this browser's clock (a wrong clock,
 * or a local chain moved with evm_increaseTime), so the time is the pending block's timestamp, read
 * once per CHAIN_CLOCK_REFRESH_MS for the whole page, plus the seconds elapsed here since. The
 * pending block, not the latest: a quiet chain's latest block can be long past.
 */
export function useNowSeconds(): bigint {
  const { client } = useBallotboxConnection();
  const clock = useQuery({
    queryKey: ["chain-clock", client.chain?.id],
    queryFn: async () => {
      const block = await client.getBlock({ blockTag: "pending" }).catch(() => client.getBlock());
      return { chainSeconds: block.timestamp, readAtMs: Date.now() };
    },
    refetchInterval: CHAIN_CLOCK_REFRESH_MS,
    staleTime: CHAIN_CLOCK_REFRESH_MS,
  });
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNowMs(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  // Until the first read (or if the node does not answer), this browser's clock.
  if (clock.data === undefined) return BigInt(Math.floor(nowMs / 1000));
  return clock.data.chainSeconds + BigInt(Math.max(0, Math.floor((nowMs - clock.data.readAtMs) / 1000)));
}
