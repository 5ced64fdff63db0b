"use client";
import { Link } from "@/app/_i18n/navigation.ts";
import { usePathname } from "@/app/_i18n/navigation.ts";
import { pollPhase } from "@/lib/chain/phase.ts";
import { PollNotFoundError } from "@/lib/chain/poll-reader.ts";
import { PhaseBadge } from "@/app/_components/phase-badge.tsx";
import { useTimeLeft } from "@/app/_components/time-left.tsx";
import { Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { useNowSeconds, usePoll } from "@/app/_lib/poll-queries.ts";

/** The poll's question, phase and countdown, and the tabs of its sections. */
export function PollHeader({ pollId }: { pollId: string }) {
  const results = useTranslations("results");
  const common = useTranslations("common");
  const sealed = useTranslations("sealed");
  const describeError = useDescribeError();
  const timeLeft = useTimeLeft();
  const { moment } = useFormats();
  const poll = usePoll(BigInt(pollId));
  const now = useNowSeconds();
  const pathname = usePathname();
  const base = `/polls/${pollId}`;
  const tabs = [
    { href: base, label: results("tabs.results") },
    { href: `${base}/vote`, label: results("tabs.vote") },
    { href: `${base}/manage`, label: results("tabs.manage") },
    { href: `${base}/recount`, label: results("tabs.recount") },
  ];

  if (poll.isError) {
    return (
      <Notice tone="error">
        {poll.error instanceof PollNotFoundError ? results("notFound", { pollId }) : describeError(poll.error)}
      </Notice>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {poll.data === undefined ? (
        <p className="text-slate-500">{common("loading")}</p>
      ) : (
        <header className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <PhaseBadge phase={pollPhase(poll.data, now)} />
            <span className="font-medium">{timeLeft(poll.data, now)}</span>
            <span className="text-slate-500 dark:text-slate-400">
              · {common(`ballotType.${poll.data.ballotType}`)} · #{pollId}
            </span>
            {poll.data.secrecy === "sealed" && (
              <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-800 dark:bg-violet-950 dark:text-violet-200">
                {sealed("badge")}
              </span>
            )}
          </div>
          <h1 className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">{poll.data.question}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {results("window", { start: moment(poll.data.startTime), end: moment(poll.data.endTime) })}
          </p>
        </header>
      )}
      <nav aria-label={results("tabs.label")} className="-mx-4 overflow-x-auto px-4">
        <ul className="flex min-w-max gap-1 border-b border-slate-200 dark:border-slate-800">
          {tabs.map((tab) => {
            const current = pathname === tab.href;
            return (
              <li key={tab.href}>
                <Link
                  href={tab.href}
                  aria-current={current ? "page" : undefined}
                  className={`-mb-px inline-block border-b-2 px-3 py-2.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
                    current
                      ? "border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300"
                      : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
                  }`}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
