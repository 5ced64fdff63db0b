/**
 * A poll before it is created: the rules the contract enforces (and a few it leaves to the app, like
 * lengths and distinct labels), checked field by field with a code for each problem, so a form
 * can word them, in the organizer's language, as they type (app/_i18n/<locale>/create.ts "problems").
 */
import { z } from "zod";
import type { SealedDraftErrors } from "./sealed-draft.ts";
import { BALLOT_TYPES, MAX_OPTIONS, MIN_OPTIONS, type BallotType } from "../ballots/ballot.ts";

export const MAX_QUESTION_LENGTH = 500;
export const MAX_OPTION_LENGTH = 120;
/** Voting opens at least this long after the form is sent, so the creation is mined before it. */
export const MIN_LEAD_SECONDS = 30;
/** The shortest voting window. */
export const MIN_VOTING_SECONDS = 60;

export interface PollDraft {
  question: string;
  options: string[];
  ballotType: BallotType;
  /** Unix seconds; NaN when the field is empty or unreadable. */
  startTime: number;
  endTime: number;
}

/** Every problem a draft can have; the limits above are what the sentences for them quote. */
export const POLL_DRAFT_PROBLEMS = [
  "questionEmpty",
  "questionTooLong",
  "optionEmpty",
  "optionTooLong",
  "optionRepeated",
  "tooFewOptions",
  "tooManyOptions",
  "ballotTypeUnknown",
  "startMissing",
  "startTooSoon",
  "endMissing",
  "endTooSoon",
] as const;
export type PollDraftProblem = (typeof POLL_DRAFT_PROBLEMS)[number];

export type PollDraftErrors = Partial<
  Record<"question" | "options" | "ballotType" | "startTime" | "endTime", PollDraftProblem>
> & {
  /** A problem of one option, by its index. */
  option?: Record<number, PollDraftProblem>;
};

const isProblem = (message: string): message is PollDraftProblem =>
  (POLL_DRAFT_PROBLEMS as readonly string[]).includes(message);

const optionLabel = z
  .string()
  .trim()
  .min(1, "optionEmpty" satisfies PollDraftProblem)
  .max(MAX_OPTION_LENGTH, "optionTooLong" satisfies PollDraftProblem);

const draftSchema = z.object({
  question: z
    .string()
    .trim()
    .min(1, "questionEmpty" satisfies PollDraftProblem)
    .max(MAX_QUESTION_LENGTH, "questionTooLong" satisfies PollDraftProblem),
  options: z
    .array(optionLabel)
    .min(MIN_OPTIONS, "tooFewOptions" satisfies PollDraftProblem)
    .max(MAX_OPTIONS, "tooManyOptions" satisfies PollDraftProblem),
  ballotType: z.enum(BALLOT_TYPES, "ballotTypeUnknown" satisfies PollDraftProblem),
});

/** The draft's problems at `nowSeconds`; an empty object when it can be created. */
export function validatePollDraft(draft: PollDraft, nowSeconds: number): PollDraftErrors {
  const errors: PollDraftErrors = {};
  const parsed = draftSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, index] = issue.path;
      // Every message of the schema is a problem code (set above); zod's own would be a bug here.
      if (!isProblem(issue.message)) throw new Error(`Unexpected draft check: ${issue.message}`);
      if (field === "options" && typeof index === "number") {
        errors.option = { ...errors.option, [index]: issue.message };
      } else if (field === "question" || field === "options" || field === "ballotType") {
        errors[field] ??= issue.message;
      }
    }
  }
  const labels = draft.options.map((option) => option.trim().toLowerCase());
  labels.forEach((label, index) => {
    if (label !== "" && labels.indexOf(label) !== index) {
      errors.option = { ...errors.option, [index]: "optionRepeated" };
    }
  });
  if (!Number.isFinite(draft.startTime)) errors.startTime = "startMissing";
  else if (draft.startTime < nowSeconds + MIN_LEAD_SECONDS) errors.startTime = "startTooSoon";
  if (!Number.isFinite(draft.endTime)) errors.endTime = "endMissing";
  else if (Number.isFinite(draft.startTime) && draft.endTime < draft.startTime + MIN_VOTING_SECONDS) {
    errors.endTime = "endTooSoon";
  }
  return errors;
}

/** Whether a draft's errors (this module's, or lib/polls/sealed-draft.ts') name any problem. */
export function hasErrors(errors: PollDraftErrors | SealedDraftErrors): boolean {
  return Object.keys(errors).length > 0;
}
