"use client";
/** The chain reads the pages share, as react-query hooks over the core's readers. */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { readCounts, readPoll, readRollChanges, type PollOnChain } from "@/lib/chain/poll-reader.ts";
import { listPolls } from "@/lib/chain/poll-list.ts";
import { ballotboxAbi } from "@/lib/contracts/abis.generated.ts";
import { rebuildRoll } from "@/lib/recount/roll.ts";
import { useBallotboxConnection } from "./app-config.tsx";

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
        connection.client.readContract({
          address: connection.ballotbox,
          abi: ballotboxAbi,
          functionName: "getRollSize",
          args: [pollId],
          blockNumber,
        }),
      ]);
      return { ...counts, rollSize, blockNumber };
    },
    refetchInterval: LIVE_REFRESH_MS,
  });
}

/** The poll's roll as it stands (a Semaphore group rebuilt from its events). */
export function useRoll(poll: PollOnChain | undefined) {
  const connection = useBallotboxConnection();
  return useQuery({
    queryKey: ["roll", connection.ballotbox, poll?.pollId],
    enabled: poll !== undefined,
    queryFn: async () => {
      if (poll === undefined) throw new Error("unreachable: the query is disabled without a poll");
      const toBlock = await connection.client.getBlockNumber();
      return rebuildRoll(await readRollChanges(connection, poll.groupId, { fromBlock: poll.createdBlock, toBlock }));
    },
    refetchInterval: LIVE_REFRESH_MS,
  });
}

/** The current time in whole seconds, ticking every second (for phases and countdowns). */
export function useNowSeconds(): bigint {
  const [now, setNow] = useState(() => BigInt(Math.floor(Date.now() / 1000)));
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(BigInt(Math.floor(Date.now() / 1000)));
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return now;
}
