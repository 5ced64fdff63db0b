/** How times and durations read on screen. */

/** A duration in words: "3 d 4 h", "5 h 2 min", "4 min 10 s", "12 s". */
export function formatDuration(totalSeconds: bigint | number): string {
  const seconds = Math.max(0, Number(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const rest = Math.floor(seconds % 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${rest} s`;
  return `${rest} s`;
}

/** Dates and times in the reader's locale and time zone, which the text names (e.g. "CET", "GMT+2"). */
const timeFormat = new Intl.DateTimeFormat(undefined, {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
});

/** A chain timestamp (seconds) in the reader's locale and time zone, with the zone's name. */
export function formatTime(seconds: bigint): string {
  return timeFormat.format(new Date(Number(seconds) * 1000));
}

/** The reader's time zone, as the create form's times are read in: "Europe/Paris (GMT+1)". */
export function readerTimeZone(at: Date = new Date()): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offset = new Intl.DateTimeFormat("en-US", { timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  return offset === undefined || offset === zone ? zone : `${zone} (${offset})`;
}

const percentFormat = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 });

/** A share as a whole percentage, rounded the one way everywhere: 2 of 3 → "67%". */
export function formatShare(part: number | bigint, whole: number | bigint): string {
  return Number(whole) === 0 ? "–" : percentFormat.format(Number(part) / Number(whole));
}

/** Parses a poll id from a URL segment: a positive integer, or undefined. */
export function parsePollId(segment: string): bigint | undefined {
  return /^[1-9][0-9]{0,30}$/.test(segment) ? BigInt(segment) : undefined;
}
