"use client";
/**
 * A sealed poll's results page. While voting: turnout only, since no one can read a running tally.
 * After the close: how many of the t partial decryptions are published, then the total they decrypt,
 * with who decrypted it. The key ceremony is shown throughout.
 */
import { pollPhase } from "@/lib/chain/phase.ts";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { Card, Notice, ProgressBar } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { useNowSeconds } from "@/app/_lib/poll-queries.ts";
import { useSealedPoll } from "@/app/_lib/sealed-queries.ts";
import { CeremonyPanel } from "./ceremony-panel.tsx";
import { ReceiptCheck } from "./receipt-check.tsx";
import { RecountCard, ResultsDownloads, TallyCard, TurnoutCard } from "./results-parts.tsx";
import { ShareLink } from "./share-link.tsx";

export function SealedResults({ poll }: { poll: PollOnChain }) {
  const sealed = useTranslations("sealed");
  const common = useTranslations("common");
  const describeError = useDescribeError();
  const { list } = useFormats();
  const now = useNowSeconds();
  const { contracts, state } = useSealedPoll(poll.pollId, true);

  if (contracts.data === null) return <Notice tone="error">{sealed("unavailable")}</Notice>;
  const error = contracts.error ?? state.error;
  if (error !== null) return <Notice tone="error">{describeError(error)}</Notice>;
  if (state.data === undefined) return <p className="text-slate-500">{common("loading")}</p>;

  const { ceremony, tally, ballotCount, rollSize, partialDecryptions, status } = state.data;
  const threshold = ceremony?.record.threshold ?? 0;
  const trustees = String(ceremony?.record.trustees.length ?? 0);
  const closed = pollPhase(poll, now) === "closed";
  const decryptedBy = partialDecryptions.map(({ trustee }) => trustee).sort((a, b) => a - b);

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      {tally !== undefined ? (
        <TallyCard poll={poll} tally={tally} ballotCount={ballotCount} final>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-300" data-testid="decrypted-by">
            {sealed("decryptedBy", { trustees: list(decryptedBy) })}
          </p>
        </TallyCard>
      ) : status.startsWith("failed") ? (
        <Card className="lg:col-span-2">
          <h2 className="text-lg font-semibold">{sealed("failedTitle")}</h2>
          <Notice tone="error" className="mt-3">
            {sealed("failedNote", { threshold: String(threshold) })}
          </Notice>
        </Card>
      ) : closed ? (
        <Card className="flex flex-col gap-3 lg:col-span-2 lg:self-start" data-testid="decryption-progress">
          <h2 className="text-lg font-semibold">{sealed("decryptingTitle")}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {sealed("decryptingNote", { threshold: String(threshold) })}
          </p>
          <p className="text-2xl font-semibold tabular-nums">
            {sealed("sharesProgress", { count: String(partialDecryptions.length), threshold: String(threshold) })}
          </p>
          <ProgressBar
            value={threshold === 0 ? 0 : Math.min(1, partialDecryptions.length / threshold)}
            label={sealed("decryptingTitle")}
          />
          {decryptedBy.length > 0 && (
            <p className="text-sm">{sealed("decryptedBy", { trustees: list(decryptedBy) })}</p>
          )}
          {partialDecryptions.length >= threshold && threshold > 0 && (
            <Notice tone="info">{sealed("awaitingTally")}</Notice>
          )}
        </Card>
      ) : (
        <Card className="flex flex-col gap-3 lg:col-span-2 lg:self-start" data-testid="sealed-until-close">
          <h2 className="text-lg font-semibold">{sealed("sealedTitle")}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {ceremony === undefined
              ? sealed("sealedNoteNoCeremony")
              : sealed("sealedNote", { threshold: String(threshold), trustees })}
          </p>
        </Card>
      )}
      <div className="flex min-w-0 flex-col gap-6">
        <TurnoutCard ballotCount={ballotCount} rollSize={rollSize} />
        <RecountCard pollId={poll.pollId} />
        {tally !== undefined && (
          <ResultsDownloads
            poll={poll}
            figures={{ blockNumber: state.data.blockNumber, final: true, tally, ballotCount, rollSize }}
          />
        )}
        <ShareLink pollId={poll.pollId} />
      </div>
      <div className="min-w-0 lg:col-span-3">
        <ReceiptCheck pollId={poll.pollId} />
      </div>
      <div className="min-w-0 lg:col-span-3">
        <CeremonyPanel state={state.data} />
      </div>
    </div>
  );
}
