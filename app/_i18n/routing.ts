/**
 * Which languages the app speaks and how URLs name them (docs/i18n.md): English at the bare path
 * (/polls/1), every other language under its prefix (/ms/polls/1). A path without a prefix is
 * answered in the language the browser chose before (the NEXT_LOCALE cookie, set by the switcher or
 * by visiting a prefixed URL) or else the best match of its Accept-Language, redirecting to that
 * prefix; so invite links, written without one, open in each voter's own language.
 */
import { defineRouting } from "next-intl/routing";

export const LOCALES = ["en", "zh-Hans", "ms", "id"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's name in itself, as the switcher lists them. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  "zh-Hans": "简体中文",
  ms: "Bahasa Melayu",
  id: "Bahasa Indonesia",
};

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  // Remembered for a year; the cookie holds nothing but the language.
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});
