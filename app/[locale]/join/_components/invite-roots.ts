"use client";
/** Every invite root a poll's organizer has published (InviteRootSet events), to tell replaced invites from damaged links. */
import { useQuery } from "@tanstack/react-query";
import type { Hex } from "viem";
import { inviteRootSetEvent } from "@/lib/chain/events.ts";
import { fetchInPages } from "@/lib/chain/log-pages.ts";
import { useBallotboxConnection } from "@/app/_lib/app-config.tsx";

export function usePublishedInviteRoots(pollId: bigint, fromBlock: bigint | undefined) {
  const connection = useBallotboxConnection();
  return useQuery({
    queryKey: ["invite-roots", connection.ballotbox, pollId],
    enabled: fromBlock !== undefined,
    queryFn: async (): Promise<Hex[]> => {
      if (fromBlock === undefined) throw new Error("unreachable: the query is disabled without the poll's block");
      const toBlock = await connection.client.getBlockNumber();
      const logs = await fetchInPages(
        (from, to) =>
          connection.client.getLogs({
            address: connection.ballotbox,
            event: inviteRootSetEvent,
            args: { pollId },
            fromBlock: from,
            toBlock: to,
            strict: true,
          }),
        { fromBlock, toBlock },
      );
      return logs.map((log) => log.args.root);
    },
  });
}
