import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "./_components/providers.tsx";
import { SiteHeader } from "./_components/site-header.tsx";
import { Mono, Notice } from "./_components/ui.tsx";
import { en } from "./_i18n/en/index.ts";
import { loadAppConfig } from "./_lib/server-config.ts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ballotbox", template: "%s · Ballotbox" },
  description: en.common.tagline,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The deployment is read per request: `npm start` deploys after the app is built.
  await connection();
  const result = await loadAppConfig();
  const { common } = en;
  return (
    <html lang="en">
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {result.ok ? (
          <Providers config={result.config}>
            <SiteHeader withWallet />
            <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
              {children}
            </main>
            <footer className="mx-auto max-w-5xl px-4 pb-8 text-xs text-slate-500 dark:text-slate-400">
              {common.footer(result.config.chainId)} <Mono>{result.config.ballotbox}</Mono>
            </footer>
          </Providers>
        ) : (
          <>
            <SiteHeader withWallet={false} />
            <main id="main" className="mx-auto max-w-2xl px-4 py-10">
              <Notice tone="error" title={common.configError.title}>
                {common.configError.body} {result.error}
              </Notice>
            </main>
          </>
        )}
      </body>
    </html>
  );
}
