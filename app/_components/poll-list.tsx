"use client";
import { Link } from "@/app/_i18n/navigation.ts";
import { pollPhase, turnoutPercent } from "@/lib/chain/phase.ts";
import { useTranslations } from "next-intl";
import { useFormats } from "../_i18n/use-formats.ts";
import { useDescribeError } from "../_lib/describe-error.ts";
import { useNowSeconds, usePolls } from "../_lib/poll-queries.ts";
import { PhaseBadge } from "./phase-badge.tsx";
import { useTimeLeft } from "./time-left.tsx";
import { ButtonLink, Card, Notice, ProgressBar } from "./ui.tsx";

export function PollList() {
  const home = useTranslations("home");
  const common = useTranslations("common");
  const { share } = useFormats();
  const timeLeft = useTimeLeft();
  const describeError = useDescribeError();
  const polls = usePolls();
  const now = useNowSeconds();

  if (polls.isPending) return <p className="text-slate-500">{common("loading")}</p>;
  if (polls.isError) {
    return (
      <Notice tone="error" title={home("loadError")}>
        {describeError(polls.error)}
      </Notice>
    );
  }
  if (polls.data.length === 0) {
    return (
      <Card className="flex flex-col items-start gap-4">
        <p>{home("empty")}</p>
        <ButtonLink href="/polls/new">{home("createPoll")}</ButtonLink>
      </Card>
    );
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {polls.data.map((poll) => {
        const phase = pollPhase(poll, now);
        const percent = turnoutPercent(poll.ballotCount, poll.rollSize);
        const turnout = common("turnout", {
          count: Number(poll.ballotCount),
          roll: Number(poll.rollSize),
          share: share(poll.ballotCount, poll.rollSize),
        });
        return (
          <li key={poll.pollId.toString()}>
            <Link
              href={`/polls/${poll.pollId}`}
              className="block h-full rounded-2xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-indigo-400 hover:shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-500"
            >
              <div className="flex items-center justify-between gap-2">
                <PhaseBadge phase={phase} />
                <span className="text-xs text-slate-500 dark:text-slate-400">#{poll.pollId.toString()}</span>
              </div>
              <h2 className="mt-3 text-lg font-semibold text-balance">{poll.question}</h2>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
                {common(`ballotType.${poll.ballotType}`)} · {home("options", { count: poll.options.length })}
              </p>
              <div className="mt-4 flex flex-col gap-1.5">
                <ProgressBar value={percent / 100} label={turnout} />
                <p className="flex flex-wrap justify-between gap-x-3 text-xs text-slate-600 dark:text-slate-300">
                  <span>{turnout}</span>
                  <span>{timeLeft(poll, now)}</span>
                </p>
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
