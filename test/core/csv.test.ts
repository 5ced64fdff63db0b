/**
 * Organizers' CSV files: any well-formed file gives back exactly its values, and any mistake is
 * reported on its own line number, all at once.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { bytesToHex, getAddress, type Address } from "viem";
import { CsvError, parseAddressesCsv, parseCommitmentsCsv, type CsvProblem } from "../../lib/registration/csv.ts";
import { SNARK_SCALAR_FIELD } from "../../lib/snark/field.ts";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** The problems of a file that must not parse. */
function problemsOf(parse: () => unknown): readonly CsvProblem[] {
  try {
    parse();
  } catch (error) {
    assert.ok(error instanceof CsvError, `expected a CsvError, got ${String(error)}`);
    for (const problem of error.problems) assert.ok(error.message.includes(problem.message));
    return error.problems;
  }
  assert.fail("the file was accepted");
}

/* Arbitraries: values, and the ways people (and spreadsheets) lay them out. */

const commitment = fc.bigInt({ min: 1n, max: SNARK_SCALAR_FIELD - 1n });
const address = fc
  .uint8Array({ minLength: 20, maxLength: 20 })
  .map((bytes) => getAddress(bytesToHex(bytes)))
  .filter((value) => BigInt(value) !== 0n);
/** An address as someone may write it: checksummed, lower case or upper case. */
const writtenAddress = (value: Address) =>
  fc.constantFrom(value, value.toLowerCase(), `0x${value.slice(2).toUpperCase()}`);

const space = fc.stringMatching(/^[ \t]{0,3}$/);
const newline = fc.constantFrom("\n", "\r\n");
const commentText = fc.string({ maxLength: 20 }).map((text) => text.replace(/[\r\n]/g, " "));
const commentLine = fc.tuple(space, commentText).map(([indent, text]) => `${indent}# ${text}`);
const blankLine = space;
/** Lines that carry no value: blank, whitespace or comments. */
const fillerLines = fc.array(fc.oneof(commentLine, blankLine), { maxLength: 3 });

