/** A sealed poll's settings as the create form and the CLI check them (lib/polls/sealed-draft.ts). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  defaultCeremonyDeadlines,
  defaultThreshold,
  trusteeAddresses,
  validateSealedDraft,
  type SealedDraft,
} from "../../lib/polls/sealed-draft.ts";

const NOW = 1_000_000;
const START = NOW + 1_000;
const TRUSTEES = [
  "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  "0x976ea74026e726554db657fa54763abd0c3a0aa9",
  "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
];
const draft = (changes: Partial<SealedDraft> = {}): SealedDraft => ({
  trustees: TRUSTEES,
  threshold: 2,
  deadlines: defaultCeremonyDeadlines(NOW, START),
  ...changes,
});
const check = (changes: Partial<SealedDraft> = {}, optionCount = 3) =>
  validateSealedDraft(draft(changes), { nowSeconds: NOW, startTime: START, optionCount });

describe("sealed poll drafts", () => {
  it("Should share the time until voting opens among the four steps, and default to a majority", () => {
    assert.deepEqual(defaultCeremonyDeadlines(NOW, START), {
      keysBy: NOW + 200,
      dealsBy: NOW + 400,
      complaintsBy: NOW + 600,
      revealsBy: NOW + 800,
    });
    assert.deepEqual([1, 2, 3, 4, 5, 16].map(defaultThreshold), [1, 2, 2, 3, 3, 9]);
  });

  it("Should accept a well-formed draft and checksum its trustees", () => {
    assert.deepEqual(check(), {});
    assert.equal(trusteeAddresses(draft())[1], "0x976EA74026E726554dB657fA54763abd0C3a0aa9");
  });

  it("Should name each trustee problem by its row", () => {
    assert.deepEqual(check({ trustees: [] }).trustees, "trusteesMissing");
    assert.deepEqual(
      check({ trustees: Array.from({ length: 17 }, (_, i) => `0x${(i + 1).toString(16).padStart(40, "0")}`) }).trustees,
      "tooManyTrustees",
    );
    const errors = check({
      trustees: [TRUSTEES[0] ?? "", "not an address", TRUSTEES[0]?.toLowerCase() ?? "", `0x${"0".repeat(40)}`],
    });
    assert.deepEqual(errors.trustee, { 1: "trusteeInvalid", 2: "trusteeRepeated", 3: "trusteeInvalid" });
  });

  it("Should keep the threshold within 1 to n", () => {
    for (const threshold of [0, 4, 1.5, Number.NaN])
      assert.equal(check({ threshold }).threshold, "thresholdOutOfRange");
    for (const threshold of [1, 3]) assert.equal(check({ threshold }).threshold, undefined);
  });

  it("Should want every deadline, in order, after now and no later than voting opens", () => {
    const deadlines = defaultCeremonyDeadlines(NOW, START);
    assert.equal(check({ deadlines: { ...deadlines, dealsBy: Number.NaN } }).deadlines, "deadlineMissing");
    assert.equal(
      check({ deadlines: { ...deadlines, dealsBy: deadlines.complaintsBy } }).deadlines,
      "deadlinesOutOfOrder",
    );
    assert.equal(check({ deadlines: { ...deadlines, keysBy: NOW } }).deadlines, "deadlinesOutOfOrder");
    assert.equal(check({ deadlines: { ...deadlines, revealsBy: START + 1 } }).deadlines, "deadlinesOutOfOrder");
    assert.equal(
      check({ deadlines: { ...deadlines, revealsBy: START } }).deadlines,
      undefined,
      "the contract allows revealsBy = start",
    );
  });

  it("Should refuse more options than the largest sealed ballot circuit", () => {
    assert.equal(check({}, 8).options, undefined);
    assert.equal(check({}, 9).options, "tooManySealedOptions");
  });
});
