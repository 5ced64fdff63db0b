"use client";
/**
 * next-intl for the client components, in the reader's language and their own time zone: every time
 * on screen is a chain timestamp shown where the reader is, with the zone named (FORMATS.moment).
 * The server renders with UTC until the browser takes over; chain times are read in the browser, so
 * no time is in the server's markup to mismatch.
 */
import { NextIntlClientProvider, type Messages } from "next-intl";
import { useSyncExternalStore, type ReactNode } from "react";
import { FORMATS } from "../_i18n/formats.ts";
import type { Locale } from "../_i18n/routing.ts";

const subscribeToNothing = () => () => undefined;
const readerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverTimeZone = () => "UTC";

export function IntlProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}) {
  const timeZone = useSyncExternalStore(subscribeToNothing, readerTimeZone, serverTimeZone);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} formats={FORMATS} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
