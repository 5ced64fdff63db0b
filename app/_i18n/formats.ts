/**
 * The named formats messages and components use, the same in every language (Intl words them):
 *   {when, date, moment}  a chain time with its zone named: "3 Dec 2026, 14:05 CET", "2026年12月3日 14:05 [GMT+8]"
 */
import type { Formats } from "next-intl";

export const FORMATS = {
  dateTime: {
    moment: {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    },
  },
  number: {
    share: { style: "percent", maximumFractionDigits: 0 },
    megabytes: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
    seconds: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  },
} as const satisfies Formats;
