/** Parsers for flag values: each throws a CliError that says what is wrong with the value. */
import { InvalidArgumentError } from "commander";

/** A positive integer id (poll ids start at 1). */
export function parseId(value: string): bigint {
  if (!/^\d+$/.test(value) || BigInt(value) < 1n) throw new InvalidArgumentError("must be a whole number from 1 up.");
  return BigInt(value);
}

/** A non-negative integer (block numbers, counts). */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("must be a whole number.");
  return Number(value);
}

export function parseBlock(value: string): bigint {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("must be a block number.");
  return BigInt(value);
}

/** An http(s) URL, such as a relayer's ("http://127.0.0.1:8787"). */
export function parseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('must be a URL such as "http://127.0.0.1:8787".');
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InvalidArgumentError("must be an http(s) URL.");
  return value;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * A point in time as unix seconds: an ISO 8601 date ("2026-12-01T09:00Z"), unix seconds, or a
 * delay from `now` such as "+90s", "+10m", "+2h", "+7d".
 */
export function parseTime(value: string, now: number): number {
  const relative = /^\+(\d+)([smhd])$/.exec(value);
  if (relative !== null) return now + Number(relative[1]) * (UNIT_SECONDS[relative[2] ?? "s"] ?? 1);
  if (/^\d+$/.test(value)) return Number(value);
  const millis = Date.parse(value);
  if (Number.isNaN(millis)) {
    throw new InvalidArgumentError('must be a date ("2026-12-01T09:00Z"), unix seconds, or a delay like "+10m".');
  }
  return Math.floor(millis / 1000);
}

/** A duration in seconds: "90s", "10m", "2h", "7d". */
export function parseDuration(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value);
  if (match === null) throw new InvalidArgumentError('must be a duration like "90s", "10m", "2h" or "7d".');
  return Number(match[1]) * (UNIT_SECONDS[match[2] ?? "s"] ?? 1);
}

/** Option numbers as a person writes them (1-based, comma-separated) → 0-based indexes. */
export function parseChoice(value: string): number[] {
  const parts = value.split(",").map((part) => part.trim());
  if (parts.some((part) => !/^\d+$/.test(part) || Number(part) < 1)) {
    throw new InvalidArgumentError('must be option numbers from 1, separated by commas (e.g. "2" or "1,3").');
  }
  return parts.map((part) => Number(part) - 1);
}
