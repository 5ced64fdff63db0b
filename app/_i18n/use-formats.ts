"use client";
/**
 * How chain times, durations and shares read in the reader's language: the one place components get
 * them from. Times are chain timestamps (seconds) shown in the reader's zone with the zone named;
 * durations keep their two largest units; shares round the one way everywhere (2 of 3 → 67%).
 */
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";

const secondsToDate = (seconds: bigint | number) => new Date(Number(seconds) * 1000);

export function useFormats() {
  const format = useFormatter();
  const words = useTranslations("common.duration");
  return useMemo(
    () => ({
      /** A chain time: "3 Dec 2026, 14:05 CET". */
      moment: (seconds: bigint) => format.dateTime(secondsToDate(seconds), "moment"),
      /** From `now` to `at` (both chain seconds) in words: "in 3 hours", "2 days ago". */
      relative: (at: bigint, now: bigint) => format.relativeTime(secondsToDate(at), secondsToDate(now)),
      /** A length of time: "3 d 4 h", "5 h 2 min", "4 min 10 s", "12 s". */
      duration: (totalSeconds: bigint | number) => {
        const seconds = Math.max(0, Math.floor(Number(totalSeconds)));
        const days = Math.floor(seconds / 86_400);
        const hours = Math.floor((seconds % 86_400) / 3_600);
        const minutes = Math.floor((seconds % 3_600) / 60);
        if (days > 0) return words("daysHours", { days, hours });
        if (hours > 0) return words("hoursMinutes", { hours, minutes });
        if (minutes > 0) return words("minutesSeconds", { minutes, seconds: seconds % 60 });
        return words("seconds", { seconds });
      },
      /** `part` of `whole` as a whole percentage, or "–" of nothing. */
      share: (part: number | bigint, whole: number | bigint) =>
        Number(whole) === 0 ? "–" : format.number(Number(part) / Number(whole), "share"),
      /** A plain number with the reader's grouping: "12,345", "12.345". */
      count: (value: number | bigint) => format.number(value),
      /** Items joined as the language joins them: "1, 2 and 3", "1、2和3". */
      list: (items: readonly (number | string)[]) => format.list(items.map(String), { type: "conjunction" }),
    }),
    [format, words],
  );
}
