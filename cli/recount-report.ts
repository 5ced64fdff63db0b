/**
 * The recount in English, for the command line: the one place the CLI words a recount's findings
 * (lib/recount/findings.ts) and lays out its text report (lib/recount/report-text.ts). The app words
 * the same codes in the reader's language (app/_lib/recount-words.ts).
 */
import type { Discrepancy, RejectionReason } from "../lib/recount/findings.ts";
import type { RecountReport } from "../lib/recount/recount.ts";
import { formatReport, type ReportWords } from "../lib/recount/report-text.ts";

/** A discrepancy as a sentence. */
export function describeDiscrepancy(discrepancy: Discrepancy): string {
  switch (discrepancy.code) {
    case "rollRootMismatch":
      return `The roll rebuilt from its events has root ${discrepancy.rebuilt}; the contract reports ${discrepancy.contract}.`;
    case "pollRootMismatch":
      return `The roll rebuilt from its events has root ${discrepancy.rebuilt}; the poll stores ${discrepancy.stored}.`;
    case "rejectedBallots":
      return `The contract counted ${discrepancy.count} ballot(s) that the recount rejects.`;
    case "optionTallyMismatch":
      return `Option ${discrepancy.optionIndex + 1} (${discrepancy.label}): the recount finds ${discrepancy.recount}, the contract reports ${discrepancy.contract}.`;
    case "optionMissing":
      return `Option ${discrepancy.optionIndex + 1} (${discrepancy.label}): the recount finds ${discrepancy.recount}, the contract reports nothing.`;
    case "optionCountMismatch":
      return `The contract reports ${discrepancy.contract} options; the poll has ${discrepancy.poll}.`;
    case "ballotCountMismatch":
      return `The recount counts ${discrepancy.recount} ballot(s); the contract reports ${discrepancy.contract} ballot(s).`;
  }
}

/** A reason a ballot is rejected, as a clause (it follows the ballot's line in the report). */
export function describeRejection(reason: RejectionReason): string {
  switch (reason.code) {
    case "wrongScope":
      return "its scope is not this poll's scope";
    case "wrongRoot":
      return "its root is not the poll's frozen roll root";
    case "invalidBallot":
      return `its ballot ${reason.ballot} is not a valid ${reason.ballotType} ballot for ${reason.optionCount} options`;
    case "outsideVotingWindow":
      return `it was included at ${reason.includedAt}, outside the voting window`;
    case "unsupportedDepth":
      return `its tree depth ${reason.depth} is not one Semaphore supports`;
    case "malformedProof":
      return "its proof is malformed";
    case "proofInvalid":
      return "the proof does not verify";
    case "nullifierReused":
      return `its nullifier was already counted in ${reason.countedIn}`;
  }
}

export const ENGLISH_REPORT: ReportWords = {
  poll: ({ input: { poll } }) => `Poll ${poll.pollId}: ${poll.question}`,
  setup: ({ input }) =>
    `${input.poll.ballotType === "single" ? "Single choice" : "Approval"} ballot, chain ${input.chainId}, contract ${input.ballotbox}`,
  readAt: ({ input, closed }) =>
    `Read at block ${input.blockNumber}${closed ? " (poll closed)" : " (poll NOT closed yet: counts may still change)"}`,
  roll: ({ roll }) => `Roll: ${roll.size} voter(s), root ${roll.root}`,
  columns: { option: "Option", recount: "Recount", contract: "Contract" },
  count: (value) => value.toString(),
  missing: "-",
  ballots: (report) =>
    `Ballots checked: ${report.ballotsChecked}, counted: ${report.ballotsCounted}, rejected: ${report.rejected.length} (contract reports ${report.input.contract.ballotCount})`,
  verification: ({ verification }) =>
    `Proofs verified in ${verification.seconds.toFixed(2)} s (${Math.round(verification.ballotsPerSecond)} ballots/s)`,
  rejectedBallot: (ballot) => `ballot ${ballot.nullifier} in ${ballot.transactionHash} (block ${ballot.blockNumber}):`,
  reason: describeRejection,
  verdict: (status) =>
    status === "MATCH" ? "MATCH: every ballot verifies and the contract's tally equals the recount." : "MISMATCH:",
  discrepancy: describeDiscrepancy,
};

/** The recount report as the CLI prints it. */
export function formatEnglishReport(report: RecountReport): string {
  return formatReport(report, ENGLISH_REPORT);
}
