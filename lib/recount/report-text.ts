/**
 * The recount report as files: a text report laid out for people, in whatever language its words
 * are given in (the CLI's English, cli/recount-report.ts; the page's language,
 * app/_lib/recount-words.ts), and the JSON report, which is data and the same for everyone.
 */
import type { Discrepancy, RejectionReason } from "./findings.ts";
import type { RecountReport, RejectedBallot } from "./recount.ts";
import { toDecimalJson } from "../json/decimal-json.ts";

/** Every sentence and word a text report is made of, in one language. The layout adds none. */
export interface ReportWords {
  /** The first line: the poll and its question. */
  poll(report: RecountReport): string;
  /** The ballot type, the chain and the contract. */
  setup(report: RecountReport): string;
  /** The block the figures were read at, and whether the poll had closed by then. */
  readAt(report: RecountReport): string;
  /** The roll's size and root. */
  roll(report: RecountReport): string;
  /** The table's column headings. */
  columns: { option: string; recount: string; contract: string };
  /** A count in the table. */
  count(value: bigint): string;
  /** In the contract's column when it has no count for an option. */
  missing: string;
  /** Ballots checked, counted and rejected, and the contract's ballot count. */
  ballots(report: RecountReport): string;
  /** How long the proofs took to verify. */
  verification(report: RecountReport): string;
  /** The heading of one rejected ballot, followed by its reasons. */
  rejectedBallot(ballot: RejectedBallot): string;
  reason(reason: RejectionReason): string;
  /** The last line on MATCH; on MISMATCH, the heading of the discrepancies. */
  verdict(status: RecountReport["status"]): string;
  discrepancy(discrepancy: Discrepancy): string;
}

/** East Asian wide and fullwidth characters take two columns of a monospaced text. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The columns `text` takes in a monospaced font. */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

const padEnd = (text: string, width: number): string => text + " ".repeat(Math.max(0, width - textWidth(text)));
const padStart = (text: string, width: number): string => " ".repeat(Math.max(0, width - textWidth(text))) + text;

/** The recount report as a person reads it, in a terminal or a downloaded file. */
export function formatReport(report: RecountReport, words: ReportWords): string {
  const { poll, contract } = report.input;
  const lines: string[] = [];
  lines.push(words.poll(report));
  lines.push(`  ${words.setup(report)}`);
  lines.push(`  ${words.readAt(report)}`);
  lines.push(`  ${words.roll(report)}`);
  lines.push("");
  const rows = poll.options.map((option, index) => {
    const recounted = report.tally[index] ?? 0n;
    const onChain = contract.tally[index];
    return {
      option,
      recount: words.count(recounted),
      contract: onChain === undefined ? words.missing : words.count(onChain),
      same: onChain === recounted,
    };
  });
  const width = (heading: string, cells: readonly string[]): number =>
    Math.max(textWidth(heading), ...cells.map(textWidth));
  const widths = {
    option: Math.max(width(words.columns.option, poll.options), 6),
    recount: width(
      words.columns.recount,
      rows.map((row) => row.recount),
    ),
    contract: width(
      words.columns.contract,
      rows.map((row) => row.contract),
    ),
  };
  lines.push(
    `  ${padEnd(words.columns.option, widths.option)}  ${padStart(words.columns.recount, widths.recount)}  ${padStart(words.columns.contract, widths.contract)}`,
  );
  for (const row of rows) {
    lines.push(
      `  ${padEnd(row.option, widths.option)}  ${padStart(row.recount, widths.recount)}  ${padStart(row.contract, widths.contract)}${row.same ? "" : "  ≠"}`,
    );
  }
  lines.push("");
  lines.push(`  ${words.ballots(report)}`);
  lines.push(`  ${words.verification(report)}`);
  for (const rejected of report.rejected) {
    lines.push(`  ✗ ${words.rejectedBallot(rejected)}`);
    for (const reason of rejected.reasons) lines.push(`      ${words.reason(reason)}`);
  }
  lines.push("");
  lines.push(words.verdict(report.status));
  for (const discrepancy of report.discrepancies) lines.push(`  - ${words.discrepancy(discrepancy)}`);
  return lines.join("\n");
}

/** The report as JSON (bigints as decimal strings), with each counted option named. */
export function reportToJson(report: RecountReport): string {
  const { poll } = report.input;
  const document = {
    ...report,
    options: poll.options.map((label, index) => ({
      label,
      recount: report.tally[index] ?? 0n,
      contract: report.input.contract.tally[index] ?? null,
    })),
  };
  return `${toDecimalJson(document, 2)}\n`;
}
