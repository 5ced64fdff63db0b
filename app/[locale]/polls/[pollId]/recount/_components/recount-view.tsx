"use client";
/**
 * The observer's recount: what is checked, the two ways to start (from the chain, from an audit
 * bundle), the progress of the one running, then its result or why it failed. The work runs in a
 * worker (lib/recount/browser-recount.ts), ended when cancelled or when the page is left.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import { startBrowserRecount, RecountCancelledError, type BrowserRecount } from "@/lib/recount/browser-recount.ts";
import {
  RecountFailedError,
  failureOf,
  type RecountFailure,
  type RecountOutcome,
  type RecountProgress,
  type RecountRequest,
} from "@/lib/recount/recount-protocol.ts";
import { pollPhase } from "@/lib/chain/phase.ts";
import { Button, Card, Field, Mono, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { useAppConfig } from "@/app/_lib/app-config.tsx";
import { useNowSeconds, usePoll } from "@/app/_lib/poll-queries.ts";
import { ReceiptCheck } from "../../_components/receipt-check.tsx";
import { RecountResult } from "./recount-result.tsx";
import { RecountRunning } from "./recount-running.tsx";
import type { RecountSource } from "./source.ts";

type State =
  | { status: "idle" }
  | { status: "running"; source: RecountSource; startedAt: number; progress?: RecountProgress }
  | { status: "done"; source: RecountSource; outcome: RecountOutcome }
  | { status: "failed"; failure: RecountFailure }
  | { status: "cancelled" };

/** What the recount checks, in the order the page lists them (messages recount.checks.*). */
const RECOUNT_CHECKS = ["proofs", "roll", "ballots", "tally"] as const;