/** A value's line: the value with whitespace around it and, sometimes, a comment after it. */
function valueLine(value: string) {
  return fc
    .tuple(space, space, fc.option(commentText, { nil: undefined }))
    .map(([before, after, comment]) => `${before}${value}${after}${comment === undefined ? "" : ` # ${comment}`}`);
}

interface Layout {
  /** The file's lines, without line ends. */
  lines: string[];
  /** The 1-based line of each value, in order. */
  valueLines: number[];
}

/** Lays values out over lines with filler lines between them and an optional header. */
function layout(values: readonly string[], header: string) {
  return fc
    .tuple(
      fc.option(fc.constantFrom(header, header.toUpperCase(), ` ${header} `), { nil: undefined }),
      fc.tuple(...values.map((value) => fc.tuple(fillerLines, valueLine(value)))),
      fillerLines,
    )
    .map(([headerLine, blocks, trailing]): Layout => {
      const lines: string[] = [];
      const valueLines: number[] = [];
      if (headerLine !== undefined) lines.push(headerLine);
      for (const [filler, line] of blocks) {
        lines.push(...filler, line);
        valueLines.push(lines.length);
      }
      lines.push(...trailing);
      return { lines, valueLines };
    });
}

/** Joins lines with random line ends, a random final line end and, sometimes, a byte-order mark. */
function render(lines: readonly string[]) {
  return fc
    .tuple(fc.array(newline, { minLength: lines.length, maxLength: lines.length }), fc.boolean())
    .map(([ends, bom]) => (bom ? "\uFEFF" : "") + lines.map((line, index) => line + (ends[index] ?? "\n")).join(""));
}

describe("CSV", () => {
  describe("# parseCommitmentsCsv", () => {
    it("Should read one commitment per line with blank lines, comments, whitespace and CRLF", () => {
      const text = "# roll for the board election\r\n\r\n  12 \r\n\t34\t# Bob\n\n56\n";
      assert.deepEqual(parseCommitmentsCsv(text), [12n, 34n, 56n]);
    });

    it("Should read the commitment column of a spreadsheet export and ignore the others", () => {
      const text = 'name,Commitment,email\nAlice,"12",a@example.org\nBob;34;b@example.org\n,,\n';
      assert.deepEqual(parseCommitmentsCsv(text), [12n, 34n]);
    });

    it("Should list every problem with its line, in one error", () => {
      const text = [
        "commitment",
        "12",
        "0x12",
        "0",
        String(SNARK_SCALAR_FIELD),
        "2.18882E+76",
        "12",
        "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4",
        "1,2",
      ].join("\n");
      assert.deepEqual(
        problemsOf(() => parseCommitmentsCsv(text)).map((problem) => problem.message),
        [
          'Line 3: "0x12" is not an identity commitment (a decimal number below the SNARK field).',
          'Line 4: "0" is not an identity commitment (0 is not a commitment: commitments start at 1).',
          `Line 5: "${SNARK_SCALAR_FIELD}" is not an identity commitment (it is not below the SNARK field).`,
          'Line 6: "2.18882E+76" is not an identity commitment (a spreadsheet has rounded it to scientific ' +
            "notation; format the column as text and export again).",
          "Line 7 repeats line 2.",
          'Line 8: "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4" is not an identity commitment (it is an ' +
            "Ethereum address; a commitment is a decimal number).",
        ],
      );
    });

    it("Should ask for one value per line, or a header, when a line has several", () => {
      assert.deepEqual(
        problemsOf(() => parseCommitmentsCsv("1\n2,3\n")),
        [
          {
            line: 2,
            message:
              'Line 2 has 2 values; put one identity commitment per line, or name its column "commitment" in a header row.',
          },
        ],
      );
    });

    it("Should reject a file that lists nothing, and malformed quotes", () => {
      assert.deepEqual(
        problemsOf(() => parseCommitmentsCsv("# nothing yet\n\n")),
        [{ line: null, message: "The file lists no identity commitments. Put one identity commitment per line." }],
      );
      assert.match(problemsOf(() => parseCommitmentsCsv("commitment\n"))[0]?.message ?? "", /below its "commitment"/);
      assert.deepEqual(
        problemsOf(() => parseCommitmentsCsv('1\n"2\n3\n')),
        [
          {
            line: null,
            message: 'The file is not valid CSV: a quote (") is opened and never closed. Close the quote or remove it.',
          },
        ],
      );
      assert.equal(problemsOf(() => parseCommitmentsCsv('1\n"2"3\n'))[0]?.line, 2);
      assert.equal(problemsOf(() => parseCommitmentsCsv('1\n2"3\n'))[0]?.line, 2);
    });

    it("Property: any list of commitments, laid out any tolerated way, reads back exactly", () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(commitment, { minLength: 1, maxLength: 20 }).chain((values) =>
            layout(
              values.map((value) => value.toString()),
              "commitment",
            ).chain((file) => render(file.lines).map((text) => ({ values, text }))),
          ),
          ({ values, text }) => {
            assert.deepEqual(parseCommitmentsCsv(text), values);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });

    it("Property: a bad value anywhere is the one problem, on its exact line", () => {
      const bad = fc.oneof(
        fc.constantFrom("0", "-1", "1.5", "1e5", "abc", "0x12", "12 34", "１２"),
        fc.bigInt({ min: SNARK_SCALAR_FIELD, max: 2n ** 256n }).map(String),
        address,
      );
      fc.assert(
        fc.property(
          fc
            .tuple(fc.uniqueArray(commitment, { minLength: 1, maxLength: 10 }), bad, fc.nat())
            .chain(([values, badValue, at]) => {
              const written = values.map(String);
              const position = at % (written.length + 1);
              written.splice(position, 0, badValue);
              return layout(written, "commitment").chain((file) =>
                render(file.lines).map((text) => ({ text, line: file.valueLines[position] })),
              );
            }),
          ({ text, line }) => {
            const problems = problemsOf(() => parseCommitmentsCsv(text));
            assert.equal(problems.length, 1);
            assert.equal(problems[0]?.line, line);
            assert.match(
              problems[0]?.message ?? "",
              new RegExp(`^Line ${line}: ".*" is not an identity commitment \\(`),
            );
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });

    it("Property: a repeated value is reported as repeating its first line", () => {
      fc.assert(
        fc.property(
          fc
            .tuple(fc.uniqueArray(commitment, { minLength: 1, maxLength: 10 }), fc.nat(), fc.nat())
            .chain(([values, from, at]) => {
              const written = values.map(String);
              const original = from % written.length;
              const position = original + 1 + (at % (written.length - original));
              written.splice(position, 0, written[original] ?? "");
              return layout(written, "commitment").chain((file) =>
                render(file.lines).map((text) => ({
                  text,
                  first: file.valueLines[original],
                  repeat: file.valueLines[position],
                })),
              );
            }),
          ({ text, first, repeat }) => {
            assert.deepEqual(
              problemsOf(() => parseCommitmentsCsv(text)),
              [{ line: repeat, message: `Line ${repeat} repeats line ${first}.` }],
            );
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });
  });

  describe("# parseAddressesCsv", () => {
    const alice = "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4";

    it("Should read checksummed, lower-case and upper-case addresses, returned checksummed", () => {
      const text = `address\n${alice}\n${alice.toLowerCase().replace(/c4$/, "c5")}\n0x${"AB".repeat(20)}\n`;
      assert.deepEqual(parseAddressesCsv(text), [
        alice,
        getAddress(alice.toLowerCase().replace(/c4$/, "c5")),
        getAddress(`0x${"ab".repeat(20)}`),
      ]);
    });

    it("Should reject a wrong checksum, the zero address, a commitment and a repeat in any case", () => {
      const wrongChecksum = alice.replace("Da6a", "da6a");
      const text = [wrongChecksum, alice, `0x${"0".repeat(40)}`, "12345", alice.toLowerCase(), "0x1234"].join("\n");
      assert.deepEqual(
        problemsOf(() => parseAddressesCsv(text)).map((problem) => problem.message),
        [
          `Line 1: "${wrongChecksum}" is not an Ethereum address (its capital letters are an EIP-55 checksum ` +
            "that does not match; check it for a typo).",
          `Line 3: "0x${"0".repeat(40)}" is not an Ethereum address (it is the zero address, which no wallet or key controls).`,
          'Line 4: "12345" is not an Ethereum address (it is a decimal number, like an identity commitment; an ' +
            "address is 0x and 40 hex digits).",
          "Line 5 repeats line 2.",
          'Line 6: "0x1234" is not an Ethereum address (0x followed by 40 hexadecimal digits).',
        ],
      );
    });

    it("Property: any list of addresses, written and laid out any tolerated way, reads back checksummed", () => {
      fc.assert(
        fc.property(
          fc
            .uniqueArray(address, { minLength: 1, maxLength: 20, selector: (value) => value.toLowerCase() })
            .chain((values) =>
              fc
                .tuple(...values.map(writtenAddress))
                .chain((written) => layout(written, "address"))
                .chain((file) => render(file.lines).map((text) => ({ values, text }))),
            ),
          ({ values, text }) => {
            assert.deepEqual(parseAddressesCsv(text), values);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });

    it("Property: an address with one letter's case changed is reported on its exact line", () => {
      const mistyped = address
        .chain((value) => {
          const letters = Array.from({ length: 40 }, (_, index) => index + 2).filter((index) =>
            /[a-fA-F]/.test(value.charAt(index)),
          );
          return fc.constantFrom(...letters).map((index) => {
            const char = value.charAt(index);
            const flipped = char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase();
            return value.slice(0, index) + flipped + value.slice(index + 1);
          });
        })
        .filter((value) => {
          const digits = value.slice(2);
          return digits !== digits.toLowerCase() && digits !== digits.toUpperCase();
        });
      fc.assert(
        fc.property(
          fc
            .tuple(fc.uniqueArray(address, { minLength: 1, maxLength: 10 }), mistyped, fc.nat())
            .filter(([values, typo]) => !values.some((value) => value.toLowerCase() === typo.toLowerCase()))
            .chain(([values, typo, at]) => {
              const written: string[] = [...values];
              const position = at % (written.length + 1);
              written.splice(position, 0, typo);
              return layout(written, "address").chain((file) =>
                render(file.lines).map((text) => ({ text, line: file.valueLines[position] })),
              );
            }),
          ({ text, line }) => {
            const problems = problemsOf(() => parseAddressesCsv(text));
            assert.equal(problems.length, 1);
            assert.equal(problems[0]?.line, line);
            assert.match(problems[0]?.message ?? "", /EIP-55 checksum that does not match/);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });
  });
});
