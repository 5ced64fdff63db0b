/**
 * The messages of every language, by locale. English (en/) is the source: its values are ICU
 * messages typed as literals (`as const`), so next-intl checks each key and each placeholder's
 * argument where a message is used. Every other language is a Translation of it: the same keys, no
 * more and no fewer, which the compiler checks (a missing key fails the build), and the catalogue
 * test (test/app/messages.test.ts) checks the placeholders and ICU syntax of.
 */
import { en } from "./en/index.ts";
import { id } from "./id/index.ts";
import { ms } from "./ms/index.ts";
import type { Locale } from "./routing.ts";
import { zhHans } from "./zh-Hans/index.ts";

export type Messages = typeof en;

/** The shape of a translation of `Source`: the same keys, any sentence. */
export type Translation<Source> = {
  readonly [Key in keyof Source]: Source[Key] extends string ? string : Translation<Source[Key]>;
};

const CATALOG: Readonly<Record<Locale, Translation<Messages>>> = { en, "zh-Hans": zhHans, ms, id };

/** Every locale's messages, for the catalogue test. */
export const TRANSLATIONS: Readonly<Record<Locale, Translation<Messages>>> = CATALOG;

/**
 * A locale's messages as next-intl sees them. The one cast of the catalogue: a translation has
 * English's keys (compiler-checked above) and English's placeholders (test-checked); only the
 * literal text differs, which is what next-intl's types read the placeholders from.
 */
export function messagesFor(locale: Locale): Messages {
  return CATALOG[locale] as Messages;
}
