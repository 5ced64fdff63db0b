"use client";
/** How far the booth's prover has got: the circuit's download (bytes, and a bar when the size is known), the warm-up, ready. */
import type { Preparation } from "@/lib/voting/browser-prover.ts";
import { ProgressBar } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useProverFailure } from "./use-prover-failure.ts";

const megabytes = (bytes: number) => bytes / 1_000_000;

export function PreparationProgress({ preparation, quiet = false }: { preparation: Preparation; quiet?: boolean }) {
  const vote = useTranslations("vote");
  const proverFailure = useProverFailure();
  if (preparation.status === "downloading") {
    const { loaded, total } = preparation.progress;
    return (
      <div className="flex flex-col gap-1" data-testid="prover-download">
        {quiet && <p className="text-sm">{vote("prover.downloading")}</p>}
        <ProgressBar value={total === undefined ? undefined : loaded / total} label={vote("stages.download")} />
        <p className="text-sm text-slate-500 tabular-nums dark:text-slate-400">
          {total === undefined
            ? vote("downloadedSoFar", { loaded: megabytes(loaded) })
            : vote("downloaded", { loaded: megabytes(loaded), total: megabytes(total) })}
        </p>
      </div>
    );
  }
  if (preparation.status === "failed") {
    return (
      <p className="text-sm text-amber-700 dark:text-amber-300">
        {vote("prover.failed", { reason: proverFailure(preparation.failure) })}
      </p>
    );
  }
  if (!quiet) return <ProgressBar value={undefined} label={vote("stages.download")} />;
  return (
    <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="prover-status">
      {vote(`prover.${preparation.status}`)}
    </p>
  );
}
