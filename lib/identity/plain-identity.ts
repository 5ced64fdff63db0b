/**
 * The plain identity file: the private key in clear, for the CLI on the voter's own machine.
 *
 *   { "format": "ballotbox-identity", "version": 1, "privateKey": "<base64>", "commitment": "<decimal>" }
 *
 * Anyone who reads this file can vote in the voter's place; prefer an encrypted backup
 * (./backup.ts) for anything that leaves the machine.
 */
import * as z from "zod";
import { exportPrivateKey, importPrivateKey, type Identity } from "./identity.ts";
import { commitmentField, readVersionedJson, type DocumentKind } from "./json-document.ts";

export const PLAIN_IDENTITY_FORMAT = "ballotbox-identity";
export const PLAIN_IDENTITY_VERSION = 1;

/** The file is not a readable plain identity file; the message says why and never holds the key. */
export class InvalidIdentityFileError extends Error {
  override name = "InvalidIdentityFileError";
}

const KIND: DocumentKind = {
  format: PLAIN_IDENTITY_FORMAT,
  version: PLAIN_IDENTITY_VERSION,
  noun: "Ballotbox identity file",
};

const plainIdentitySchema = z.object({
  format: z.literal(PLAIN_IDENTITY_FORMAT),
  version: z.literal(PLAIN_IDENTITY_VERSION),
  privateKey: z.string({ error: "is not text (it should be a base64 private key)" }),
  // Written for people (which identity is this?) and checked on reading, to catch a mangled key.
  commitment: commitmentField(),
});

/** The plain identity file of an identity, as text ending in a newline. */
export function plainIdentityToJson(identity: Identity): string {
  const document = {
    format: PLAIN_IDENTITY_FORMAT,
    version: PLAIN_IDENTITY_VERSION,
    privateKey: exportPrivateKey(identity),
    commitment: identity.commitment.toString(),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The identity in a plain identity file; throws InvalidIdentityFileError saying what is wrong. */
export function plainIdentityFromJson(text: string): Identity {
  const reading = readVersionedJson(text, KIND, plainIdentitySchema);
  if (!reading.ok) throw new InvalidIdentityFileError(reading.problem);
  let identity: Identity;
  try {
    identity = importPrivateKey(reading.value.privateKey);
  } catch {
    throw new InvalidIdentityFileError(
      `This ${KIND.noun} is damaged: "privateKey" is not a Semaphore private key (base64 text).`,
    );
  }
  if (identity.commitment !== reading.value.commitment) {
    throw new InvalidIdentityFileError(
      `This ${KIND.noun} is damaged: its private key does not belong to its commitment ${reading.value.commitment}.`,
    );
  }
  return identity;
}
