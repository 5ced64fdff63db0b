"use client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { ProverFailure } from "@/lib/voting/prover-error.ts";

/** Why a proof could not be made, in the reader's language. */
export function useProverFailure(): (failure: ProverFailure) => string {
  const t = useTranslations("vote.proverFailure");
  return useCallback(
    (failure: ProverFailure) => {
      switch (failure.kind) {
        case "download":
          return t("download", { status: String(failure.status) });
        case "unknown":
          return t("unknown", { detail: failure.detail });
        default:
          return t(failure.kind);
      }
    },
    [t],
  );
}
