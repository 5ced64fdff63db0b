/**
 * Taking in a ballot or a registration: parse it with the protocol's schema, recognise a resubmission,
 * check it against the chain, journal it. Idempotent: the same ballot (byte for byte the same parsed
 * request) sent again, say by a voter whose first answer was lost, gets the receipt it already has
 * instead of a refusal; a different ballot with the same nullifier (or another use of the same invite)
 * is refused.
 */
import type { z } from "zod";
import {
  ballotRequestSchemaFor,
  registrationRequestSchema,
  type BallotRequest,
  type EntryKind,
  type RegistrationRequest,
} from "../lib/relayer/protocol.ts";
import { DuplicateEntryError, type Entry, type Journal } from "./journal.ts";
import { encodePayload } from "./payload.ts";
import { Rejection } from "./rejection.ts";
import { validateBallot, validateRegistration, type ValidationContext } from "./validate.ts";

export interface Intake {
  entry: Entry;
  /** False when the same request was already in the journal. */
  created: boolean;
}

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at "${issue.path.join(".")}"` : "";
  throw new Rejection(400, "invalid_body", `The request body is not valid${where}: ${issue?.message ?? "unknown"}.`);
}

/** What the journal already holds for this key: the same request (its entry), or a refusal. */
function earlierEntry(journal: Journal, kind: EntryKind, pollId: bigint, key: string, payload: string) {
  const earlier = journal.findLive(kind, pollId, key);
  if (earlier === undefined) return undefined;
  if (earlier.payload === payload) return earlier;
  if (earlier.state === "counted") {
    throw Rejection.contract(
      409,
      kind === "ballot" ? "Ballotbox__NullifierAlreadyUsed" : "Ballotbox__InviteAlreadyUsed",
    );
  }
  const what = kind === "ballot" ? "A ballot of this voter in this poll" : "A registration with this invite";
  throw new Rejection(409, "already_queued", `${what} is already queued at this relayer.`);
}

/** What the chain spends once for this request: the ballot's nullifier (either kind), or the invite. */
function nullifierOrInvite(request: BallotRequest | RegistrationRequest): string {
  if ("invite" in request) return request.invite;
  return ("sealedBallot" in request ? request.sealedBallot.nullifier : request.proof.nullifier).toString();
}

export async function intake(
  validation: ValidationContext,
  journal: Journal,
  kind: EntryKind,
  body: unknown,
): Promise<Intake> {
  const request: BallotRequest | RegistrationRequest =
    kind === "ballot" ? parseBody(ballotRequestSchemaFor(body), body) : parseBody(registrationRequestSchema, body);
  const key = nullifierOrInvite(request);
  const payload = encodePayload(request);
  const known = earlierEntry(journal, kind, request.pollId, key, payload);
  if (known !== undefined) return { entry: known, created: false };

  if ("invite" in request) await validateRegistration(validation, request);
  else await validateBallot(validation, request);

  try {
    const id = journal.add(kind, request.pollId, key, payload);
    const entry = journal.get(id);
    if (entry === undefined) throw new Error(`Entry ${id} vanished from the journal`);
    return { entry, created: true };
  } catch (error) {
    // Two requests with the same key can pass validation together; the journal's unique index lets
    // exactly one in, and the other is answered as a resubmission (or refused) like any later one.
    if (!(error instanceof DuplicateEntryError)) throw error;
    const winner = earlierEntry(journal, kind, request.pollId, key, payload);
    if (winner !== undefined) return { entry: winner, created: false };
    throw new Rejection(409, "already_queued", "This request is already queued at this relayer.");
  }
}
