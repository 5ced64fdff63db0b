import { Link } from "@/app/_i18n/navigation.ts";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { WalletButton } from "./wallet-button.tsx";

const linkClass =
  "rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";

export async function SiteHeader({ withWallet }: { withWallet: boolean }) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      {/* The first thing to tab to, inside the banner landmark so that no content is outside a landmark. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          href="/"
          className="flex items-center gap-2 text-lg font-bold tracking-tight focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-white">
            ✓
          </span>
          {t("appName")}
        </Link>
        <nav aria-label={t("nav.main")} className="order-3 flex w-full gap-1 sm:order-none sm:w-auto">
          <Link href="/" className={linkClass}>
            {t("nav.polls")}
          </Link>
          <Link href="/polls/new" className={linkClass}>
            {t("nav.create")}
          </Link>
          <Link href="/identity" className={linkClass}>
            {t("nav.identity")}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitcher />
          {withWallet && <WalletButton />}
        </div>
      </div>
    </header>
  );
}
