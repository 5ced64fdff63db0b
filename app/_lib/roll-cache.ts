"use client";
/**
 * A poll's roll in the browser. It is read incrementally (lib/chain/roll-sync.ts): the first time
 * from the poll's creation, then only the blocks after the last read, applied to the same tree. The
 * tree and the block it was read to are kept in IndexedDB, per chain, contract and group, so a page
 * opened again reads only what is new; a first visit starts from the app's snapshot of the roll
 * (app/rolls/[pollId]/route.ts) rather than hashing every voter. During registration the roll is
 * read again every few seconds (new blocks only); once a read reaches the opening of voting the roll
 * is frozen and not read again. Every read, the first of each page included, is checked against the
 * root the contract stores for the poll.
 */
import type { Group } from "@semaphore-protocol/group";
import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import type { BallotboxConnection } from "@/lib/chain/connection.ts";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { chainRollSource, RollSync, type RollCheckpoint } from "@/lib/chain/roll-sync.ts";
import { rollRoot } from "@/lib/recount/roll.ts";
import { useBallotboxConnection } from "./app-config.tsx";
import { loadCached, saveCached } from "./chain-cache.ts";
import { readRollSnapshot, rollSnapshotPath } from "./roll-snapshot.ts";

/** How often an unfrozen roll (registration still open) is read again: only new blocks are read. */
const REGISTRATION_REFRESH_MS = 4_000;

/** The roll as a page sees it: a new object after each change, over the one tree kept in step. */
export interface RollView {
  /** The tree itself, for Merkle proofs. It is updated in place by later reads. */
  group: Group;
  members: readonly bigint[];
  size: number;
  /** The root when this view was made (0 for an empty roll, as the contract reports it). */
  root: bigint;
  depth: number;
  frozen: boolean;
  readToBlock: bigint;
  indexOf(commitment: bigint): number;
}

const checkpointSchema = z.object({ readToBlock: z.bigint(), tree: z.string(), frozen: z.boolean() });

/**
 * The app's snapshot of the roll, for a first visit: far quicker than hashing every voter here. The
 * read that follows checks it against the contract; without it, the roll is read from the logs.
 */
async function fetchSnapshot(pollId: bigint): Promise<RollCheckpoint | undefined> {
  try {
    return await readRollSnapshot(await fetch(rollSnapshotPath(pollId)));
  } catch {
    return undefined;
  }
}

/** The live syncs of this page, so that each read resumes the same tree. */
const syncs = new Map<string, Promise<RollSync>>();

function rollSync(connection: BallotboxConnection, poll: PollOnChain): Promise<RollSync> {
  const key = cacheKey(connection, poll);
  let sync = syncs.get(key);
  if (sync === undefined) {
    sync = loadCached(key, checkpointSchema)
      .then(async (checkpoint) => checkpoint ?? (await fetchSnapshot(poll.pollId)))
      // Read on (and checked) once per page even if frozen: a local chain restarted with the same
      // blocks would otherwise leave an old roll in place.
      .then((checkpoint) => checkpoint && { ...checkpoint, frozen: false })
      .then((checkpoint) => new RollSync(chainRollSource(connection, poll), poll, checkpoint));
    syncs.set(key, sync);
  }
  return sync;
}

/** Per chain, contract and group; the poll's creation block tells a redeployed chain's polls apart. */
function cacheKey(connection: BallotboxConnection, poll: PollOnChain): string {
  return `roll:v1:${connection.chainId}:${connection.ballotbox.toLowerCase()}:${poll.groupId}:${poll.createdBlock}`;
}

function viewOf(sync: RollSync): RollView {
  const members = sync.group.members;
  return {
    group: sync.group,
    members,
    size: sync.group.size,
    root: rollRoot(sync.group),
    depth: sync.group.depth,
    frozen: sync.frozen,
    readToBlock: sync.readToBlock,
    indexOf: (commitment) => members.indexOf(commitment),
  };
}

/** The poll's roll as it stands, read incrementally and cached in this browser. */
export function useRoll(poll: PollOnChain | undefined) {
  const connection = useBallotboxConnection();
  return useQuery({
    queryKey: ["roll", connection.ballotbox, poll?.pollId],
    enabled: poll !== undefined,
    queryFn: async (): Promise<RollView> => {
      if (poll === undefined) throw new Error("unreachable: the query is disabled without a poll");
      const sync = await rollSync(connection, poll);
      const wasFrozen = sync.frozen;
      const { changed } = await sync.sync();
      if (changed || sync.frozen !== wasFrozen) {
        // Saved after this read is shown: writing a large tree takes a moment, and it is only a cache.
        setTimeout(() => void saveCached(cacheKey(connection, poll), sync.checkpoint()), 0);
      }
      return viewOf(sync);
    },
    // A view is new after each read: keep the previous one when nothing changed.
    structuralSharing: (previous: unknown, next: unknown) => (isSameRoll(previous, next) ? previous : next),
    refetchInterval: (query) => (query.state.data?.frozen === true ? false : REGISTRATION_REFRESH_MS),
    staleTime: (query) => (query.state.data?.frozen === true ? Infinity : 0),
  });
}

function isSameRoll(previous: unknown, next: unknown): boolean {
  if (typeof previous !== "object" || previous === null || typeof next !== "object" || next === null) return false;
  const a = previous as Partial<RollView>;
  const b = next as Partial<RollView>;
  return a.group === b.group && a.size === b.size && a.root === b.root && a.frozen === b.frozen;
}
