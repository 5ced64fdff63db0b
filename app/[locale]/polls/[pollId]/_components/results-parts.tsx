"use client";
/** The pieces of a results page that public and sealed polls share: the tally, turnout and downloads. */
import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { turnoutPercent } from "@/lib/chain/phase.ts";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { Button, ButtonLink, Card, ProgressBar } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { useAppConfig } from "@/app/_lib/app-config.tsx";
import { CSV, downloadText } from "@/app/_lib/download.ts";
import { resultsCsv, resultsFileNames, resultsJson, type ResultsSnapshot } from "./results-export.ts";

// The chart library is loaded with the results, not with every page.
const ResultsChart = dynamic(() => import("./results-chart.tsx").then((module) => module.ResultsChart), {
  ssr: false,
  loading: () => <div className="h-40 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800" />,
});

/** The counts per option as chart and table, with the winner once `final`; `children` go under the title. */
export function TallyCard({
  poll,
  tally,
  ballotCount,
  final,
  children,
}: {
  poll: PollOnChain;
  tally: readonly bigint[];
  ballotCount: bigint;
  final: boolean;
  children?: ReactNode;
}) {
  const results = useTranslations("results");
  const { share } = useFormats();
  const rows = poll.options.map((label, index) => ({ label, votes: Number(tally[index] ?? 0n) }));
  const top = Math.max(...rows.map((row) => row.votes));
  const leaders = rows.filter((row) => row.votes === top && top > 0).map((row) => row.label);
  return (
    <Card className="lg:col-span-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{final ? results("finalResult") : results("liveTally")}</h2>
        {final && leaders.length > 0 && (
          <p className="font-medium text-emerald-700 dark:text-emerald-300">
            {leaders.length === 1
              ? results("winner", { label: leaders[0] ?? "" })
              : results("tie", { labels: leaders.join(", ") })}
          </p>
        )}
      </div>
      {children}
      <div className="mt-4">
        <ResultsChart rows={rows} label={results("chartLabel", { question: poll.question })} />
      </div>
      <table className="mt-4 w-full table-fixed text-sm">
        <caption className="sr-only">{results("chartLabel", { question: poll.question })}</caption>
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
        {poll.ballotType === "approval" ? results("approvalNote") : results("singleNote")}
      </p>
    </Card>
  );
}

export function TurnoutCard({ ballotCount, rollSize }: { ballotCount: bigint; rollSize: bigint }) {
  const results = useTranslations("results");
  const { share, count } = useFormats();
  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{results("turnoutTitle")}</h2>
      <p className="text-3xl font-semibold tabular-nums">{share(ballotCount, rollSize)}</p>
      <ProgressBar value={turnoutPercent(ballotCount, rollSize) / 100} label={results("turnoutTitle")} />
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
  );
}

/** What a results file holds besides the poll: the figures, as of one block. */
export type ResultsFigures = Pick<ResultsSnapshot, "blockNumber" | "final" | "tally" | "ballotCount" | "rollSize">;

export function ResultsDownloads({ poll, figures }: { poll: PollOnChain; figures: ResultsFigures }) {
  const results = useTranslations("results");
  const { count } = useFormats();
  const { chainId, ballotbox } = useAppConfig();
  const snapshot: ResultsSnapshot = {
    chainId,
    ballotbox,
    pollId: poll.pollId,
    question: poll.question,
    ballotType: poll.ballotType,
    startTime: poll.startTime,
    endTime: poll.endTime,
    options: poll.options,
    ...figures,
  };
  const files = resultsFileNames(snapshot.pollId);
  return (
    <Card aria-labelledby="results-downloads" className="flex flex-col gap-3">
      <h2 id="results-downloads" className="text-lg font-semibold">
        {results("downloadsTitle")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {results("downloadsHint", { block: count(snapshot.blockNumber) })}
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
  );
}

/** The link to recount, which every results page offers. */
export function RecountCard({ pollId }: { pollId: bigint }) {
  const results = useTranslations("results");
  return (
    <Card className="flex flex-col items-start gap-3">
      <p className="text-sm text-slate-600 dark:text-slate-300">{results("verifyHint")}</p>
      <ButtonLink variant="secondary" href={`/polls/${pollId}/recount`}>
        {results("recountLink")}
      </ButtonLink>
    </Card>
  );
}
