/**
 * The message catalogue: every language has exactly English's keys, every message is valid ICU with
 * English's placeholders (name and kind, through plural and select branches), and nothing was left
 * in English by mistake. The compiler checks the keys too (Translation<…>); this also catches what
 * it cannot: placeholders, ICU syntax and untranslated text.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TYPE, parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { TRANSLATIONS } from "../../app/_i18n/catalog.ts";
import { en } from "../../app/_i18n/en/index.ts";
import { LOCALES } from "../../app/_i18n/routing.ts";
import { DISCREPANCY_SAMPLES, REJECTION_SAMPLES } from "../helpers/recount-findings.ts";

/** Keys whose value is the same in every language: names, and examples that are data, not words. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  "common.appName",
  "recount.missing",
  "recount.blockAt",
  "manage.add.placeholder",
  "manage.allowlist.placeholder",
  "results.downloadCsv",
  "results.downloadJson",
]);

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "plain",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

/** Each placeholder as "name:kind", found anywhere in the message. */
function placeholders(elements: readonly MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    const kind = KIND[element.type];
    if (kind !== undefined && "value" in element) found.add(`${element.value}:${kind}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, found);
    }
    if (element.type === TYPE.tag) placeholders(element.children, found);
  }
  return found;
}

/**
 * Every plural has an `other` branch, and no branch the language never selects: zh, ms and id have
 * only `other`, so a `one {…}` there is dead text (exactly one is written `=1 {…}`).
 */
function pluralProblems(elements: readonly MessageFormatElement[], categories: ReadonlySet<string>): string[] {
  return elements.flatMap((element): string[] => {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const own =
        element.type === TYPE.plural
          ? Object.keys(element.options)
              .filter((branch) => !branch.startsWith("=") && !categories.has(branch))
              .map((branch) => `{${element.value}, plural} has a "${branch}" branch the language never selects`)
          : [];
      const missing = "other" in element.options ? [] : [`{${element.value}} has no "other" branch`];
      return [
        ...own,
        ...missing,
        ...Object.values(element.options).flatMap((option) => pluralProblems(option.value, categories)),
      ];
    }
    return element.type === TYPE.tag ? pluralProblems(element.children, categories) : [];
  });
}

const english = flatten(en);

/** The keys under `prefix.`, without it. */
const keysUnder = (messages: Map<string, string>, prefix: string): string[] =>
  [...messages.keys()].filter((key) => key.startsWith(`${prefix}.`)).map((key) => key.slice(prefix.length + 1));

describe("message catalogue", () => {
  it("Should have English messages that all parse as ICU", () => {
    for (const [key, text] of english) assert.doesNotThrow(() => parse(text), `en ${key}`);
  });

  for (const locale of LOCALES) {
    it(`Should give ${locale} one message for each recount finding code, and none for a code that does not exist`, () => {
      const messages = flatten(TRANSLATIONS[locale]);
      assert.deepEqual(keysUnder(messages, "recount.discrepancy").sort(), Object.keys(DISCREPANCY_SAMPLES).sort());
      assert.deepEqual(keysUnder(messages, "recount.reason").sort(), Object.keys(REJECTION_SAMPLES).sort());
    });
  }

  for (const locale of LOCALES.filter((locale) => locale !== "en")) {
    const messages = flatten(TRANSLATIONS[locale]);

    it(`Should give ${locale} exactly English's keys`, () => {
      assert.deepEqual([...messages.keys()].sort(), [...english.keys()].sort());
    });

    it(`Should give ${locale} valid ICU with English's placeholders and only the plural branches it uses`, () => {
      const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      for (const [key, text] of messages) {
        const source = english.get(key) ?? "";
        const elements = parse(text);
        assert.deepEqual(placeholders(elements), placeholders(parse(source)), `${locale} ${key}: placeholders`);
        assert.deepEqual(pluralProblems(elements, categories), [], `${locale} ${key}`);
      }
    });

    it(`Should leave nothing of ${locale} in English`, () => {
      const untranslated = [...messages].filter(
        ([key, text]) => text === english.get(key) && !SAME_IN_EVERY_LANGUAGE.has(key),
      );
      assert.deepEqual(untranslated, []);
    });
  }
});
