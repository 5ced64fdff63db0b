"use client";
/**
 * The header's language menu: the same page in another language. It opens the page under the chosen
 * language's prefix (docs/i18n.md); the middleware then writes the NEXT_LOCALE cookie, so the choice
 * is remembered, and for English redirects to the bare path. Each language is named in itself, and
 * tagged with its own lang for screen readers.
 *
 * A full page load rather than the client router: the router drops the address's fragment when the
 * middleware redirects (English's /en/join → /join), and the fragment of a join link is the invite's
 * key. A browser keeps the fragment across an HTTP redirect.
 */
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { usePathname } from "../_i18n/navigation.ts";
import { LOCALE_NAMES, LOCALES, type Locale } from "../_i18n/routing.ts";

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

export function LanguageSwitcher() {
  const t = useTranslations("common.language");
  const locale = useLocale();
  // The path without its language prefix: "/polls/3/vote".
  const pathname = usePathname();
  const [changing, setChanging] = useState(false);

  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-700 dark:text-slate-300">
      <span className="sr-only">{t("label")}</span>
      <span aria-hidden="true">🌐</span>
      <select
        value={locale}
        disabled={changing}
        aria-busy={changing}
        title={changing ? t("changing") : t("label")}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next) || next === locale) return;
          setChanging(true);
          const { search, hash } = window.location;
          window.location.assign(`/${next}${pathname === "/" ? "" : pathname}${search}${hash}`);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
