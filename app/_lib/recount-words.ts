"use client";
/**
 * The recount's findings in the reader's language: each discrepancy and rejection code of
 * lib/recount/findings.ts is worded by its message (recount.discrepancy.<code>, recount.reason.<code>),
 * and the downloadable text report is laid out by lib/recount/report-text.ts with these words. A code
 * without a message fails `tsc` here (each case names its key and its arguments).
 */
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Discrepancy, RejectionReason } from "../../lib/recount/findings.ts";
import type { RecountReport } from "../../lib/recount/recount.ts";
import { formatReport, type ReportWords } from "../../lib/recount/report-text.ts";
import { useFormats } from "../_i18n/use-formats.ts";

export type RecountTranslator = ReturnType<typeof useTranslations<"recount">>;

/** The formats the words need: chain times and plain counts, in the reader's language. */
export interface RecountFormats {
  readonly moment: (seconds: bigint) => string;
  readonly count: (value: number | bigint) => string;
}

export interface RecountWords {
  readonly discrepancy: (discrepancy: Discrepancy) => string;
  readonly reason: (reason: RejectionReason) => string;
  /** The text report, as downloaded from the recount page. */
  readonly reportText: (report: RecountReport) => string;
}

export function recountWords(t: RecountTranslator, formats: RecountFormats): RecountWords {
  const discrepancy = (finding: Discrepancy): string => {
    switch (finding.code) {
      case "rollRootMismatch":
        return t("discrepancy.rollRootMismatch", {
          rebuilt: finding.rebuilt.toString(),
          contract: finding.contract.toString(),
        });
      case "pollRootMismatch":
        return t("discrepancy.pollRootMismatch", {
          rebuilt: finding.rebuilt.toString(),
          stored: finding.stored.toString(),
        });
      case "rejectedBallots":
        return t("discrepancy.rejectedBallots", { count: finding.count });
      case "optionTallyMismatch":
        return t("discrepancy.optionTallyMismatch", {
          option: finding.optionIndex + 1,
          label: finding.label,
          recount: finding.recount,
          contract: finding.contract,
        });
      case "optionMissing":
        return t("discrepancy.optionMissing", {
          option: finding.optionIndex + 1,
          label: finding.label,
          recount: finding.recount,
        });
      case "optionCountMismatch":
        return t("discrepancy.optionCountMismatch", { contract: finding.contract, poll: finding.poll });
      case "ballotCountMismatch":
        return t("discrepancy.ballotCountMismatch", { recount: finding.recount, contract: finding.contract });
    }
  };

  const reason = (finding: RejectionReason): string => {
    switch (finding.code) {
      case "wrongScope":
        return t("reason.wrongScope");
      case "wrongRoot":
        return t("reason.wrongRoot");
      case "invalidBallot":
        return t("reason.invalidBallot", {
          ballot: finding.ballot.toString(),
          ballotType: finding.ballotType,
          optionCount: finding.optionCount,
        });
      case "outsideVotingWindow":
        return t("reason.outsideVotingWindow", {
          includedAt: formats.moment(finding.includedAt),
          opens: formats.moment(finding.startTime),
          closes: formats.moment(finding.endTime),
        });
      case "unsupportedDepth":
        return t("reason.unsupportedDepth", { depth: finding.depth });
      case "malformedProof":
        return t("reason.malformedProof");
      case "proofInvalid":
        return t("reason.proofInvalid");
      case "nullifierReused":
        return t("reason.nullifierReused", { transaction: finding.countedIn });
    }
  };

  const report: ReportWords = {
    poll: ({ input: { poll } }) => t("report.poll", { pollId: poll.pollId.toString(), question: poll.question }),
    setup: ({ input }) =>
      t("report.setup", {
        ballotType: input.poll.ballotType,
        chainId: input.chainId.toString(),
        ballotbox: input.ballotbox,
      }),
    readAt: ({ input, closed }) =>
      t(closed ? "report.readClosed" : "report.readOpen", {
        block: input.blockNumber,
        time: formats.moment(input.blockTimestamp),
      }),
    roll: ({ roll }) => t("report.roll", { size: roll.size, root: roll.root.toString() }),
    columns: { option: t("column.option"), recount: t("column.recount"), contract: t("column.contract") },
    count: formats.count,
    missing: t("missing"),
    ballots: (summary) =>
      t("report.ballots", {
        checked: summary.ballotsChecked,
        counted: summary.ballotsCounted,
        rejected: summary.rejected.length,
        contract: summary.input.contract.ballotCount,
      }),
    verification: ({ verification }) =>
      t("report.verification", { seconds: verification.seconds, perSecond: verification.ballotsPerSecond }),
    rejectedBallot: (ballot) =>
      t("report.rejectedBallot", {
        nullifier: ballot.nullifier.toString(),
        transaction: ballot.transactionHash,
        block: ballot.blockNumber,
      }),
    reason,
    verdict: (status) => t(`report.verdict.${status}`),
    discrepancy,
  };

  return { discrepancy, reason, reportText: (recounted) => formatReport(recounted, report) };
}

/** recountWords in the page's language. */
export function useRecountWords(): RecountWords {
  const t = useTranslations("recount");
  const { moment, count } = useFormats();
  return useMemo(() => recountWords(t, { moment, count }), [t, moment, count]);
}