export function RecountView({ pollId }: { pollId: string }) {
  const t = useTranslations("recount");
  const { moment } = useFormats();
  const config = useAppConfig();
  const poll = usePoll(BigInt(pollId));
  const now = useNowSeconds();
  const [state, setState] = useState<State>({ status: "idle" });
  const run = useRef<BrowserRecount | undefined>(undefined);
  const startButton = useRef<HTMLButtonElement>(null);
  const runningHeading = useRef<HTMLHeadingElement>(null);
  const outcomeRegion = useRef<HTMLDivElement>(null);

  // Leaving the page ends a recount still running.
  useEffect(
    () => () => {
      run.current?.cancel();
    },
    [],
  );

  // Focus follows the recount: to its progress, then to its verdict or error, or back to the start.
  useEffect(() => {
    if (state.status === "running") runningHeading.current?.focus();
    else if (state.status === "done" || state.status === "failed") outcomeRegion.current?.focus();
    else if (state.status === "cancelled") startButton.current?.focus();
  }, [state.status]);

  const start = useCallback((request: RecountRequest, source: RecountSource) => {
    run.current?.cancel();
    const current = startBrowserRecount(request, (progress) => {
      if (run.current !== current) return;
      setState((previous) => (previous.status === "running" ? { ...previous, progress } : previous));
    });
    run.current = current;
    setState({ status: "running", source, startedAt: Date.now() });
    current.result.then(
      (outcome) => {
        if (run.current !== current) return;
        run.current = undefined;
        setState({ status: "done", source, outcome });
      },
      (error: unknown) => {
        if (error instanceof RecountCancelledError || run.current !== current) return;
        run.current = undefined;
        setState({ status: "failed", failure: error instanceof RecountFailedError ? error.failure : failureOf(error) });
      },
    );
  }, []);

  const startFromChain = () => {
    start(
      {
        type: "chain",
        rpcUrl: config.rpcUrl,
        chainId: config.chainId,
        ballotbox: config.ballotbox,
        semaphore: config.semaphore,
        fromBlock: BigInt(config.deploymentBlock),
        pollId: BigInt(pollId),
      },
      { kind: "chain" },
    );
  };

  const startFromFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    file.text().then(
      (text) => {
        start({ type: "bundle", text }, { kind: "bundle", fileName: file.name });
      },
      () => {
        setState({ status: "failed", failure: { kind: "failed", message: t("errors.unreadableFile") } });
      },
    );
    // The same file can be chosen again, e.g. after cancelling.
    input.value = "";
  };

  const cancel = () => {
    run.current?.cancel();
    run.current = undefined;
    setState({ status: "cancelled" });
  };

  const running = state.status === "running";
  if (poll.data?.secrecy === "sealed") {
    // The sealed recount runs in Node today (lib/sealed/sealed-recount.ts); its browser worker is to come.
    return (
      <Card className="flex flex-col gap-3" aria-labelledby="recount-title">
        <h2 id="recount-title" className="text-xl font-semibold tracking-tight">
          {t("title")}
        </h2>
        <Notice tone="info">{t("sealedCli")}</Notice>
        <Mono>{`node cli/ballotbox.ts recount --poll ${pollId}`}</Mono>
      </Card>
    );
  }
  // Before voting opens there is no ballot and no frozen roll: nothing to recount from the chain yet.
  const opensAt =
    poll.data !== undefined && pollPhase(poll.data, now) === "registration" ? poll.data.startTime : undefined;
  return (
    <div className="flex flex-col gap-6">
      <Card className="flex flex-col gap-5" aria-labelledby="recount-title">
        <div className="flex flex-col gap-2">
          <h2 id="recount-title" className="text-xl font-semibold tracking-tight">
            {t("title")}
          </h2>
          <p className="text-slate-600 dark:text-slate-300">{t("intro")}</p>
        </div>
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
            {t("checksTitle")}
          </h3>
          <ul className="flex list-disc flex-col gap-1.5 pl-5 text-sm text-slate-700 marker:text-indigo-500 dark:text-slate-300">
            {RECOUNT_CHECKS.map((check) => (
              <li key={check}>{t(`checks.${check}`)}</li>
            ))}
          </ul>
        </div>
        <div className="flex flex-col gap-4 border-t border-slate-200 pt-5 sm:flex-row sm:items-start sm:gap-6 dark:border-slate-800">
          <div className="flex flex-col gap-2 sm:flex-1">
            {opensAt !== undefined && <Notice tone="info">{t("notStarted", { opensAt: moment(opensAt) })}</Notice>}
            <Button
              ref={startButton}
              onClick={startFromChain}
              busy={running}
              disabled={opensAt !== undefined}
              className="w-full sm:w-auto sm:self-start"
            >
              {t("fromChain")}
            </Button>
            <p className="text-sm text-slate-500 dark:text-slate-400">{t("chainSource", { rpcUrl: config.rpcUrl })}</p>
          </div>
          <p aria-hidden="true" className="text-center text-sm text-slate-500 sm:pt-3 dark:text-slate-400">
            {t("or")}
          </p>
          <div className="sm:flex-1">
            <Field label={t("bundleLabel")} hint={t("bundleHint")}>
              {(control) => (
                <input
                  {...control}
                  type="file"
                  accept=".json,application/json"
                  disabled={running}
                  onChange={startFromFile}
                  className="block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-4 file:py-2 file:text-sm file:font-semibold file:text-slate-900 hover:file:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-60 dark:text-slate-300 dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100 dark:hover:file:bg-slate-800 dark:focus-visible:outline-indigo-400"
                />
              )}
            </Field>
          </div>
        </div>
      </Card>

      {state.status === "running" && (
        <RecountRunning
          headingRef={runningHeading}
          source={state.source}
          progress={state.progress}
          startedAt={state.startedAt}
          onCancel={cancel}
        />
      )}
      {state.status === "cancelled" && <p className="text-sm text-slate-600 dark:text-slate-300">{t("cancelled")}</p>}
      {state.status === "failed" && (
        <div ref={outcomeRegion} tabIndex={-1} className="rounded-xl focus:outline-none">
          <Notice tone="error" title={t("errorTitle")}>
            <FailureSentence failure={state.failure} pollId={pollId} />
          </Notice>
        </div>
      )}
      {state.status === "done" && (
        <RecountResult
          verdictRef={outcomeRegion}
          outcome={state.outcome}
          source={state.source}
          pollId={pollId}
          deployment={{ chainId: config.chainId, ballotbox: config.ballotbox }}
        />
      )}
      <ReceiptCheck pollId={BigInt(pollId)} />
    </div>
  );
}

function FailureSentence({ failure, pollId }: { failure: RecountFailure; pollId: string }) {
  const t = useTranslations("recount");
  const common = useTranslations("common");
  const { rpcUrl, chainId } = useAppConfig();
  switch (failure.kind) {
    case "unreachable":
      return common("chainUnreachable", { rpcUrl });
    case "wrong-chain":
      return t("errors.wrongChain", { rpcUrl, actual: String(failure.actual), expected: String(chainId) });
    case "poll-not-found":
      return t("errors.pollNotFound", { pollId });
    case "bad-bundle":
      if (failure.problem === "notJson") return t("errors.bundleNotJson");
      return failure.field === ""
        ? t("errors.bundleInvalid")
        : t("errors.bundleInvalidField", { field: failure.field });
    case "verification-key":
      return t("errors.verificationKey", { depth: failure.depth, status: String(failure.status) });
    case "crashed":
      return t("errors.crashed");
    case "failed":
      return failure.message;
  }
}
