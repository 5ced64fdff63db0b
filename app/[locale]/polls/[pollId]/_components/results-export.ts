/**
 * The poll's results as files: a CSV of the options (for spreadsheets) and a JSON document with the
 * poll, the deployment and the block the figures were read at (for scripts and archives).
 */
import { stringify } from "csv-stringify/browser/esm/sync";
import type { BallotType } from "@/lib/ballots/ballot.ts";

export interface ResultsSnapshot {
  chainId: number;
  ballotbox: string;
  pollId: bigint;
  question: string;
  ballotType: BallotType;
  startTime: bigint;
  endTime: bigint;
  /** The block the figures were read at, and whether voting had closed by then. */
  blockNumber: bigint;
  final: boolean;
  options: readonly string[];
  tally: readonly bigint[];
  ballotCount: bigint;
  rollSize: bigint;
}

/** Each option's share of the ballots (for approval, of ballots that approved it), from 0 to 1. */
export function shareOfBallots(votes: bigint, ballotCount: bigint): number {
  return ballotCount === 0n ? 0 : Number(votes) / Number(ballotCount);
}

/** The CSV's column headings, in the reader's language (a spreadsheet shows them as they are). */
export interface ResultsCsvHeadings {
  option: string;
  votes: string;
  share: string;
}

export function resultsCsv(snapshot: ResultsSnapshot, headings: ResultsCsvHeadings): string {
  return stringify([
    [headings.option, headings.votes, headings.share],
    ...snapshot.options.map((label, index) => {
      const votes = snapshot.tally[index] ?? 0n;
      return [label, votes.toString(), shareOfBallots(votes, snapshot.ballotCount).toFixed(4)];
    }),
  ]);
}

export function resultsJson(snapshot: ResultsSnapshot): string {
  const document = {
    chainId: snapshot.chainId,
    ballotbox: snapshot.ballotbox,
    pollId: snapshot.pollId.toString(),
    question: snapshot.question,
    ballotType: snapshot.ballotType,
    startTime: Number(snapshot.startTime),
    endTime: Number(snapshot.endTime),
    blockNumber: snapshot.blockNumber.toString(),
    final: snapshot.final,
    ballotCount: snapshot.ballotCount.toString(),
    rollSize: snapshot.rollSize.toString(),
    options: snapshot.options.map((label, index) => {
      const votes = snapshot.tally[index] ?? 0n;
      return { label, votes: votes.toString(), shareOfBallots: shareOfBallots(votes, snapshot.ballotCount) };
    }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function resultsFileNames(pollId: bigint): { csv: string; json: string } {
  return { csv: `poll-${pollId}-results.csv`, json: `poll-${pollId}-results.json` };
}
