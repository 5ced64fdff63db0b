/**
 * Reading the small versioned JSON documents Ballotbox writes (identity files, identity backups):
 * `{ "format": "...", "version": n, ... }`. Every failure becomes one sentence a user can act on,
 * because these files travel by e-mail and USB sticks and come back cut short, edited or from a
 * newer release.
 */
import * as z from "zod";
import { base64ToBytes } from "./base64.ts";
import { readCommitment } from "./commitment.ts";

/** What a document claims to be. */
export interface DocumentKind {
  /** The `format` field's value. */
  format: string;
  /** The one version this code reads. */
  version: number;
  /** How to name the document to a user, e.g. "Ballotbox identity backup". */
  noun: string;
}

/** A checked document, or a sentence saying why it is not one. */
export type DocumentReading<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Parses `text` as JSON and checks it against the kind and the schema; never throws. */
export function readVersionedJson<T>(text: string, kind: DocumentKind, schema: z.ZodType<T>): DocumentReading<T> {
  const fail = (problem: string): DocumentReading<T> => ({ ok: false, problem });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(`This file is not valid JSON: it has been cut short or changed, or it is not a ${kind.noun}.`);
  }
  if (!isRecord(json) || json.format !== kind.format) {
    return fail(`This file is not a ${kind.noun}: its "format" field is not "${kind.format}".`);
  }
  // Checked before the rest, so a file from a newer release is not reported as damaged.
  if (json.version !== kind.version) {
    const version = typeof json.version === "number" ? String(json.version) : "unknown";
    return fail(
      `This ${kind.noun} has version ${version}, but this release of Ballotbox reads only version ${kind.version}. ` +
        `Open it with the release that wrote it, or a newer one.`,
    );
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return fail(`This ${kind.noun} is damaged: ${describeIssues(result.error.issues, json)}.`);
}

/** `"kdf.salt" is missing; "iv" is not base64 of 12 bytes`: one clause per issue. */
function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string {
  return issues
    .map((issue) => {
      const field = issue.path.map(String).join(".");
      const clause = valueAt(input, issue.path) === undefined ? "is missing" : issue.message;
      return `"${field}" ${clause}`;
    })
    .join("; ");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (!isRecord(value)) return undefined;
    value = value[key as string];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/* Field schemas shared by the documents. Their messages are predicates: "<field> is not ...". */

/** A base64 field holding exactly `length` bytes (any length if omitted), decoded. */
export function base64Field(length?: number) {
  const expected = length === undefined ? "base64" : `base64 of ${length} bytes`;
  return z.string({ error: `is not text (it should be ${expected})` }).transform((text, ctx) => {
    const bytes = base64ToBytes(text);
    if (bytes === undefined || bytes.length === 0 || (length !== undefined && bytes.length !== length)) {
      ctx.addIssue({ code: "custom", message: `is not ${expected}` });
      return z.NEVER;
    }
    return bytes;
  });
}

/** An identity commitment written as decimal text, decoded. */
export function commitmentField() {
  return z.string({ error: "is not text (it should be a decimal identity commitment)" }).transform((text, ctx) => {
    const reading = readCommitment(text);
    if (!reading.ok) {
      ctx.addIssue({ code: "custom", message: `is not an identity commitment (${reading.reason})` });
      return z.NEVER;
    }
    return reading.commitment;
  });
}
