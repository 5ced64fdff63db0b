/**
 * The audit bundle: one JSON file with everything a recount needs (poll configuration and texts,
 * the roll's change log, every ballot with its proof, block and transaction, and the contract's
 * tally), so that anyone can recount offline, from the file alone.
 */
import { z } from "zod";
import { BALLOT_TYPES, type Secrecy } from "../ballots/ballot.ts";
import { addressSchema } from "../chain/connection.ts";
import type { RecountInput } from "./input.ts";
import { toDecimalJson } from "../json/decimal-json.ts";

export const BUNDLE_FORMAT = "ballotbox-audit-bundle";
export const BUNDLE_VERSION = 1;

/** A uint as decimal text, read back as a bigint (how toDecimalJson writes them). */
export const uint = z
  .string()
  .regex(/^\d+$/, "must be a non-negative decimal integer")
  .transform((value) => BigInt(value));
export const hex = z.custom<`0x${string}`>(
  (value) => typeof value === "string" && /^0x[0-9a-fA-F]*$/.test(value),
  "must be 0x-prefixed hex",
);

export const rollChangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("add"), index: uint, commitments: z.array(uint) }),
  z.object({ kind: z.literal("update"), index: uint, commitment: uint }),
  z.object({ kind: z.literal("remove"), index: uint }),
]);

const ballotSchema = z.object({
  nullifier: uint,
  ballot: uint,
  merkleTreeDepth: uint,
  merkleTreeRoot: uint,
  scope: uint,
  points: z.array(uint).length(8),
  blockNumber: uint,
  blockTimestamp: uint,
  transactionHash: hex,
  logIndex: z.number().int().nonnegative(),
});

/** A poll as readPoll returns it; `secrecy` is the bundle kind's own. */
export function pollSchema<S extends z.ZodType<Secrecy>>(secrecy: S) {
  return z.object({
    pollId: uint,
    organizer: addressSchema,
    ballotType: z.enum(BALLOT_TYPES),
    secrecy,
    optionCount: z.number().int(),
    startTime: uint,
    endTime: uint,
    groupId: uint,
    ballotCount: uint,
    metadataHash: hex,
    inviteRoot: hex,
    allowlistRoot: hex,
    rollRoot: uint,
    question: z.string(),
    options: z.array(z.string()),
    createdBlock: uint,
  });
}

const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  createdAt: z.string(),
  chainId: z.number().int().positive(),
  ballotbox: addressSchema,
  semaphore: addressSchema,
  blockNumber: uint,
  blockTimestamp: uint,
  // Bundles written before polls had a secrecy setting are of public polls.
  poll: pollSchema(z.literal("public").default("public")),
  rollChanges: z.array(rollChangeSchema),
  ballots: z.array(ballotSchema),
  contract: z.object({ tally: z.array(uint), ballotCount: uint, merkleRoot: uint }),
});

/** Writes a recount input as an audit bundle (JSON text). */
export function serializeBundle(input: RecountInput, createdAt = new Date()): string {
  const bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, createdAt: createdAt.toISOString(), ...input };
  return `${toDecimalJson(bundle, 2)}\n`;
}

/**
 * A file that is not an audit bundle: not JSON at all, or JSON with a first wrong field (its path,
 * "ballots.3.nullifier", or "" for the whole file). The message is an English sentence for the CLI;
 * the app words `problem` and `field` in the reader's language.
 */
export class InvalidBundleError extends Error {
  override readonly name = "InvalidBundleError";
  readonly problem: "notJson" | "invalidField";
  readonly field: string;

  constructor(problem: InvalidBundleError["problem"], field = "", detail = "") {
    super(
      problem === "notJson"
        ? "This file is not an audit bundle: it is not valid JSON."
        : `This file is not a valid audit bundle: ${field === "" ? "" : `${field}: `}${detail}`,
    );
    this.problem = problem;
    this.field = field;
  }
}

/**
 * Reads a bundle's JSON with its schema; throws InvalidBundleError naming the first problem. The
 * envelope (format, version, createdAt) is checked by the schema and dropped: the rest is the input.
 */
export function readBundleText<T extends { format: string; version: number; createdAt: string }>(
  schema: z.ZodType<T>,
  text: string,
): Omit<T, "format" | "version" | "createdAt"> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidBundleError("notJson");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidBundleError("invalidField", issue?.path.join(".") ?? "", issue?.message ?? "unknown");
  }
  const { format, version, createdAt, ...input } = parsed.data;
  return input;
}

/** Reads an audit bundle back; throws InvalidBundleError naming the first problem if it is not one. */
export function parseBundle(text: string): RecountInput {
  return readBundleText(bundleSchema, text);
}
