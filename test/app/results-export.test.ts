import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import {
  resultsCsv,
  resultsJson,
  type ResultsSnapshot,
} from "../../app/[locale]/polls/[pollId]/_components/results-export.ts";
import { FORMATS } from "../../app/_i18n/formats.ts";

const snapshot: ResultsSnapshot = {
  chainId: 31337,
  ballotbox: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  pollId: 7n,
  question: 'Which "plan", if any?',
  ballotType: "approval",
  startTime: 1_000n,
  endTime: 2_000n,
  blockNumber: 42n,
  final: true,
  options: ["Plan A, the cheap one", 'Plan "B"', "None"],
  tally: [2n, 1n, 0n],
  ballotCount: 3n,
  rollSize: 5n,
};

describe("results shares and files", () => {
  it("Should round shares to whole percentages in every language (2 of 3 → 67%)", () => {
    const share = (locale: string, value: number) => new Intl.NumberFormat(locale, FORMATS.number.share).format(value);
    assert.equal(share("en", 2 / 3), "67%");
    assert.equal(share("en", 1 / 3), "33%");
    assert.equal(share("zh-Hans", 2 / 3), "67%");
    assert.match(share("ms", 2 / 3), /^67\s?%$/);
    assert.match(share("id", 2 / 3), /^67\s?%$/);
  });

  it("Should write a CSV that a spreadsheet reads back with the options' commas and quotes intact", () => {
    const headings = { option: "Pilihan", votes: "Undi", share: "Bahagian undi" };
    const rows: string[][] = parse(resultsCsv(snapshot, headings));
    assert.deepEqual(rows, [
      ["Pilihan", "Undi", "Bahagian undi"],
      ["Plan A, the cheap one", "2", "0.6667"],
      ['Plan "B"', "1", "0.3333"],
      ["None", "0", "0.0000"],
    ]);
  });

  it("Should write JSON with the poll, the block read and each option's votes", () => {
    const document = JSON.parse(resultsJson(snapshot)) as Record<string, unknown>;
    assert.equal(document.pollId, "7");
    assert.equal(document.blockNumber, "42");
    assert.deepEqual(document.options, [
      { label: "Plan A, the cheap one", votes: "2", shareOfBallots: 2 / 3 },
      { label: 'Plan "B"', votes: "1", shareOfBallots: 1 / 3 },
      { label: "None", votes: "0", shareOfBallots: 0 },
    ]);
  });
});
