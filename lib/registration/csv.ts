/**
 * Reading an organizer's CSV file of identity commitments (the voter roll) or of Ethereum addresses
 * (an allowlist). The file is either one value per line, or a spreadsheet export with a header row
 * naming a "commitment" or "address" column (other columns are ignored). Blank lines, whitespace
 * around values, `#` comments (whole lines or after a value), CRLF line ends, a byte-order mark and
 * `;` separators (European spreadsheets) are all fine.
 *
 * A file with mistakes is rejected as a whole with every problem at once, each with its line number,
 * so the organizer fixes the file in one pass instead of one error per upload.
 */
// The browser build of csv-parse/sync: the same parser with its own Buffer, which browsers lack (the
// Node build uses the global one). It runs unchanged in Node.
import { parse } from "csv-parse/browser/esm/sync";
import type { Address } from "viem";
import { readCommitment } from "../identity/commitment.ts";
import { quoteForMessage } from "../identity/quote.ts";
import { readAddress } from "./address.ts";

/** One thing wrong with a file. */
export interface CsvProblem {
  /** The 1-based line it is on; `null` for the file as a whole (e.g. it lists nothing). */
  line: number | null;
  /** A full sentence that starts with the line, e.g. `Line 7 repeats line 3.` */
  message: string;
}

/** A file with problems; `problems` lists them all, in line order. */
export class CsvError extends Error {
  override name = "CsvError";
  readonly problems: readonly CsvProblem[];

  constructor(problems: readonly CsvProblem[]) {
    super(summarize(problems));
    this.problems = problems;
  }
}

/** How many problems the message spells out; `problems` always has all of them. */
const MESSAGE_PROBLEM_LIMIT = 50;

function summarize(problems: readonly CsvProblem[]): string {
  const shown = problems.slice(0, MESSAGE_PROBLEM_LIMIT).map((problem) => problem.message);
  const hidden = problems.length - shown.length;
  if (hidden > 0) shown.push(`… and ${hidden} more.`);
  const heading = problems.length === 1 ? "The file has a problem:" : `The file has ${problems.length} problems:`;
  return [heading, ...shown].join("\n");
}

const commitmentColumn: ColumnSpec<bigint> = {
  column: "commitment",
  noun: "identity commitment",
  read: (value) => {
    const reading = readCommitment(value);
    return reading.ok
      ? { ok: true, value: reading.commitment, key: reading.commitment.toString() }
      : { ok: false, reason: reading.reason };
  },
};

/** The identity commitments in a CSV file, in file order; throws CsvError listing every problem. */
export function parseCommitmentsCsv(text: string): bigint[] {
  return parseColumn(text, commitmentColumn, "report").values;
}

/**
 * The identity commitments in a pasted list or CSV file, each once in file order, and how many lines
 * repeated an earlier one (skipped: adding a commitment twice would revert the whole batch); throws
 * CsvError listing every other problem.
 */
export function parseCommitmentsSkippingRepeats(text: string): { commitments: bigint[]; repeated: number } {
  const { values, repeated } = parseColumn(text, commitmentColumn, "skip");
  return { commitments: values, repeated };
}

/**
 * The Ethereum addresses in a CSV file, checksummed, in file order; throws CsvError listing every
 * problem (a mixed-case address with a wrong checksum is one: it is most likely a typo).
 */
export function parseAddressesCsv(text: string): Address[] {
  const { values } = parseColumn(
    text,
    {
      column: "address",
      noun: "Ethereum address",
      read: (value) => {
        const reading = readAddress(value);
        return reading.ok
          ? { ok: true, value: reading.address, key: reading.address.toLowerCase() }
          : { ok: false, reason: reading.reason };
      },
    },
    "report",
  );
  return values;
}

type ValueReading<T> = { ok: true; value: T; key: string } | { ok: false; reason: string };

