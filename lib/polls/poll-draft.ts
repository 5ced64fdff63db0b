/**
 * A poll before it is created: the rules the contract enforces (and a few it leaves to the app, like
 * lengths and distinct labels), checked field by field with a sentence for each problem, so a form
 * can show them as the organizer types.
 */
import { z } from "zod";
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

export type PollDraftErrors = Partial<
  Record<"question" | "options" | "ballotType" | "startTime" | "endTime", string>
> & {
  /** A problem of one option, by its index. */
  option?: Record<number, string>;
};

const optionLabel = z
  .string()
  .trim()
  .min(1, "Write this option or remove it.")
  .max(MAX_OPTION_LENGTH, `Keep an option under ${MAX_OPTION_LENGTH} characters.`);

const draftSchema = z.object({
  question: z
    .string()
    .trim()
    .min(1, "Write the question voters will answer.")
    .max(MAX_QUESTION_LENGTH, `Keep the question under ${MAX_QUESTION_LENGTH} characters.`),
  options: z
    .array(optionLabel)
    .min(MIN_OPTIONS, `A poll needs at least ${MIN_OPTIONS} options.`)
    .max(MAX_OPTIONS, `A poll has at most ${MAX_OPTIONS} options.`),
  ballotType: z.enum(BALLOT_TYPES, "Choose single choice or approval."),
});

/** The draft's problems at `nowSeconds`; an empty object when it can be created. */
export function validatePollDraft(draft: PollDraft, nowSeconds: number): PollDraftErrors {
  const errors: PollDraftErrors = {};
  const parsed = draftSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, index] = issue.path;
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
      errors.option = { ...errors.option, [index]: "Another option has the same label." };
    }
  });
  if (!Number.isFinite(draft.startTime)) errors.startTime = "Choose when voting opens.";
  else if (draft.startTime < nowSeconds + MIN_LEAD_SECONDS) {
    errors.startTime = `Voting must open at least ${MIN_LEAD_SECONDS} seconds from now: voters register until then.`;
  }
  if (!Number.isFinite(draft.endTime)) errors.endTime = "Choose when voting closes.";
  else if (Number.isFinite(draft.startTime) && draft.endTime < draft.startTime + MIN_VOTING_SECONDS) {
    errors.endTime = "Voting must stay open at least a minute after it opens.";
  }
  return errors;
}

export function hasErrors(errors: PollDraftErrors): boolean {
  return Object.keys(errors).length > 0;
}
