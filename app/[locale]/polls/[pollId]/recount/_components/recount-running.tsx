"use client";
import { useEffect, useState, type RefObject } from "react";
import type { RecountProgress } from "@/lib/recount/recount-protocol.ts";
import { Button, Card, ProgressBar, Spinner } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import type { RecountSource } from "./source.ts";

/** How often the elapsed time is redrawn. */
const TICK_MS = 500;

/** A running recount: its stage in words, how far it is, how fast, for how long; and Cancel. */
export function RecountRunning({
  headingRef,
  source,
  progress,
  startedAt,
  onCancel,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  source: RecountSource;
  progress: RecountProgress | undefined;
  startedAt: number;
  onCancel: () => void;
}) {
  const t = useTranslations("recount");
  const { duration } = useFormats();
  const elapsed = useElapsedSeconds(startedAt);

  const stage =
    progress === undefined
      ? t("stage.starting")
      : progress.stage === "verifying"
        ? t("stage.verifying")
        : source.kind === "chain"
          ? t("stage.readingChain")
          : t("stage.readingBundle");
  const fraction = progress !== undefined && progress.total > 0 ? progress.done / progress.total : undefined;
  // Screen readers hear the progress in steps of 10%, not at every chunk.
  const announcedPercent = fraction === undefined ? undefined : Math.floor(fraction * 10) * 10;

  return (
    <Card className="flex flex-col gap-4" aria-labelledby="recount-running-title">
      <h2
        id="recount-running-title"
        ref={headingRef}
        tabIndex={-1}
        className="flex items-center gap-2 text-lg font-semibold focus:outline-none"
      >
        <Spinner />
        {t("runningTitle")}
      </h2>
      <p aria-live="polite" className="text-slate-700 dark:text-slate-200">
        {stage}
      </p>
      <ProgressBar value={fraction} label={stage} />
      <div className="flex flex-col gap-1 text-sm text-slate-600 tabular-nums sm:flex-row sm:flex-wrap sm:gap-x-4 dark:text-slate-300">
        {progress?.stage === "verifying" && (
          <>
            <span>{t("ballotsDone", { done: progress.done, total: progress.total })}</span>
            {progress.ballotsPerSecond > 0 && <span>{t("rate", { perSecond: progress.ballotsPerSecond })}</span>}
          </>
        )}
        {progress?.stage === "reading" && progress.blocks !== undefined && (
          <span>{t("blocks", { last: Number(progress.blocks.last), to: Number(progress.blocks.to) })}</span>
        )}
        <span>{t("elapsed", { duration: duration(elapsed) })}</span>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcedPercent === undefined ? "" : t("percentDone", { percent: announcedPercent })}
      </p>
      <div>
        <Button variant="secondary" onClick={onCancel} className="w-full sm:w-auto">
          {t("cancel")}
        </Button>
      </div>
    </Card>
  );
}

/** Whole seconds since `startedAt` (a Date.now() value), redrawn while mounted. */
function useElapsedSeconds(startedAt: number): number {
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, TICK_MS);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}
