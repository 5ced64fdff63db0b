"use client";
/** The wallet allowlist: each listed wallet can put one identity on the roll, signing with that wallet. */
import { useDeferredValue, useId, useMemo, useRef, useState } from "react";
import { zeroHash, type Address, type Hex } from "viem";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { AddressTree } from "@/lib/registration/address-tree.ts";
import { parseAddressesCsv } from "@/lib/registration/csv.ts";
import { TransactionStatus } from "@/app/_components/transaction-status.tsx";
import { Button, Card, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useContractTransaction } from "@/app/_lib/use-contract-transaction.ts";
import { CSV, columnCsv, downloadText } from "@/app/_lib/download.ts";
import { ListInput, readList } from "./list-input.tsx";
import { usePollRoots } from "./poll-roots.ts";

export function Allowlist({ poll }: { poll: PollOnChain }) {
  const m = useTranslations("manage");
  const { allowlistRoot } = usePollRoots(poll);
  const { state, send, reset } = useContractTransaction();
  const [text, setText] = useState("");
  const deferredText = useDeferredValue(text);
  const reading = useMemo(() => readList(deferredText, parseAddressesCsv), [deferredText]);
  const root = useMemo(() => (reading.status === "ok" ? new AddressTree(reading.value).root : undefined), [reading]);
  const [lastAction, setLastAction] = useState<"set" | "remove">();
  /** The list last set on chain from this page, offered for download. */
  const [setList, setSetList] = useState<Address[]>();
  const [message, setMessage] = useState<string>();
  const problemsRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  const sending = state.status === "confirm" || state.status === "pending";
  const allowlistSet = BigInt(allowlistRoot) !== 0n;
  const matches = root !== undefined && BigInt(root) === BigInt(allowlistRoot);

  function edit(next: string) {
    setText(next);
    setMessage(undefined);
    if (!sending) reset();
  }

  async function setRoot(newRoot: Hex, action: "set" | "remove", list?: Address[]) {
    setLastAction(action);
    const receipt = await send({ functionName: "setAllowlistRoot", args: [poll.pollId, newRoot] });
    if (receipt === undefined) return;
    setSetList(list);
  }

  async function submit() {
    setMessage(undefined);
    const current = readList(text, parseAddressesCsv);
    if (current.status === "empty") {
      setMessage(m("allowlist.empty"));
      return;
    }
    if (current.status === "invalid") {
      problemsRef.current?.focus();
      return;
    }
    await setRoot(new AddressTree(current.value).root, "set", current.value);
  }

  function download(addresses: readonly Address[]) {
    downloadText(`poll-${poll.pollId.toString()}-allowlist.csv`, columnCsv("address", addresses), CSV);
  }

  // The file to share: the list just set, or the typed list when it is the one on chain.
  const shareable = setList ?? (matches && reading.status === "ok" ? reading.value : undefined);

  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 id={titleId} className="text-lg font-semibold">
          {m("allowlist.title")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{m("allowlist.intro")}</p>
      </header>

      <Notice tone={allowlistSet ? "success" : "info"}>
        {allowlistSet ? m("allowlist.statusSet") : m("allowlist.statusNone")} {matches && m("allowlist.matches")}
      </Notice>

      <ListInput
        label={m("allowlist.label")}
        column="address"
        fileLabel={m("allowlist.file")}
        clearLabel={m("csv.clearList", { list: "addresses" })}
        placeholder={m("allowlist.placeholder")}
        value={text}
        onChange={edit}
        problems={reading.status === "invalid" ? reading.problems : undefined}
        problemsRef={problemsRef}
        disabled={sending}
      />
      {reading.status === "ok" && (
        <p role="status" className="text-sm font-medium">
          {m("allowlist.summary", { value: reading.value.length })}
        </p>
      )}
      {!matches && <p className="text-sm text-slate-600 dark:text-slate-300">{m("allowlist.replaceWarning")}</p>}

      <div className="flex flex-wrap items-center gap-3">
        <Button busy={sending && lastAction === "set"} disabled={sending} onClick={() => void submit()}>
          {m("allowlist.set")}
        </Button>
      </div>
      {message !== undefined && <Notice tone="error">{message}</Notice>}

      <TransactionStatus
        state={state}
        done={
          lastAction === "remove"
            ? m("allowlist.removed")
            : m("allowlist.done", { value: setList?.length ?? (reading.status === "ok" ? reading.value.length : 0) })
        }
      />

      {shareable !== undefined && (
        <div className="flex flex-col items-start gap-2">
          <Button
            variant="secondary"
            onClick={() => {
              download(shareable);
            }}
          >
            {m("allowlist.download")}
          </Button>
          <p className="text-sm text-slate-600 dark:text-slate-300">{m("allowlist.share")}</p>
        </div>
      )}

      {allowlistSet && (
        <div className="flex flex-col items-start gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button
            variant="secondary"
            busy={sending && lastAction === "remove"}
            disabled={sending}
            onClick={() => void setRoot(zeroHash, "remove")}
          >
            {m("allowlist.remove")}
          </Button>
          <p className="text-sm text-slate-600 dark:text-slate-300">{m("allowlist.removeHint")}</p>
        </div>
      )}
    </Card>
  );
}
