"use client";
/** The voter's receipt: what was sent, and where it stands (relayer queue, mined, counted, failed). */
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Mono, Notice, Spinner } from "@/app/_components/ui.tsx";
import { useMessages } from "@/app/_i18n/index.ts";
import { useAppConfig, useRelayer } from "@/app/_lib/app-config.tsx";
import { describeError } from "@/app/_lib/describe-error.ts";
import type { StoredReceipt } from "@/app/_lib/receipts-store.ts";
import { RECEIPT_POLL_MS } from "@/app/_lib/relayer-receipts.ts";

export function BallotReceipt({
  receipt,
  counted,
  onRetry,
}: {
  receipt: StoredReceipt;
  counted: { transactionHash?: `0x${string}` | undefined; blockNumber?: bigint | undefined } | null;
  onRetry: () => void;
}) {
  const { vote } = useMessages();
  const { rpcUrl } = useAppConfig();
  const relayer = useRelayer();
  const relayed = useQuery({
    queryKey: ["relayer-receipt", receipt.relayerId],
    enabled: receipt.relayerId !== undefined && counted === null,
    queryFn: () => relayer.ballotReceipt(receipt.relayerId ?? ""),
    refetchInterval: (query) => (query.state.data?.state === "failed" ? false : RECEIPT_POLL_MS),
  });

  const state =
    counted !== null ? "counted" : receipt.via === "wallet" ? "sentFromWallet" : (relayed.data?.state ?? "queued");
  const transactionHash = counted?.transactionHash ?? relayed.data?.transactionHash ?? receipt.transactionHash;

  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">{vote.receiptTitle}</h2>
      <div role="status" aria-live="polite">
        {state === "counted" ? (
          <Notice tone="success" title={vote.receiptStates.counted}>
            {counted?.blockNumber !== undefined && vote.block(counted.blockNumber.toString())}
          </Notice>
        ) : state === "failed" ? (
          <Notice tone="error" title={vote.receiptStates.failed}>
            <p>{relayed.data?.reason}</p>
            <p className="mt-1">{vote.failedRetry}</p>
            <Button variant="secondary" className="mt-3" onClick={onRetry}>
              {vote.voteAgain}
            </Button>
          </Notice>
        ) : (
          <Notice tone="info">
            <span className="flex items-center gap-2">
              <Spinner />
              {vote.receiptStates[state]}
            </span>
          </Notice>
        )}
      </div>
      {relayed.isError && <Notice tone="error">{describeError(relayed.error, rpcUrl)}</Notice>}
      <p className="text-sm text-slate-600 dark:text-slate-300">{vote.receiptIntro}</p>
      <dl className="flex flex-col gap-3 text-sm">
        <div>
          <dt className="font-medium">{vote.nullifier}</dt>
          <dd data-testid="receipt-nullifier">
            <Mono>{receipt.nullifier}</Mono>
          </dd>
        </div>
        {transactionHash !== undefined && (
          <div>
            <dt className="font-medium">{vote.transaction}</dt>
            <dd>
              <Mono>{transactionHash}</Mono>
            </dd>
          </div>
        )}
      </dl>
      {state === "counted" && <p className="text-sm">{vote.alreadyVoted}</p>}
    </Card>
  );
}
