"use client";
/**
 * The voter's receipt: what was sent, and where it stands (relayer queue, mined, counted, failed).
 * It takes the focus when it replaces the ballot form, so a keyboard or screen-reader user is not
 * left on a vanished button. Counting has a time limit too: past it the voter is told, and can check
 * again.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { STAGE_LIMITS_MS } from "@/lib/voting/ballot-attempt.ts";
import { Button, Card, Mono, Notice, Spinner } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useRelayer } from "@/app/_lib/app-config.tsx";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import type { StoredReceipt } from "@/app/_lib/receipts-store.ts";
import { RECEIPT_POLL_MS } from "@/app/_lib/relayer-receipts.ts";
import type { CountedBallot } from "@/app/_lib/ballot-queries.ts";
import { useReceiptFailure } from "./use-receipt-failure.ts";

export function BallotReceipt({
  receipt,
  counted,
  onRetry,
}: {
  receipt: StoredReceipt;
  counted: CountedBallot | null;
  onRetry: () => void;
}) {
  const vote = useTranslations("vote");
  const describeError = useDescribeError();
  const receiptFailure = useReceiptFailure();
  const { count } = useFormats();
  const relayer = useRelayer();
  const heading = useRef<HTMLHeadingElement>(null);
  // The counting clock starts at submission, or when the voter asks to check again.
  const [waitingSince, setWaitingSince] = useState(receipt.submittedAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (counted !== null) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1_000);
    return () => {
      clearInterval(timer);
    };
  }, [counted]);
  const relayed = useQuery({
    queryKey: ["relayer-receipt", receipt.relayerId],
    enabled: receipt.relayerId !== undefined && counted === null,
    queryFn: () => relayer.ballotReceipt(receipt.relayerId ?? ""),
    refetchInterval: (query) => (query.state.data?.state === "failed" ? false : RECEIPT_POLL_MS),
  });

  const state =
    counted !== null ? "counted" : receipt.via === "wallet" ? "sentFromWallet" : (relayed.data?.state ?? "queued");
  const transactionHash = counted?.transactionHash ?? relayed.data?.transactionHash ?? receipt.transactionHash;
  const late = state !== "counted" && state !== "failed" && now - waitingSince > STAGE_LIMITS_MS.counted;

  return (
    <Card className="flex flex-col gap-4">
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {vote("receiptTitle")}
      </h2>
      <div role="status" aria-live="polite">
        {state === "counted" ? (
          <Notice tone="success" title={vote("receiptStates.counted")}>
            {counted !== null && vote("block", { block: count(counted.blockNumber) })}
          </Notice>
        ) : state === "failed" ? (
          <Notice tone="error" title={vote("receiptStates.failed")}>
            {relayed.data !== undefined && <p>{receiptFailure(relayed.data)}</p>}
            <p className="mt-1">{vote("failedRetry")}</p>
            <Button variant="secondary" className="mt-3" onClick={onRetry}>
              {vote("voteAgain")}
            </Button>
          </Notice>
        ) : late ? (
          <Notice tone="warning">
            <p>{vote("stageTimedOut.counted")}</p>
            <Button
              variant="secondary"
              className="mt-3"
              onClick={() => {
                setWaitingSince(Date.now());
                void relayed.refetch();
              }}
            >
              {vote("checkAgain")}
            </Button>
          </Notice>
        ) : (
          <Notice tone="info">
            <span className="flex items-center gap-2">
              <Spinner />
              {vote(`receiptStates.${state}`)}
            </span>
          </Notice>
        )}
      </div>
      {relayed.isError && <Notice tone="error">{describeError(relayed.error)}</Notice>}
      <p className="text-sm text-slate-600 dark:text-slate-300">{vote("receiptIntro")}</p>
      <dl className="flex flex-col gap-3 text-sm">
        <div>
          <dt className="font-medium">{vote("nullifier")}</dt>
          <dd data-testid="receipt-nullifier">
            <Mono>{receipt.nullifier}</Mono>
          </dd>
        </div>
        {transactionHash !== undefined && (
          <div>
            <dt className="font-medium">{vote("transaction")}</dt>
            <dd>
              <Mono>{transactionHash}</Mono>
            </dd>
          </div>
        )}
      </dl>
      {state === "counted" && <p className="text-sm">{vote("alreadyVoted")}</p>}
    </Card>
  );
}
