"use client";
/** Where a voter's ballot stands on chain, by its nullifier. */
import { useQuery } from "@tanstack/react-query";
import { ballotCastEvent } from "@/lib/chain/events.ts";
import { fetchInPages } from "@/lib/chain/log-pages.ts";
import { ballotboxAbi } from "@/lib/contracts/abis.generated.ts";
import { useBallotboxConnection } from "./app-config.tsx";

/** The counted ballot with this nullifier, if any: its transaction and block. */
export function useCountedBallot(
  pollId: bigint,
  nullifier: bigint | undefined,
  fromBlock: bigint | undefined,
  live: boolean,
) {
  const connection = useBallotboxConnection();
  return useQuery({
    queryKey: ["counted-ballot", connection.ballotbox, pollId, nullifier],
    enabled: nullifier !== undefined && fromBlock !== undefined,
    refetchInterval: live ? 2_000 : false,
    queryFn: async () => {
      if (nullifier === undefined || fromBlock === undefined) throw new Error("unreachable: the query is disabled");
      const used = await connection.client.readContract({
        address: connection.ballotbox,
        abi: ballotboxAbi,
        functionName: "nullifierUsed",
        args: [pollId, nullifier],
      });
      if (!used) return null;
      const toBlock = await connection.client.getBlockNumber();
      const [log] = await fetchInPages(
        (from, to) =>
          connection.client.getLogs({
            address: connection.ballotbox,
            event: ballotCastEvent,
            args: { pollId, nullifier },
            fromBlock: from,
            toBlock: to,
            strict: true,
          }),
        { fromBlock, toBlock },
      );
      return { transactionHash: log?.transactionHash, blockNumber: log?.blockNumber };
    },
  });
}
