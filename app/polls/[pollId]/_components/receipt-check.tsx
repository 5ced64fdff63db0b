"use client";
/**
 * "Check a receipt": anyone with a ballot's nullifier (the receipt a voter keeps) can see whether and
 * where it was counted. The poll's BallotCast events are read whole and matched in this page, so the
 * node never learns which nullifier was asked about (lib/chain/find-ballot.ts). A link to
 * `?receipt=<nullifier>` on the results or recount page fills the box in and checks at once.
 */
import { useCallback, useEffect, useId, useRef, useState, type SubmitEvent } from "react";
import { findCountedBallot, readNullifier, type CountedBallot } from "@/lib/chain/find-ballot.ts";
import { Button, Card, Field, Mono, Notice, inputClass } from "@/app/_components/ui.tsx";
import { useMessages } from "@/app/_i18n/index.ts";
import { useAppConfig, useBallotboxConnection } from "@/app/_lib/app-config.tsx";
import { describeError } from "@/app/_lib/describe-error.ts";
import { usePoll } from "@/app/_lib/poll-queries.ts";

/** The query parameter a receipt link carries its nullifier in. */
export const RECEIPT_PARAMETER = "receipt";

type Check =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "counted"; ballot: CountedBallot }
  | { status: "absent"; blockNumber: bigint }
  | { status: "failed"; message: string };

export function ReceiptCheck({ pollId }: { pollId: bigint }) {
  const { results } = useMessages();
  const t = results.receipt;
  const { rpcUrl } = useAppConfig();
  const connection = useBallotboxConnection();
  const poll = usePoll(pollId);
  const [text, setText] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [check, setCheck] = useState<Check>({ status: "idle" });
  const linkRead = useRef(false);
  const titleId = useId();

  const reading = readNullifier(text);
  const error = !attempted || reading.ok ? undefined : t.invalid[reading.reason];
  const createdBlock = poll.data?.createdBlock;

  const run = useCallback(
    async (nullifierText: string, fromBlock: bigint): Promise<void> => {
      const nullifier = readNullifier(nullifierText);
      if (!nullifier.ok) return;
      setCheck({ status: "checking" });
      try {
        const toBlock = await connection.client.getBlockNumber();
        const ballot = await findCountedBallot(connection, pollId, nullifier.nullifier, { fromBlock, toBlock });
        setCheck(ballot === null ? { status: "absent", blockNumber: toBlock } : { status: "counted", ballot });
      } catch (failure) {
        setCheck({ status: "failed", message: describeError(failure, rpcUrl) });
      }
    },
    [connection, pollId, rpcUrl],
  );

  // A receipt link: fill the box in, and check once the poll's first block is known.
  useEffect(() => {
    if (createdBlock === undefined || linkRead.current) return;
    linkRead.current = true;
    const linked = new URLSearchParams(window.location.search).get(RECEIPT_PARAMETER);
    if (linked === null) return;
    setText(linked);
    setAttempted(true);
    void run(linked, createdBlock);
  }, [createdBlock, run]);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (createdBlock !== undefined) void run(text, createdBlock);
  }

  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-3">
      <h2 id={titleId} className="text-lg font-semibold">
        {t.title}
      </h2>
      <form noValidate onSubmit={submit} className="flex flex-col gap-3">
        <Field label={t.label} hint={t.hint} error={error}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setCheck({ status: "idle" });
              }}
              className={`${inputClass(error !== undefined)} font-mono text-sm`}
            />
          )}
        </Field>
        <div>
          <Button type="submit" variant="secondary" busy={check.status === "checking"}>
            {t.button}
          </Button>
        </div>
      </form>
      {check.status === "counted" && (
        <Notice tone="success" title={t.counted}>
          <p>
            {t.where(check.ballot.blockNumber.toLocaleString("en-US"))} <Mono>{check.ballot.transactionHash}</Mono>
          </p>
        </Notice>
      )}
      {check.status === "absent" && (
        <Notice tone="warning">{t.absent(check.blockNumber.toLocaleString("en-US"))}</Notice>
      )}
      {check.status === "failed" && <Notice tone="error">{check.message}</Notice>}
    </Card>
  );
}
