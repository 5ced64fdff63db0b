"use client";
/**
 * The poll's invite and allowlist roots as the contract stores them now. They are read with getPoll
 * alone: re-reading the whole poll would scan the logs for its PollCreated event on every refresh.
 * A transaction of the organizer refetches them at once (use-contract-transaction.ts).
 */
import { useQuery } from "@tanstack/react-query";
import type { Hex } from "viem";
import { ballotboxAbi } from "@/lib/contracts/abis.generated.ts";
import { useBallotboxConnection } from "@/app/_lib/app-config.tsx";
import { LIVE_REFRESH_MS } from "@/app/_lib/poll-queries.ts";

export interface PollRoots {
  inviteRoot: Hex;
  allowlistRoot: Hex;
}

export function usePollRoots(poll: { pollId: bigint } & PollRoots): PollRoots {
  const connection = useBallotboxConnection();
  const roots = useQuery({
    queryKey: ["poll-roots", connection.ballotbox, poll.pollId],
    queryFn: async (): Promise<PollRoots> => {
      const stored = await connection.client.readContract({
        address: connection.ballotbox,
        abi: ballotboxAbi,
        functionName: "getPoll",
        args: [poll.pollId],
      });
      return { inviteRoot: stored.inviteRoot, allowlistRoot: stored.allowlistRoot };
    },
    // Another tab of the organizer may change them too.
    refetchInterval: 3 * LIVE_REFRESH_MS,
  });
  // Until the first read, the poll as loaded with its texts.
  return roots.data ?? { inviteRoot: poll.inviteRoot, allowlistRoot: poll.allowlistRoot };
}
