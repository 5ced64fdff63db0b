"use client";
import { useTranslations } from "next-intl";
import type { TransactionState } from "../_lib/use-contract-transaction.ts";
import { Mono, Notice, Spinner } from "./ui.tsx";

/** A transaction's progress in words; `done` says what succeeded. */
export function TransactionStatus({ state, done }: { state: TransactionState; done?: string }) {
  const transaction = useTranslations("common.transaction");
  switch (state.status) {
    case "idle":
      return null;
    case "confirm":
    case "pending":
      return (
        <Notice tone="info">
          <span className="flex items-center gap-2">
            <Spinner />
            {state.status === "confirm" ? transaction("confirm") : transaction("pending")}
          </span>
          {state.status === "pending" && <Mono>{state.hash}</Mono>}
        </Notice>
      );
    case "success":
      return (
        <Notice tone="success" title={done ?? transaction("done")}>
          <Mono>{state.receipt.transactionHash}</Mono>
        </Notice>
      );
    case "error":
      return <Notice tone="error">{state.message}</Notice>;
  }
}
