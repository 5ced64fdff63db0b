"use client";
/**
 * Adding voters by identity commitment: pasted or from a CSV file, in transactions of up to 200.
 * Commitments repeated in the list, or already on the roll (read again just before sending), are
 * skipped and counted: Semaphore refuses a whole batch for one leaf it already has.
 */
import { useDeferredValue, useId, useMemo, useRef, useState } from "react";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { parseCommitmentsSkippingRepeats } from "@/lib/registration/csv.ts";
import { TransactionStatus } from "@/app/_components/transaction-status.tsx";
import { Button, Card, Mono, Notice, ProgressBar } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { useRoll } from "@/app/_lib/poll-queries.ts";
import { useContractTransaction } from "@/app/_lib/use-contract-transaction.ts";
import { ListInput, readList } from "./list-input.tsx";
import { splitNewVoters } from "./new-voters.ts";

/** Commitments per addVoters transaction: well under a block's gas limit (about 47k gas each). */
const VOTERS_PER_TRANSACTION = 200;
/** How many skipped commitments are spelled out. */
const SHOWN_SKIPPED = 10;

interface Progress {
  transaction: number;
  transactions: number;
  added: number;
  total: number;
}

type Outcome = { tone: "info" | "warning" | "error"; text: string };

export function AddVoters({ poll }: { poll: PollOnChain }) {
  const m = useTranslations("manage");
  const describeError = useDescribeError();
  const roll = useRoll(poll);
  const { state, send, reset } = useContractTransaction();
  const [text, setText] = useState("");
  const deferredText = useDeferredValue(text);
  const reading = useMemo(() => readList(deferredText, parseCommitmentsSkippingRepeats), [deferredText]);
  const [sending, setSending] = useState(false);
  const [progress, setProgress] = useState<Progress>();
  const [outcome, setOutcome] = useState<Outcome>();
  const problemsRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  const split = useMemo(() => {
    if (reading.status !== "ok" || roll.data === undefined) return undefined;
    return splitNewVoters(reading.value, roll.data.members);
  }, [reading, roll.data]);

  function edit(next: string) {
    setText(next);
    if (!sending) {
      setOutcome(undefined);
      setProgress(undefined);
      reset();
    }
  }

  async function addVoters() {
    setOutcome(undefined);
    setProgress(undefined);
    reset();
    // Read the text as it is now, not as last rendered: the deferred reading may lag a keystroke.
    const current = readList(text, parseCommitmentsSkippingRepeats);
    if (current.status === "empty") {
      setOutcome({ tone: "error", text: m("add.empty") });
      return;
    }
    if (current.status === "invalid") {
      problemsRef.current?.focus();
      return;
    }
    // The roll as it is now, not as last read: another tab or organizer may have added voters since.
    const latest = await roll.refetch();
    if (latest.data === undefined) {
      setOutcome({ tone: "error", text: m("add.rollLoading") });
      return;
    }
    const { fresh, alreadyOnRoll, repeated } = splitNewVoters(current.value, latest.data.members);
    const skipped = m("add.skipped", { alreadyOnRoll: alreadyOnRoll.length, repeated, added: fresh.length });
    if (fresh.length === 0) {
      setOutcome({ tone: "info", text: `${m("add.nothingNew")} ${skipped}` });
      return;
    }
    const transactions = Math.ceil(fresh.length / VOTERS_PER_TRANSACTION);
    setSending(true);
    let added = 0;
    try {
      for (let transaction = 1; transaction <= transactions; transaction++) {
        setProgress({ transaction, transactions, added, total: fresh.length });
        const chunk = fresh.slice(added, added + VOTERS_PER_TRANSACTION);
        const receipt = await send({ functionName: "addVoters", args: [poll.pollId, chunk] });
        if (receipt === undefined) break;
        added += chunk.length;
        setProgress({ transaction, transactions, added, total: fresh.length });
      }
      if (added === fresh.length) {
        setText("");
        setOutcome({ tone: "info", text: m("add.skipped", { alreadyOnRoll: alreadyOnRoll.length, repeated, added }) });
      } else if (added > 0) setOutcome({ tone: "warning", text: m("add.partial", { added, total: fresh.length }) });
    } finally {
      setSending(false);
    }
  }

  const doneText =
    progress === undefined
      ? undefined
      : progress.transaction === progress.transactions
        ? m("add.done", { value: progress.total })
        : m("add.chunkDone", {
            index: progress.transaction,
            total: progress.transactions,
            from: (progress.transaction - 1) * VOTERS_PER_TRANSACTION + 1,
            to: progress.added,
          });

  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 id={titleId} className="text-lg font-semibold">
          {m("add.title")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{m("add.intro")}</p>
      </header>

      <ListInput
        label={m("add.label")}
        column="commitment"
        fileLabel={m("add.file")}
        clearLabel={m("csv.clearList", { list: "commitments" })}
        placeholder={m("add.placeholder")}
        value={text}
        onChange={edit}
        problems={reading.status === "invalid" ? reading.problems : undefined}
        problemsRef={problemsRef}
        disabled={sending}
      />

      {roll.isError && <Notice tone="error">{describeError(roll.error)}</Notice>}
      {!sending && reading.status === "ok" && split !== undefined && (
        <div role="status" className="flex flex-col gap-2 text-sm">
          <p className="font-medium">
            {m("add.summary", {
              found: split.fresh.length + split.alreadyOnRoll.length + split.repeated,
              fresh: split.fresh.length,
            })}{" "}
            {split.fresh.length > 0 &&
              m("add.plan", {
                voters: split.fresh.length,
                transactions: Math.ceil(split.fresh.length / VOTERS_PER_TRANSACTION),
              })}
          </p>
          {split.repeated > 0 && (
            <p className="text-slate-600 dark:text-slate-300">{m("add.repeated", { value: split.repeated })}</p>
          )}
          {split.alreadyOnRoll.length > 0 && (
            <div className="text-slate-600 dark:text-slate-300">
              <p>{m("add.alreadyOnRoll", { value: split.alreadyOnRoll.length })}</p>
              <ul className="mt-1 flex flex-col gap-0.5">
                {split.alreadyOnRoll.slice(0, SHOWN_SKIPPED).map((commitment) => (
                  <li key={commitment.toString()}>
                    <Mono>{commitment.toString()}</Mono>
                  </li>
                ))}
              </ul>
              {split.alreadyOnRoll.length > SHOWN_SKIPPED && (
                <p>{m("csv.andMore", { value: split.alreadyOnRoll.length - SHOWN_SKIPPED })}</p>
              )}
            </div>
          )}
        </div>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <Button busy={sending} onClick={() => void addVoters()}>
          {m("add.button")}
        </Button>
      </div>

      {progress !== undefined && progress.transactions > 1 && (
        <div className="flex flex-col gap-1.5">
          <p className="text-sm font-medium">
            {m("add.transaction", { index: progress.transaction, total: progress.transactions })} ·{" "}
            {m("add.progress", { added: progress.added, total: progress.total })}
          </p>
          <ProgressBar
            value={progress.added / progress.total}
            label={m("add.progress", { added: progress.added, total: progress.total })}
          />
        </div>
      )}
      <TransactionStatus state={state} done={doneText} />
      {outcome !== undefined && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
    </Card>
  );
}
