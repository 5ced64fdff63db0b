/** The reader's time zone and poll ids from URLs; everything worded goes through app/_i18n/use-formats.ts. */

/** The reader's time zone, as the create form's times are read in: "Europe/Paris (GMT+1)". */
export function readerTimeZone(at: Date = new Date()): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offset = new Intl.DateTimeFormat("en-US", { timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  return offset === undefined || offset === zone ? zone : `${zone} (${offset})`;
}

/** Parses a poll id from a URL segment: a positive integer, or undefined. */
export function parsePollId(segment: string): bigint | undefined {
  return /^[1-9][0-9]{0,30}$/.test(segment) ? BigInt(segment) : undefined;
}
