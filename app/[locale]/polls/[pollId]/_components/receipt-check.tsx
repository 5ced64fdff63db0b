"use client";
/**
 * "Check a receipt": anyone with a ballot's nullifier (the receipt a voter keeps) can see whether and
 * where it was counted. The lookup is the booth's (useCountedBallot): the poll's ballot events
 * are read whole and matched in this page, so the node never learns which nullifier was asked about.
 * A link to `?receipt=<nullifier>` on the results or recount page fills the box in and checks at once.
 */
import { useEffect, useId, useState, type SubmitEvent } from "react";
import { Button, Card, Field, Mono, Notice, inputClass } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { useCountedBallot } from "@/app/_lib/ballot-queries.ts";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { usePoll } from "@/app/_lib/poll-queries.ts";
import { useBallotLog } from "@/app/_lib/sealed-queries.ts";
import { readNullifier } from "./read-nullifier.ts";

/** The query parameter a receipt link carries its nullifier in. */
export const RECEIPT_PARAMETER = "receipt";

export function ReceiptCheck({ pollId }: { pollId: bigint }) {
  const t = useTranslations("results.receipt");
  const describeError = useDescribeError();
  const { count } = useFormats();
  const poll = usePoll(pollId);
  const [text, setText] = useState("");
  const [attempted, setAttempted] = useState(false);
  /** The nullifier asked about; the lookup runs for it. */
  const [asked, setAsked] = useState<bigint>();
  const ballotLog = useBallotLog(poll.data?.secrecy);
  const ballot = useCountedBallot(ballotLog, pollId, asked, poll.data?.createdBlock, false);
  const titleId = useId();

  const reading = readNullifier(text);
  const error = !attempted || reading.ok ? undefined : t(`invalid.${reading.reason}`);

  // A receipt link: fill the box in and check it.
  useEffect(() => {
    const linked = new URLSearchParams(window.location.search).get(RECEIPT_PARAMETER);
    if (linked === null) return;
    setText(linked);
    setAttempted(true);
    const fromLink = readNullifier(linked);
    if (fromLink.ok) setAsked(fromLink.nullifier);
  }, []);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (!reading.ok) return;
    if (reading.nullifier === asked) void ballot.refetch();
    else setAsked(reading.nullifier);
  }

  const checking = asked !== undefined && ballot.isFetching;
  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-3">
      <h2 id={titleId} className="text-lg font-semibold">
        {t("title")}
      </h2>
      <form noValidate onSubmit={submit} className="flex flex-col gap-3">
        <Field label={t("label")} hint={t("hint")} error={error}>
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
                setAsked(undefined);
              }}
              className={`${inputClass(error !== undefined)} font-mono text-sm`}
            />
          )}
        </Field>
        <div>
          <Button type="submit" variant="secondary" busy={checking}>
            {t("button")}
          </Button>
        </div>
      </form>
      {asked !== undefined &&
        !checking &&
        ballot.data !== undefined &&
        (ballot.data === null ? (
          <Notice tone="warning">{t("absent")}</Notice>
        ) : (
          <Notice tone="success" title={t("counted")}>
            <p>
              {t("where", { block: count(ballot.data.blockNumber) })} <Mono>{ballot.data.transactionHash}</Mono>
            </p>
          </Notice>
        ))}
      {asked !== undefined && ballot.isError && <Notice tone="error">{describeError(ballot.error)}</Notice>}
    </Card>
  );
}
