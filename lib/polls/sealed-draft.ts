/**
 * A sealed poll's settings before it is created: its trustees, how many of them must decrypt, and the
 * key ceremony's deadlines. The rules are TrusteeCeremony.openCeremony's (and the option bound of
 * lib/sealed/limits.ts), checked here field by field with a code for each problem, so the create form
 * words them in the organizer's language and the CLI in its own, from one set of rules.
 */
import { getAddress, isAddress, type Address } from "viem";
import { MAX_SEALED_OPTIONS, MAX_TRUSTEES } from "../sealed/limits.ts";

/** Unix seconds by which each of the ceremony's steps must be done (TrusteeCeremony's four deadlines). */
export interface CeremonyDeadlines {
  keysBy: number;
  dealsBy: number;
  complaintsBy: number;
  revealsBy: number;
}
export const CEREMONY_STEPS = ["keysBy", "dealsBy", "complaintsBy", "revealsBy"] as const;

export interface SealedDraft {
  /** As typed: checked to be distinct addresses. */
  trustees: string[];
  threshold: number;
  /** NaN where a field is empty or unreadable. */
  deadlines: CeremonyDeadlines;
}

export const SEALED_DRAFT_PROBLEMS = [
  "trusteesMissing",
  "tooManyTrustees",
  "trusteeInvalid",
  "trusteeRepeated",
  "thresholdOutOfRange",
  "deadlineMissing",
  "deadlinesOutOfOrder",
  "tooManySealedOptions",
] as const;
export type SealedDraftProblem = (typeof SEALED_DRAFT_PROBLEMS)[number];

export type SealedDraftErrors = Partial<
  Record<"trustees" | "threshold" | "deadlines" | "options", SealedDraftProblem>
> & {
  /** A problem of one trustee's address, by its index. */
  trustee?: Record<number, SealedDraftProblem>;
};

/**
 * The ceremony's deadlines when the organizer sets none: the four steps share the time until voting
 * opens equally, leaving the last fifth for anyone to fix the poll key before it does.
 */
export function defaultCeremonyDeadlines(nowSeconds: number, startTime: number): CeremonyDeadlines {
  const at = (fifth: number) => nowSeconds + Math.floor(((startTime - nowSeconds) * fifth) / 5);
  return { keysBy: at(1), dealsBy: at(2), complaintsBy: at(3), revealsBy: at(4) };
}

/** The majority of n: the threshold a poll gets unless its organizer chooses another. */
export const defaultThreshold = (trusteeCount: number): number => Math.floor(trusteeCount / 2) + 1;

/** The draft's problems for a poll of `optionCount` options opening at `startTime`; empty when it can be created. */
export function validateSealedDraft(
  draft: SealedDraft,
  { nowSeconds, startTime, optionCount }: { nowSeconds: number; startTime: number; optionCount: number },
): SealedDraftErrors {
  const errors: SealedDraftErrors = {};
  if (optionCount > MAX_SEALED_OPTIONS) errors.options = "tooManySealedOptions";
  const count = draft.trustees.length;
  if (count === 0) errors.trustees = "trusteesMissing";
  else if (count > MAX_TRUSTEES) errors.trustees = "tooManyTrustees";
  const seen = new Set<string>();
  draft.trustees.forEach((typed, index) => {
    const text = typed.trim();
    const problem: SealedDraftProblem | undefined = !isAddress(text, { strict: false })
      ? "trusteeInvalid"
      : BigInt(text) === 0n
        ? "trusteeInvalid"
        : seen.has(text.toLowerCase())
          ? "trusteeRepeated"
          : undefined;
    seen.add(text.toLowerCase());
    if (problem !== undefined) errors.trustee = { ...errors.trustee, [index]: problem };
  });
  if (!Number.isInteger(draft.threshold) || draft.threshold < 1 || draft.threshold > Math.max(count, 1)) {
    errors.threshold = "thresholdOutOfRange";
  }
  const times = CEREMONY_STEPS.map((step) => draft.deadlines[step]);
  if (times.some((time) => !Number.isFinite(time))) errors.deadlines = "deadlineMissing";
  else if (![nowSeconds, ...times].every((time, index, all) => index === 0 || (all[index - 1] ?? 0) < time)) {
    errors.deadlines = "deadlinesOutOfOrder";
  } else if (Number.isFinite(startTime) && draft.deadlines.revealsBy > startTime) {
    errors.deadlines = "deadlinesOutOfOrder";
  }
  return errors;
}

/** The trustees as the contract takes them (checksummed), for a draft without problems. */
export function trusteeAddresses(draft: SealedDraft): Address[] {
  return draft.trustees.map((trustee) => getAddress(trustee.trim()));
}