interface ColumnSpec<T> {
  /** The header that names the column, matched without regard to case. */
  column: string;
  /** What one value is called in messages. */
  noun: string;
  /** Reads one value; `key` identifies it for finding repeats. */
  read: (value: string) => ValueReading<T>;
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** Repeated values are reported as problems, or skipped and counted. */
type Repeats = "report" | "skip";

function parseColumn<T>(text: string, spec: ColumnSpec<T>, repeats: Repeats): { values: T[]; repeated: number } {
  const records = parseRecords(text).filter(({ record }) => record.some((cell) => cell !== ""));
  const problems: CsvProblem[] = [];
  const values: T[] = [];
  const firstLineOf = new Map<string, number>();
  let repeated = 0;

  const [first] = records;
  const headerColumn = first === undefined ? -1 : first.record.findIndex((cell) => isHeader(cell, spec.column));
  const hasHeader = headerColumn >= 0;
  const rows = hasHeader ? records.slice(1) : records;

  for (const { record, info } of rows) {
    const line = info.lines;
    const cell = hasHeader
      ? cellAt(record, headerColumn, line, spec, problems)
      : onlyCell(record, line, spec, problems);
    if (cell === undefined) continue;
    const reading = spec.read(cell);
    if (!reading.ok) {
      problems.push({
        line,
        message: `Line ${line}: ${quoteForMessage(cell)} is not an ${spec.noun} (${reading.reason}).`,
      });
      continue;
    }
    const earlier = firstLineOf.get(reading.key);
    if (earlier !== undefined && repeats === "skip") {
      repeated += 1;
      continue;
    }
    if (earlier !== undefined) {
      problems.push({ line, message: `Line ${line} repeats line ${earlier}.` });
      continue;
    }
    firstLineOf.set(reading.key, line);
    values.push(reading.value);
  }

  if (problems.length === 0 && values.length === 0) {
    const where = hasHeader ? ` below its "${spec.column}" header` : "";
    problems.push({ line: null, message: `The file lists no ${spec.noun}s${where}. Put one ${spec.noun} per line.` });
  }
  if (problems.length > 0) throw new CsvError(problems);
  return { values, repeated };
}

function parseRecords(text: string): CsvRecord[] {
  let rows: unknown[];
  try {
    rows = parse(text, {
      bom: true,
      comment: "#",
      delimiter: [",", ";"],
      record_delimiter: ["\r\n", "\n", "\r"],
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // A stray quote inside a value (12"3) stays in the value, to be reported with the other bad values.
      relax_quotes: true,
      info: true,
    });
  } catch (error) {
    // Malformed quoting stops the parser, so it is the one problem reported.
    throw new CsvError([quotingProblem(error)]);
  }
  // csv-parse's types do not describe the `info: true` shape, so it is checked rather than assumed.
  return rows.map((row) => {
    if (!isCsvRecord(row)) throw new TypeError("csv-parse returned records in an unexpected shape");
    return row;
  });
}

function isCsvRecord(row: unknown): row is CsvRecord {
  if (typeof row !== "object" || row === null || !("record" in row) || !("info" in row)) return false;
  const { record, info } = row;
  return (
    Array.isArray(record) &&
    record.every((cell) => typeof cell === "string") &&
    typeof info === "object" &&
    info !== null &&
    "lines" in info &&
    typeof info.lines === "number"
  );
}

function quotingProblem(error: unknown): CsvProblem {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  const lines = typeof error === "object" && error !== null && "lines" in error ? error.lines : undefined;
  // The parser reports an unclosed quote where the file ends, not where the quote opens.
  if (code === "CSV_QUOTE_NOT_CLOSED" || typeof lines !== "number") {
    return {
      line: null,
      message: 'The file is not valid CSV: a quote (") is opened and never closed. Close the quote or remove it.',
    };
  }
  return {
    line: lines,
    message: `Line ${lines} is not valid CSV: text follows a closing quote ("). Remove the quotes.`,
  };
}

function isHeader(cell: string, column: string): boolean {
  return cell.toLowerCase() === column;
}

/** The one value of a header-less line, or undefined after recording why there is not exactly one. */
function onlyCell<T>(record: string[], line: number, spec: ColumnSpec<T>, problems: CsvProblem[]): string | undefined {
  const cells = record.filter((cell) => cell !== "");
  if (cells.length === 1) return cells[0];
  problems.push({
    line,
    message:
      `Line ${line} has ${cells.length} values; put one ${spec.noun} per line, ` +
      `or name its column "${spec.column}" in a header row.`,
  });
  return undefined;
}

/** The value in the header's column, or undefined after recording that it is empty. */
function cellAt<T>(
  record: string[],
  column: number,
  line: number,
  spec: ColumnSpec<T>,
  problems: CsvProblem[],
): string | undefined {
  const cell = record[column] ?? "";
  if (cell !== "") return cell;
  problems.push({ line, message: `Line ${line} has no value in the "${spec.column}" column.` });
  return undefined;
}
