"use client";
import dynamic from "next/dynamic";
import { pollPhase, turnoutPercent } from "@/lib/chain/phase.ts";
import { Button, ButtonLink, Card, Notice, ProgressBar } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { useAppConfig } from "@/app/_lib/app-config.tsx";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { CSV, downloadText } from "@/app/_lib/download.ts";
import { useNowSeconds, usePoll, usePollCounts } from "@/app/_lib/poll-queries.ts";
import { ReceiptCheck } from "./receipt-check.tsx";
import { resultsCsv, resultsFileNames, resultsJson, type ResultsSnapshot } from "./results-export.ts";
import { ShareLink } from "./share-link.tsx";

// The chart library is loaded with the results, not with every page.
const ResultsChart = dynamic(() => import("./results-chart.tsx").then((module) => module.ResultsChart), {
  ssr: false,
  loading: () => <div className="h-40 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800" />,
});

export function PollResults({ pollId }: { pollId: string }) {
  const results = useTranslations("results");
  const common = useTranslations("common");
  const describeError = useDescribeError();
  const { share, count } = useFormats();
  const { chainId, ballotbox } = useAppConfig();
  const poll = usePoll(BigInt(pollId));
  const counts = usePollCounts(BigInt(pollId));
  const now = useNowSeconds();

  if (poll.isError) return null; // the header says why
  if (counts.isError) return <Notice tone="error">{describeError(counts.error)}</Notice>;
  if (poll.data === undefined || counts.data === undefined)
    return <p className="text-slate-500">{common("loading")}</p>;

  const phase = pollPhase(poll.data, now);
  const { tally, ballotCount, rollSize, blockNumber } = counts.data;
  const rows = poll.data.options.map((label, index) => ({ label, votes: Number(tally[index] ?? 0n) }));
  const top = Math.max(...rows.map((row) => row.votes));
  const leaders = rows.filter((row) => row.votes === top && top > 0).map((row) => row.label);
  const percent = turnoutPercent(ballotCount, rollSize);
  const snapshot: ResultsSnapshot = {
    chainId,
    ballotbox,
    pollId: poll.data.pollId,
    question: poll.data.question,
    ballotType: poll.data.ballotType,
    startTime: poll.data.startTime,
    endTime: poll.data.endTime,
    blockNumber,
    final: phase === "closed",
    options: poll.data.options,
    tally,
    ballotCount,
    rollSize,
  };
  const files = resultsFileNames(poll.data.pollId);

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">
            {phase === "closed" ? results("finalResult") : results("liveTally")}
          </h2>
          {phase === "closed" && leaders.length > 0 && (
            <p className="font-medium text-emerald-700 dark:text-emerald-300">
              {leaders.length === 1
                ? results("winner", { label: leaders[0] ?? "" })
                : results("tie", { labels: leaders.join(", ") })}
            </p>
          )}
        </div>
        {phase === "registration" && (
          <Notice tone="info" className="mt-3">
            {results("registrationNote")}
          </Notice>
        )}
        <div className="mt-4">
          <ResultsChart rows={rows} label={results("chartLabel", { question: poll.data.question })} />
        </div>
        <table className="mt-4 w-full table-fixed text-sm">
          <caption className="sr-only">{results("chartLabel", { question: poll.data.question })}</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">{results("optionLabel")}</th>
              <th scope="col">{results("votesLabel")}</th>
              <th scope="col">{results("shareLabel")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {row.label}
                </th>
                <td className="w-24 py-2 text-right tabular-nums" data-testid={`votes-${index}`}>
                  {results("votes", { count: row.votes })}
                </td>
                <td
                  className="w-16 py-2 text-right text-slate-600 tabular-nums dark:text-slate-300"
                  data-testid={`share-${index}`}
                >
                  {share(row.votes, ballotCount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-300">
          {poll.data.ballotType === "approval" ? results("approvalNote") : results("singleNote")}
        </p>
      </Card>
      <div className="flex flex-col gap-6">
        <Card className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">{results("turnoutTitle")}</h2>
          <p className="text-3xl font-semibold tabular-nums">{share(ballotCount, rollSize)}</p>
          <ProgressBar value={percent / 100} label={results("turnoutTitle")} />
          <dl className="grid grid-cols-2 gap-2 text-sm">
            <dt className="text-slate-500 dark:text-slate-400">{results("ballotsCast")}</dt>
            <dd className="text-right font-medium tabular-nums" data-testid="ballot-count">
              {count(ballotCount)}
            </dd>
            <dt className="text-slate-500 dark:text-slate-400">{results("rollSize")}</dt>
            <dd className="text-right font-medium tabular-nums" data-testid="roll-size">
              {count(rollSize)}
            </dd>
          </dl>
        </Card>
        <Card className="flex flex-col items-start gap-3">
          <p className="text-sm text-slate-600 dark:text-slate-300">{results("verifyHint")}</p>
          <ButtonLink variant="secondary" href={`/polls/${pollId}/recount`}>
            {results("recountLink")}
          </ButtonLink>
        </Card>
        <Card aria-labelledby="results-downloads" className="flex flex-col gap-3">
          <h2 id="results-downloads" className="text-lg font-semibold">
            {results("downloadsTitle")}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {results("downloadsHint", { block: count(blockNumber) })}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button
              variant="secondary"
              onClick={() => {
                downloadText(
                  files.csv,
                  resultsCsv(snapshot, {
                    option: results("optionLabel"),
                    votes: results("votesLabel"),
                    share: results("shareLabel"),
                  }),
                  CSV,
                );
              }}
            >
              {results("downloadCsv")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                downloadText(files.json, resultsJson(snapshot));
              }}
            >
              {results("downloadJson")}
            </Button>
          </div>
        </Card>
        <ShareLink pollId={poll.data.pollId} />
      </div>
      <div className="lg:col-span-3">
        <ReceiptCheck pollId={poll.data.pollId} />
      </div>
    </div>
  );
}
