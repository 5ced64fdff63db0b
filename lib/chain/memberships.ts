/**
 * Which polls an identity is registered in: its commitment in Semaphore's member events, narrowed to
 * Ballotbox's polls and confirmed against each roll as it stands (a voter may have been removed).
 */
import type { BallotboxConnection } from "./connection.ts";
import { memberAdded, membersAdded } from "./events.ts";
import { fetchInPages } from "./log-pages.ts";
import { readRollChanges } from "./poll-reader.ts";
import type { PollSummary } from "./poll-list.ts";
import { rebuildRoll } from "../recount/roll.ts";

/** The polls (of `polls`) whose roll holds `commitment` at `blockNumber`. */
export async function findRegisteredPolls(
  conn: BallotboxConnection,
  commitment: bigint,
  polls: readonly PollSummary[],
  blockNumber: bigint,
): Promise<PollSummary[]> {
  const { client, semaphore: address } = conn;
  const range = { fromBlock: conn.fromBlock, toBlock: blockNumber };
  const [single, many] = await Promise.all([
    fetchInPages(
      (fromBlock, toBlock) => client.getLogs({ address, event: memberAdded, fromBlock, toBlock, strict: true }),
      range,
    ),
    fetchInPages(
      (fromBlock, toBlock) => client.getLogs({ address, event: membersAdded, fromBlock, toBlock, strict: true }),
      range,
    ),
  ]);
  const groups = new Set([
    ...single.filter((log) => log.args.identityCommitment === commitment).map((log) => log.args.groupId),
    ...many.filter((log) => log.args.identityCommitments.includes(commitment)).map((log) => log.args.groupId),
  ]);
  const candidates = polls.filter((poll) => groups.has(poll.groupId));
  const onRoll = await Promise.all(
    candidates.map(async (poll) => {
      const changes = await readRollChanges(conn, poll.groupId, range);
      return rebuildRoll(changes).indexOf(commitment) !== -1;
    }),
  );
  return candidates.filter((_, index) => onRoll[index]);
}
