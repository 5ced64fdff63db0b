/**
 * A poll's roll as one snapshot: the tree this server keeps in step with the chain's events (read
 * incrementally with lib/chain/roll-sync.ts, once per poll and then only new blocks), and the block
 * it was read to. A browser with no checkpoint of its own starts from it instead of reading every
 * voter from the logs and hashing them: 100,000 Poseidon hashes take about 25 s in a browser. The
 * browser trusts nothing in it: it reads the blocks after the snapshot itself, checks the root
 * against the root the contract stores, and checks its voter's own Merkle path against that root.
 * Every visitor downloads the same whole roll, so the request says nothing about who is voting.
 *   GET /rolls/<pollId>  →  body: the tree as Group.export() writes it;
 *   headers x-roll-read-to-block (decimal block number), x-roll-frozen ("true" once voting opened).
 */
import { createPublicClient, http } from "viem";
import { chainFor, type BallotboxConnection } from "@/lib/chain/connection.ts";
import { PollNotFoundError, readPoll } from "@/lib/chain/poll-reader.ts";
import { chainRollSource, RollSync } from "@/lib/chain/roll-sync.ts";
import { loadAppConfig } from "@/app/_lib/server-config.ts";
import { parsePollId } from "@/app/_lib/format.ts";
import { rollSnapshotHeaders } from "@/app/_lib/roll-snapshot.ts";

/** One sync per poll for the life of this server; concurrent requests share the read in progress. */
const syncs = new Map<string, { sync: Promise<RollSync>; reading: Promise<unknown> }>();

async function connect(): Promise<BallotboxConnection> {
  const loaded = await loadAppConfig();
  if (!loaded.ok) throw new Error(loaded.error);
  const { chainId, rpcUrl, ballotbox, semaphore, deploymentBlock } = loaded.config;
  const chain = chainFor(chainId, rpcUrl);
  return {
    client: createPublicClient({ chain, transport: http(rpcUrl, { retryCount: 2, timeout: 30_000 }) }),
    chain,
    chainId,
    ballotbox,
    semaphore,
    fromBlock: BigInt(deploymentBlock),
  };
}

async function syncedRoll(connection: BallotboxConnection, pollId: bigint): Promise<RollSync> {
  const key = `${connection.chainId}:${connection.ballotbox}:${pollId}`;
  let entry = syncs.get(key);
  if (entry === undefined) {
    const sync = connection.client
      .getBlockNumber()
      .then((blockNumber) => readPoll(connection, pollId, { blockNumber }))
      .then((poll) => new RollSync(chainRollSource(connection, poll), poll));
    entry = { sync, reading: sync };
    syncs.set(key, entry);
    sync.catch(() => syncs.delete(key));
  }
  const current = entry;
  const sync = await current.sync;
  // One read at a time per poll: a request that arrives during a read waits for it, then reads on.
  const reading = current.reading.catch(() => undefined).then(() => sync.sync());
  current.reading = reading;
  await reading;
  return sync;
}

export async function GET(_request: Request, { params }: { params: Promise<{ pollId: string }> }): Promise<Response> {
  const pollId = parsePollId((await params).pollId);
  if (pollId === undefined) return new Response("A poll id is a positive whole number.", { status: 404 });
  try {
    const sync = await syncedRoll(await connect(), pollId);
    return new Response(sync.group.export(), {
      headers: { ...rollSnapshotHeaders(sync), "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof PollNotFoundError) return new Response(error.message, { status: 404 });
    return new Response(error instanceof Error ? error.message : String(error), { status: 502 });
  }
}
