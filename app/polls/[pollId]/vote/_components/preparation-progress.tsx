"use client";
/** How far the booth's prover has got: the circuit's download (bytes, and a bar when the size is known), the warm-up, ready. */
import type { Preparation } from "@/lib/voting/browser-prover.ts";
import { ProgressBar } from "@/app/_components/ui.tsx";
import { useMessages } from "@/app/_i18n/index.ts";

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

export function PreparationProgress({ preparation, quiet = false }: { preparation: Preparation; quiet?: boolean }) {
  const { vote } = useMessages();
  if (preparation.status === "downloading") {
    const { loaded, total } = preparation.progress;
    return (
      <div className="flex flex-col gap-1" data-testid="prover-download">
        {quiet && <p className="text-sm">{vote.prover.downloading}</p>}
        <ProgressBar value={total === undefined ? undefined : loaded / total} label={vote.stages.download} />
        <p className="text-sm text-slate-500 tabular-nums dark:text-slate-400">
          {total === undefined
            ? vote.downloadedSoFar(megabytes(loaded))
            : vote.downloaded(megabytes(loaded), megabytes(total))}
        </p>
      </div>
    );
  }
  if (preparation.status === "failed") {
    return <p className="text-sm text-amber-700 dark:text-amber-300">{vote.prover.failed(preparation.message)}</p>;
  }
  if (!quiet) return <ProgressBar value={undefined} label={vote.stages.download} />;
  return (
    <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="prover-status">
      {vote.prover[preparation.status]}
    </p>
  );
}
