"use client";
/**
 * A sealed poll as the chain holds it (lib/sealed/sealed-state.ts): ceremony, ballots' count, partial
 * decryptions and, once decrypted, the total. Read again on the live interval, like public tallies.
 */
import { useQuery } from "@tanstack/react-query";
import { readRollSize } from "@/lib/chain/poll-reader.ts";
import { readSealedState, sealedContractsOf } from "@/lib/sealed/sealed-state.ts";
import { useAppConfig, useBallotboxConnection } from "./app-config.tsx";
import { LIVE_REFRESH_MS } from "./poll-queries.ts";

/** The SealedBallots and TrusteeCeremony this deployment uses (checked to serve its Ballotbox), or null. */
function useSealedContracts() {
  const connection = useBallotboxConnection();
  const { sealedBallots } = useAppConfig();
  return useQuery({
    queryKey: ["sealed-contracts", connection.ballotbox, sealedBallots],
    queryFn: async () => (sealedBallots === null ? null : sealedContractsOf(connection, sealedBallots)),
    staleTime: Infinity,
  });
}

/**
 * A sealed poll's state and roll size, read at one block; `contracts` is null where the deployment
 * names no SealedBallots. Pass `enabled: false` for a public poll.
 */
export function useSealedPoll(pollId: bigint, enabled: boolean) {
  const connection = useBallotboxConnection();
  const contracts = useSealedContracts();
  const state = useQuery({
    queryKey: ["sealed-state", connection.ballotbox, contracts.data?.sealedBallots, pollId],
    enabled: enabled && contracts.data !== undefined && contracts.data !== null,
    queryFn: async () => {
      if (contracts.data === undefined || contracts.data === null) throw new Error("No SealedBallots contract");
      const blockNumber = await connection.client.getBlockNumber();
      const [sealedState, rollSize] = await Promise.all([
        readSealedState(connection, contracts.data, pollId, { blockNumber }),
        readRollSize(connection, pollId, blockNumber),
      ]);
      return { ...sealedState, rollSize };
    },
    refetchInterval: LIVE_REFRESH_MS,
  });
  return { contracts, state };
}
