"use client";
/** Reading the chain again after the organizer changed it, so every view of the poll catches up at once. */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useBallotboxConnection } from "@/app/_lib/app-config.tsx";

/** The query key of a poll's registrations (its roll with how each voter joined). */
export function registrationsKey(ballotbox: string, pollId: bigint) {
  return ["registrations", ballotbox, pollId] as const;
}

/** Refetches the poll's roll, registrations and counts (after voters were added). */
export function useRefreshRoll(pollId: bigint): () => Promise<void> {
  const queryClient = useQueryClient();
  const { ballotbox } = useBallotboxConnection();
  return useCallback(async () => {
    await Promise.all(
      [["roll", ballotbox, pollId], registrationsKey(ballotbox, pollId), ["poll-counts", ballotbox, pollId]].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
  }, [queryClient, ballotbox, pollId]);
}

/** Refetches the poll itself (after its invite or allowlist root changed). */
export function useRefreshPoll(pollId: bigint): () => Promise<void> {
  const queryClient = useQueryClient();
  const { ballotbox } = useBallotboxConnection();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: ["poll", ballotbox, pollId] });
  }, [queryClient, ballotbox, pollId]);
}
