"use client";
/**
 * The header's language menu: the same page in another language. It opens the page under the chosen
 * language's prefix (docs/i18n.md); the middleware then writes the NEXT_LOCALE cookie, so the choice
 * is remembered, and for English redirects to the bare path. Each language is named in itself, and
 * tagged with its own lang for screen readers. The globe is drawn, not an emoji: phones and CI
 * machines without a colour-emoji font showed an empty box.
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
      <GlobeIcon />
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

function GlobeIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-4 w-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.75 5.7 3.75 9S14.5 18.3 12 21M12 3C9.5 5.7 8.25 8.7 8.25 12S9.5 18.3 12 21" />
    </svg>
  );
}
