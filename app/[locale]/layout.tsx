import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { IntlProvider } from "@/app/_components/intl-provider.tsx";
import { Providers } from "@/app/_components/providers.tsx";
import { SiteHeader } from "@/app/_components/site-header.tsx";
import { Mono, Notice } from "@/app/_components/ui.tsx";
import { messagesFor } from "@/app/_i18n/catalog.ts";
import { loadAppConfig } from "@/app/_lib/server-config.ts";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

// The root layout: the [locale] segment is the app's root, so <html lang> is the page's language.
export default async function RootLayout({ children }: { children: ReactNode }) {
  // The deployment is read per request: `npm start` deploys after the app is built.
  await connection();
  const locale = await getLocale();
  const t = await getTranslations("common");
  const result = await loadAppConfig();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <IntlProvider locale={locale} messages={messagesFor(locale)}>
          {result.ok ? (
            <Providers config={result.config}>
              <SiteHeader withWallet />
              <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
                {children}
              </main>
              <footer className="mx-auto max-w-5xl px-4 pb-8 text-xs text-slate-500 dark:text-slate-400">
                {t("footer", { chainId: String(result.config.chainId) })} <Mono>{result.config.ballotbox}</Mono>
              </footer>
            </Providers>
          ) : (
            <>
              <SiteHeader withWallet={false} />
              <main id="main" className="mx-auto max-w-2xl px-4 py-10">
                <Notice tone="error" title={t("configError.title")}>
                  {t("configError.body")} {result.error}
                </Notice>
              </main>
            </>
          )}
        </IntlProvider>
      </body>
    </html>
  );
}
