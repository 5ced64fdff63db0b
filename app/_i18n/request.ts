/**
 * next-intl's configuration for each server render: the locale of the [locale] segment (proxy.ts has
 * already chosen and redirected), its messages and the shared formats. No time zone is fixed here:
 * times are written in the reader's own zone, by the browser (see app/_components/intl-provider.tsx).
 */
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { notFound } from "next/navigation";
import * as rootParams from "next/root-params";
import { messagesFor } from "./catalog.ts";
import { FORMATS } from "./formats.ts";
import { routing } from "./routing.ts";

export default getRequestConfig(async ({ locale }) => {
  let chosen = locale;
  if (chosen === undefined) {
    // The [locale] segment (typed by `next typegen`, which check:types runs first).
    const segment = await rootParams.locale();
    if (!hasLocale(routing.locales, segment)) notFound();
    chosen = segment;
  }
  return { locale: chosen, messages: messagesFor(chosen), formats: FORMATS };
});
