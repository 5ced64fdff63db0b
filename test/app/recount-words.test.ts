/**
 * The recount's findings in each language: every discrepancy and rejection code is worded by its own
 * message, with its figures, in en, zh-Hans, ms and id; the downloadable text report is in the page's
 * language and its table lines up (CJK characters take two columns); the CLI keeps its English.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createFormatter, createTranslator } from "next-intl";
import { messagesFor } from "../../app/_i18n/catalog.ts";
import { FORMATS } from "../../app/_i18n/formats.ts";
import { LOCALES, type Locale } from "../../app/_i18n/routing.ts";
import { recountWords, type RecountWords } from "../../app/_lib/recount-words.ts";
import { describeDiscrepancy, describeRejection, formatEnglishReport } from "../../cli/recount-report.ts";
import { textWidth } from "../../lib/recount/report-text.ts";
import { DISCREPANCY_SAMPLES, REJECTION_SAMPLES, mismatchedReport } from "../helpers/recount-findings.ts";

const fail = (error: Error): void => {
  throw error;
};

function wordsIn(locale: Locale): RecountWords {
  const config = { locale, formats: FORMATS, timeZone: "UTC", onError: fail } as const;
  const t = createTranslator({ ...config, messages: messagesFor(locale), namespace: "recount" });
  const format = createFormatter(config);
  return recountWords(t, {
    moment: (seconds) => format.dateTime(new Date(Number(seconds) * 1000), "moment"),
    count: (value) => format.number(value),
  });
}

const discrepancies = Object.values(DISCREPANCY_SAMPLES);
const reasons = Object.values(REJECTION_SAMPLES);
const english = wordsIn("en");

/** The lines of the text report's table: from the heading to the blank line after it. */
function tableLines(text: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf("") + 1;
  const end = lines.indexOf("", start);
  return lines.slice(start, end);
}

describe("recount findings in the reader's language", () => {
  for (const locale of LOCALES) {
    const words = wordsIn(locale);

    it(`Should word every discrepancy and rejection code in ${locale}, each its own sentence with its figures`, () => {
      const worded = [...discrepancies.map(words.discrepancy), ...reasons.map(words.reason)];
      for (const text of worded) {
        assert.ok(text.length > 0);
        assert.doesNotMatch(text, /[{}]|recount\./, `${locale}: ${text}`);
      }
      assert.equal(new Set(worded).size, worded.length, `${locale}: two codes read the same`);
      assert.match(words.discrepancy(DISCREPANCY_SAMPLES.rollRootMismatch), /111.*222/);
      assert.match(words.discrepancy(DISCREPANCY_SAMPLES.pollRootMismatch), /111.*333/);
      assert.match(words.discrepancy(DISCREPANCY_SAMPLES.optionTallyMismatch), /1.*Red.*2.*3/);
      assert.match(words.discrepancy(DISCREPANCY_SAMPLES.optionMissing), /3.*Blue.*1/);
      assert.match(
        words.reason(REJECTION_SAMPLES.nullifierReused),
        new RegExp(REJECTION_SAMPLES.nullifierReused.countedIn),
      );
      assert.match(words.reason(REJECTION_SAMPLES.outsideVotingWindow), /2026/);
      assert.match(words.reason(REJECTION_SAMPLES.unsupportedDepth), /40/);
    });

    if (locale !== "en") {
      it(`Should not leave a finding in English in ${locale}`, () => {
        for (const discrepancy of discrepancies) {
          assert.notEqual(words.discrepancy(discrepancy), english.discrepancy(discrepancy), discrepancy.code);
        }
        for (const reason of reasons) assert.notEqual(words.reason(reason), english.reason(reason), reason.code);
      });
    }

    it(`Should lay out the text report in ${locale}: every finding in its words, the table aligned`, () => {
      const report = mismatchedReport();
      const text = words.reportText(report);
      for (const discrepancy of discrepancies) assert.ok(text.includes(`  - ${words.discrepancy(discrepancy)}`));
      for (const reason of reasons) assert.ok(text.includes(`      ${words.reason(reason)}`));
      assert.match(text, /Which colour\?/);
      assert.match(text, /MISMATCH/);
      const table = tableLines(text);
      assert.equal(table.length, 1 + report.input.poll.options.length);
      const widths = table.map((line) => textWidth(line.replace(/ {2}≠$/, "")));
      assert.equal(new Set(widths).size, 1, `${locale}: the table does not line up:\n${table.join("\n")}`);
      if (locale !== "en") assert.doesNotMatch(text, /Ballots checked|Proofs verified|Rejected ballot|Roll:/);
    });
  }

  it("Should keep the CLI's report in English, as it always read", () => {
    const text = formatEnglishReport(mismatchedReport());
    assert.match(text, /^Poll 1: Which colour\?\n {2}Single choice ballot, chain 31337, contract 0x/);
    assert.deepEqual(tableLines(text), [
      "  Option  Recount  Contract",
      "  Red           1         3  ≠",
      "  Green         0         0",
      "  Blue          0         -  ≠",
    ]);
    assert.ok(text.includes("  - Option 1 (Red): the recount finds 2, the contract reports 3."));
    assert.ok(text.includes("  - Option 3 (Blue): the recount finds 1, the contract reports nothing."));
    assert.ok(text.includes("      the proof does not verify"));
    assert.ok(
      text.includes(`      its nullifier was already counted in ${REJECTION_SAMPLES.nullifierReused.countedIn}`),
    );
    assert.match(text, /\nMISMATCH:\n/);
    const worded = [...discrepancies.map(describeDiscrepancy), ...reasons.map(describeRejection)];
    assert.equal(new Set(worded).size, worded.length);
  });

  it("Should count East Asian wide characters as two columns", () => {
    assert.equal(textWidth("Red"), 3);
    assert.equal(textWidth("选项"), 4);
    assert.equal(textWidth("重新计票 12"), 11);
  });
});
