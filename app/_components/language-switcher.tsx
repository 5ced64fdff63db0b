"use client";
/**
 * The header's language menu: the same page in another language. next-intl's router writes the
 * NEXT_LOCALE cookie, so the choice is remembered, and the URL's prefix (docs/i18n.md) keeps it in
 * every link. Each language is named in itself, and tagged with its own lang for screen readers.
 */
import { useLocale, useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { useTransition } from "react";
import { usePathname, useRouter } from "../_i18n/navigation.ts";
import { LOCALE_NAMES, LOCALES, type Locale } from "../_i18n/routing.ts";

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

export function LanguageSwitcher() {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useParams();
  const [changing, startTransition] = useTransition();

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
          if (!isLocale(next)) return;
          startTransition(() => {
            // The current route with its own params (pollId…), in the chosen language; the hash (an
            // invite's key) stays in the address bar.
            router.replace(
              // @ts-expect-error -- pathname and params come from the same route, so they always match.
              { pathname, params, hash: window.location.hash.slice(1) || undefined },
              { locale: next },
            );
          });
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
