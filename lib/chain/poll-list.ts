/**
 * Every poll of a deployment with the figures a listing shows, read with one log query for the texts
 * (PollCreated) and two calls per poll for the live counts.
 */
import type { Address } from "viem";
import { ballotTypeFromNumber, type BallotType } from "../ballots/ballot.ts";
import { ballotboxAbi } from "../contracts/abis.generated.ts";
import type { BallotboxConnection } from "./connection.ts";
import { pollCreatedEvent } from "./events.ts";
import { fetchInPages } from "./log-pages.ts";
import { readRollSize } from "./poll-reader.ts";

export interface PollSummary {
  pollId: bigint;
  groupId: bigint;
  organizer: Address;
  question: string;
  options: string[];
  ballotType: BallotType;
  startTime: bigint;
  endTime: bigint;
  ballotCount: bigint;
  rollSize: bigint;
}

/** All polls at `blockNumber`, newest first. */
export async function listPolls(conn: BallotboxConnection, blockNumber: bigint): Promise<PollSummary[]> {
  const { client, ballotbox } = conn;
  const created = await fetchInPages(
    (fromBlock, toBlock) =>
      client.getLogs({ address: ballotbox, event: pollCreatedEvent, fromBlock, toBlock, strict: true }),
    { fromBlock: conn.fromBlock, toBlock: blockNumber },
  );
  const summaries = await Promise.all(
    created.map(async ({ args }) => {
      const [poll, rollSize] = await Promise.all([
        client.readContract({
          address: ballotbox,
          abi: ballotboxAbi,
          functionName: "getPoll",
          args: [args.pollId],
          blockNumber,
        }),
        readRollSize(conn, args.pollId, blockNumber),
      ]);
      return {
        pollId: args.pollId,
        groupId: args.groupId,
        organizer: args.organizer,
        question: args.question,
        options: [...args.options],
        ballotType: ballotTypeFromNumber(args.ballotType),
        startTime: BigInt(args.startTime),
        endTime: BigInt(args.endTime),
        ballotCount: poll.ballotCount,
        rollSize,
      } satisfies PollSummary;
    }),
  );
  return summaries.sort((a, b) => (a.pollId < b.pollId ? 1 : -1));
}
