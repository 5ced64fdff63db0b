"use client";
/**
 * A sealed poll as the chain holds it (lib/sealed/sealed-state.ts): ceremony, ballots' count, partial
 * decryptions and, once decrypted, the total. Read again on the live interval, like public tallies.
 */
import { useQuery } from "@tanstack/react-query";
import type { Secrecy } from "@/lib/ballots/ballot.ts";
import { readRollSize } from "@/lib/chain/poll-reader.ts";
import { readSealedState, sealedContractsOf } from "@/lib/sealed/sealed-state.ts";
import { useAppConfig, useBallotboxConnection } from "./app-config.tsx";
import type { BallotLog } from "./ballot-queries.ts";
import { LIVE_REFRESH_MS } from "./poll-queries.ts";

/** The SealedBallots and TrusteeCeremony this deployment uses (checked to serve its Ballotbox), or null. */
export function useSealedContracts() {
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

/**
 * Where a poll's counted ballots are logged (for useCountedBallot): Ballotbox for a public poll,
 * SealedBallots for a sealed one; undefined until the poll, and for a sealed one the contract, is read.
 */
export function useBallotLog(secrecy: Secrecy | undefined): BallotLog | undefined {
  const contracts = useSealedContracts();
  if (secrecy === "public") return PUBLIC_BALLOT_LOG;
  if (secrecy === undefined || contracts.data === undefined || contracts.data === null) return undefined;
  return { secrecy: "sealed", sealedBallots: contracts.data.sealedBallots };
}
const PUBLIC_BALLOT_LOG: BallotLog = { secrecy: "public" };
