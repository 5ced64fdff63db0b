"use client";
/**
 * Where a voter's ballot stands on chain. The node is never asked about the voter's nullifier: that
 * would tell the RPC operator which address is about to vote (or voted) with it. Instead the poll's
 * ballot events (Ballotbox's BallotCast, or SealedBallots' SealedBallotCast for a sealed poll) are
 * read without that filter, from the block after the last read, and matched here. How far the scan got is kept (in this page and in IndexedDB), so each refresh, and each later
 * visit, reads only the blocks since.
 */
import { useQuery } from "@tanstack/react-query";
import type { Address, Hex } from "viem";
import { z } from "zod";
import type { BallotboxConnection } from "@/lib/chain/connection.ts";
import { ballotCastEvent, sealedBallotCastEvent } from "@/lib/chain/events.ts";
import { fetchInPages } from "@/lib/chain/log-pages.ts";
import { useBallotboxConnection } from "./app-config.tsx";
import { loadCached, saveCached } from "./chain-cache.ts";

const countedBallotSchema = z.object({
  transactionHash: z.custom<Hex>((value) => typeof value === "string" && /^0x[0-9a-fA-F]{64}$/.test(value)),
  blockNumber: z.bigint(),
});
export type CountedBallot = z.infer<typeof countedBallotSchema>;

/** How far a poll's ballots have been read, and the ballot found, if any. */
const ballotScanSchema = z.object({ readToBlock: z.bigint(), found: countedBallotSchema.nullable() });
type BallotScan = z.infer<typeof ballotScanSchema>;

const scans = new Map<string, BallotScan>();

/** Where a poll's counted ballots are logged: Ballotbox for a public poll, SealedBallots for a sealed one. */
export type BallotLog = { secrecy: "public" } | { secrecy: "sealed"; sealedBallots: Address };

/** The nullifiers of a poll's ballots counted in these blocks, with where each was counted. */
async function countedBallots(
  connection: BallotboxConnection,
  log: BallotLog,
  pollId: bigint,
  fromBlock: bigint,
  toBlock: bigint,
): Promise<{ nullifier: bigint; transactionHash: Hex; blockNumber: bigint }[]> {
  const logs =
    log.secrecy === "public"
      ? await connection.client.getLogs({
          address: connection.ballotbox,
          event: ballotCastEvent,
          args: { pollId },
          fromBlock,
          toBlock,
          strict: true,
        })
      : await connection.client.getLogs({
          address: log.sealedBallots,
          event: sealedBallotCastEvent,
          args: { pollId },
          fromBlock,
          toBlock,
          strict: true,
        });
  return logs.map(({ args, transactionHash, blockNumber }) => ({
    nullifier: args.nullifier,
    transactionHash,
    blockNumber,
  }));
}

async function scanForBallot(
  connection: BallotboxConnection,
  log: BallotLog,
  pollId: bigint,
  nullifier: bigint,
  fromBlock: bigint,
): Promise<CountedBallot | null> {
  const source = log.secrecy === "public" ? connection.ballotbox : log.sealedBallots;
  const key = `ballots:v1:${connection.chainId}:${source.toLowerCase()}:${pollId}:${fromBlock}:${nullifier}`;
  const fresh: BallotScan = { readToBlock: fromBlock - 1n, found: null };
  const known = scans.get(key) ?? (await loadCached(key, ballotScanSchema)) ?? fresh;
  const toBlock = await connection.client.getBlockNumber();
  // A chain behind what this browser read (a local node restarted) is scanned again from the start.
  const scan = known.readToBlock > toBlock ? fresh : known;
  if (scan.found !== null) return scan.found;
  const ballots = await fetchInPages((from, to) => countedBallots(connection, log, pollId, from, to), {
    fromBlock: scan.readToBlock + 1n,
    toBlock,
  });
  const match = ballots.find((ballot) => ballot.nullifier === nullifier);
  const next: BallotScan = {
    readToBlock: toBlock,
    found: match === undefined ? null : { transactionHash: match.transactionHash, blockNumber: match.blockNumber },
  };
  scans.set(key, next);
  await saveCached(key, next);
  return next.found;
}

/**
 * The counted ballot with this nullifier, if any: its transaction and block. `log` is undefined while
 * it is not known yet where the poll's ballots are logged.
 */
export function useCountedBallot(
  log: BallotLog | undefined,
  pollId: bigint,
  nullifier: bigint | undefined,
  fromBlock: bigint | undefined,
  live: boolean,
) {
  const connection = useBallotboxConnection();
  return useQuery({
    queryKey: ["counted-ballot", connection.ballotbox, log, pollId, nullifier],
    enabled: log !== undefined && nullifier !== undefined && fromBlock !== undefined,
    refetchInterval: (query) => (live && query.state.data === null ? 2_000 : false),
    queryFn: () => {
      if (log === undefined || nullifier === undefined || fromBlock === undefined) {
        throw new Error("unreachable: the query is disabled");
      }
      return scanForBallot(connection, log, pollId, nullifier, fromBlock);
    },
  });
}
