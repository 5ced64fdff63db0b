"use client";
import { useTranslations } from "next-intl";
import { pollPhase } from "@/lib/chain/phase.ts";
import { useFormats } from "../_i18n/use-formats.ts";

/** "Opens in 3 hours", "Closes in 5 minutes" or "Closed 2 days ago", for a poll's window at `now` (seconds). */
export function useTimeLeft(): (poll: { startTime: bigint; endTime: bigint }, now: bigint) => string {
  const t = useTranslations("common.timeLeft");
  const { relative } = useFormats();
  return (poll, now) => {
    switch (pollPhase(poll, now)) {
      case "registration":
        return t("opensIn", { relative: relative(poll.startTime, now) });
      case "voting":
        return t("closesIn", { relative: relative(poll.endTime, now) });
      case "closed":
        return t("closedAgo", { relative: relative(poll.endTime, now) });
    }
  };
}
