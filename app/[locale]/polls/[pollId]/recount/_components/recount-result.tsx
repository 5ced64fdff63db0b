"use client";
import type { ReactNode, RefObject } from "react";
import type { Address } from "viem";
import type { RecountOutcome } from "@/lib/recount/recount-protocol.ts";
import { Button, Card, Mono } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { downloadText } from "@/app/_lib/download.ts";
import { useRecountWords } from "@/app/_lib/recount-words.ts";
import { recountFileNames } from "./download.ts";
import type { RecountSource } from "./source.ts";

const verdictStyles = {
  MATCH:
    "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  MISMATCH: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
};

const noteStyle =
  "rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100";

/** A finished recount: the verdict first, then the figures behind it, then the files to keep. */
export function RecountResult({
  verdictRef,
  outcome,
  source,
  pollId,
  deployment,
}: {
  verdictRef: RefObject<HTMLDivElement | null>;
  outcome: RecountOutcome;
  source: RecountSource;
  pollId: string;
  deployment: { chainId: number; ballotbox: Address };
}) {
  const t = useTranslations("recount");
  const { moment, count } = useFormats();
  const words = useRecountWords();
  const { report } = outcome;
  const { poll, contract } = report.input;
  const files = recountFileNames(poll.pollId);
  const otherDeployment =
    report.input.chainId !== deployment.chainId ||
    report.input.ballotbox.toLowerCase() !== deployment.ballotbox.toLowerCase();

  return (
    <div className="flex flex-col gap-6">
      <div
        ref={verdictRef}
        tabIndex={-1}
        className={`flex flex-col gap-2 rounded-2xl border-2 p-5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 sm:p-6 ${verdictStyles[report.status]}`}
      >
        <h2 className="text-sm font-semibold tracking-wide uppercase opacity-80">{t("resultTitle")}</h2>
        <div className="flex items-center gap-3">
          <span aria-hidden="true" className="text-4xl leading-none font-bold sm:text-5xl">
            {report.status === "MATCH" ? "✓" : "✗"}
          </span>
          <p role="status" className="text-4xl leading-none font-extrabold tracking-tight sm:text-5xl">
            {report.status}
          </p>
        </div>
        <p className="text-base">{t(`verdictExplanation.${report.status}`)}</p>
      </div>

      {(!report.closed || source.kind === "bundle") && (
        <div className="flex flex-col gap-3">
          {source.kind === "bundle" && (
            <p className="text-sm text-slate-600 dark:text-slate-300">
              {t("fromBundle", { fileName: source.fileName })}
            </p>
          )}
          {source.kind === "bundle" && poll.pollId.toString() !== pollId && (
            <p className={noteStyle}>{t("otherPoll", { bundlePoll: poll.pollId.toString(), pagePoll: pollId })}</p>
          )}
          {source.kind === "bundle" && otherDeployment && (
            <p className={noteStyle}>
              {t("otherDeployment", { chainId: String(report.input.chainId), ballotbox: report.input.ballotbox })}
            </p>
          )}
          {!report.closed && <p className={noteStyle}>{t("provisional")}</p>}
        </div>
      )}

      {report.discrepancies.length > 0 && (
        <Card aria-labelledby="recount-discrepancies" className="flex flex-col gap-3">
          <h2 id="recount-discrepancies" className="text-lg font-semibold">
            {t("discrepanciesTitle")}
          </h2>
          <ul className="flex list-disc flex-col gap-1.5 pl-5 text-sm break-words marker:text-red-500">
            {report.discrepancies.map((discrepancy, index) => (
              <li key={index}>{words.discrepancy(discrepancy)}</li>
            ))}
          </ul>
        </Card>
      )}

      <Card className="flex flex-col gap-3 overflow-hidden">
        <div className="-mx-5 overflow-x-auto px-5 sm:-mx-6 sm:px-6">
          <table className="w-full border-collapse text-sm">
            <caption className="mb-3 text-left text-lg font-semibold">{t("tableCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-700 dark:text-slate-300">
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t("column.option")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t("column.recount")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t("column.contract")}
                </th>
                <th scope="col" className="py-2 pl-3 text-right font-medium">
                  {t("column.agree")}
                </th>
              </tr>
            </thead>
            <tbody>
              {poll.options.map((option, index) => {
                const recounted = report.tally[index] ?? 0n;
                const onChain = contract.tally[index];
                const same = onChain === recounted;
                return (
                  <tr key={index} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
                    <th scope="row" className="py-2 pr-3 text-left font-normal break-words">
                      {option}
                    </th>
                    <td className="px-3 py-2 text-right font-semibold tabular-nums">{count(recounted)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {onChain === undefined ? t("missing") : count(onChain)}
                    </td>
                    <td
                      className={`py-2 pl-3 text-right font-medium ${same ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}
                    >
                      {same ? t("agrees") : t("differs")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>

      <Card aria-labelledby="recount-details" className="flex flex-col gap-3">
        <h2 id="recount-details" className="text-lg font-semibold">
          {t("detailsTitle")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <Detail term={t("details.ballotsChecked")}>{count(report.ballotsChecked)}</Detail>
          <Detail term={t("details.ballotsCounted")}>{count(report.ballotsCounted)}</Detail>
          <Detail term={t("details.ballotsRejected")}>{count(report.rejected.length)}</Detail>
          <Detail term={t("details.contractBallots")}>{count(contract.ballotCount)}</Detail>
          <Detail term={t("details.rollSize")}>{count(report.roll.size)}</Detail>
          <Detail term={t("details.speed")}>
            {t("speed", { perSecond: report.verification.ballotsPerSecond, seconds: report.verification.seconds })}
          </Detail>
          <Detail term={t("details.block")}>
            {t("blockAt", { block: Number(report.input.blockNumber), time: moment(report.input.blockTimestamp) })}
          </Detail>
          <Detail term={t("details.chain")}>{report.input.chainId}</Detail>
          <Detail term={t("details.rollRoot")} wide>
            <Mono>{report.roll.root.toString()}</Mono>
          </Detail>
          <Detail term={t("details.contract")} wide>
            <Mono>{report.input.ballotbox}</Mono>
          </Detail>
        </dl>
      </Card>

      {report.rejected.length > 0 && (
        <Card aria-labelledby="recount-rejected" className="flex flex-col gap-3">
          <h2 id="recount-rejected" className="text-lg font-semibold">
            {t("rejectedTitle", { rejected: report.rejected.length })}
          </h2>
          <ul className="flex flex-col gap-3">
            {report.rejected.map((ballot, index) => (
              <li
                key={`${ballot.transactionHash}-${index}`}
                className="rounded-xl border border-red-200 p-4 dark:border-red-900"
              >
                <dl className="grid grid-cols-1 gap-y-2 text-sm">
                  <Detail term={t("rejected.nullifier")}>
                    <Mono>{ballot.nullifier.toString()}</Mono>
                  </Detail>
                  <Detail term={t("rejected.transaction")}>
                    <Mono>{ballot.transactionHash}</Mono>
                  </Detail>
                  <Detail term={t("rejected.block")}>{count(ballot.blockNumber)}</Detail>
                  <Detail term={t("rejected.reasons")}>
                    <ul className="list-disc pl-5">
                      {ballot.reasons.map((reason) => (
                        <li key={reason.code}>{words.reason(reason)}</li>
                      ))}
                    </ul>
                  </Detail>
                </dl>
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card aria-labelledby="recount-downloads" className="flex flex-col gap-3">
        <h2 id="recount-downloads" className="text-lg font-semibold">
          {t("downloadsTitle")}
        </h2>
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          <Button
            variant="secondary"
            onClick={() => {
              downloadText(files.json, outcome.reportJson);
            }}
          >
            {t("downloadJson")}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              downloadText(files.text, words.reportText(report), "text/plain;charset=utf-8");
            }}
          >
            {t("downloadText")}
          </Button>
          {outcome.bundleText !== undefined && (
            <Button
              variant="secondary"
              onClick={() => {
                if (outcome.bundleText !== undefined) downloadText(files.bundle, outcome.bundleText);
              }}
            >
              {t("downloadBundle")}
            </Button>
          )}
        </div>
        {outcome.bundleText !== undefined && (
          <p className="text-sm text-slate-500 dark:text-slate-400">{t("downloadsHint")}</p>
        )}
      </Card>
    </div>
  );
}

function Detail({ term, wide = false, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={`flex min-w-0 flex-col gap-0.5 ${wide ? "sm:col-span-2" : ""}`}>
      <dt className="text-slate-500 dark:text-slate-400">{term}</dt>
      <dd className="font-medium break-words">{children}</dd>
    </div>
  );
}
