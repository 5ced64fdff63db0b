"use client";
import { pollPhase } from "@/lib/chain/phase.ts";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { useNowSeconds, usePoll, usePollCounts } from "@/app/_lib/poll-queries.ts";
import { ReceiptCheck } from "./receipt-check.tsx";
import { RecountCard, ResultsDownloads, TallyCard, TurnoutCard } from "./results-parts.tsx";
import { SealedResults } from "./sealed-results.tsx";
import { ShareLink } from "./share-link.tsx";

/** The results page: a public poll's live tally, or a sealed poll's turnout, ceremony and decryption. */
export function PollResults({ pollId }: { pollId: string }) {
  const common = useTranslations("common");
  const poll = usePoll(BigInt(pollId));
  if (poll.isError) return null; // the header says why
  if (poll.data === undefined) return <p className="text-slate-500">{common("loading")}</p>;
  return poll.data.secrecy === "sealed" ? <SealedResults poll={poll.data} /> : <PublicResults poll={poll.data} />;
}

function PublicResults({ poll }: { poll: PollOnChain }) {
  const results = useTranslations("results");
  const common = useTranslations("common");
  const describeError = useDescribeError();
  const counts = usePollCounts(poll.pollId);
  const now = useNowSeconds();

  if (counts.isError) return <Notice tone="error">{describeError(counts.error)}</Notice>;
  if (counts.data === undefined) return <p className="text-slate-500">{common("loading")}</p>;

  const phase = pollPhase(poll, now);
  const { tally, ballotCount, rollSize, blockNumber } = counts.data;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <TallyCard poll={poll} tally={tally} ballotCount={ballotCount} final={phase === "closed"}>
        {phase === "registration" && (
          <Notice tone="info" className="mt-3">
            {results("registrationNote")}
          </Notice>
        )}
      </TallyCard>
      <div className="flex flex-col gap-6">
        <TurnoutCard ballotCount={ballotCount} rollSize={rollSize} />
        <RecountCard pollId={poll.pollId} />
        <ResultsDownloads
          poll={poll}
          figures={{ blockNumber: blockNumber, final: phase === "closed", tally, ballotCount, rollSize }}
        />
        <ShareLink pollId={poll.pollId} />
      </div>
      <div className="lg:col-span-3">
        <ReceiptCheck pollId={poll.pollId} />
      </div>
    </div>
  );
}
