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

/** A chain timestamp (seconds) in the reader's locale and time zone. */
export function formatTime(seconds: bigint): string {
  return new Date(Number(seconds) * 1000).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Parses a poll id from a URL segment: a positive integer, or undefined. */
export function parsePollId(segment: string): bigint | undefined {
  return /^[1-9][0-9]{0,30}$/.test(segment) ? BigInt(segment) : undefined;
}
