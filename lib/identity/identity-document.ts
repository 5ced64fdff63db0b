/**
 * Opening an identity from a file's text, whichever of the two kinds it is: a plain identity file
 * (./plain-identity.ts) or an encrypted backup (./backup.ts). The passphrase is asked for only
 * when the file needs one.
 */
import { BACKUP_FORMAT, importIdentityBackup, readBackupCommitment } from "./backup.ts";
import type { Identity } from "./identity.ts";
import { InvalidIdentityFileError, PLAIN_IDENTITY_FORMAT, plainIdentityFromJson } from "./plain-identity.ts";

/** A passphrase, or a way to ask for one (a prompt) that runs only for an encrypted backup. */
export type PassphraseSource = string | (() => string | Promise<string>);

/** The file is an encrypted backup and no passphrase was given. */
export class PassphraseRequiredError extends Error {
  override name = "PassphraseRequiredError";
}

export type IdentityDocumentKind = "plain" | "backup";

/** Which kind of identity file the text is; throws InvalidIdentityFileError for neither. */
export function identityDocumentKind(text: string): IdentityDocumentKind {
  let format: unknown;
  try {
    format = (JSON.parse(text) as { format?: unknown } | null)?.format;
  } catch {
    // Not JSON: most likely a file cut short. Its format name (the first field we write) tells which
    // reader will explain the damage best.
    if (text.includes(`"${BACKUP_FORMAT}"`)) return "backup";
    if (text.includes(`"${PLAIN_IDENTITY_FORMAT}"`)) return "plain";
    throw new InvalidIdentityFileError(
      "This file is not a Ballotbox identity file or identity backup: it is not valid JSON.",
    );
  }
  if (format === BACKUP_FORMAT) return "backup";
  if (format === PLAIN_IDENTITY_FORMAT) return "plain";
  throw new InvalidIdentityFileError(
    `This file is not a Ballotbox identity file or identity backup: its "format" field is neither ` +
      `"${PLAIN_IDENTITY_FORMAT}" nor "${BACKUP_FORMAT}".`,
  );
}

/**
 * The identity in a plain identity file or an encrypted backup. Throws InvalidIdentityFileError,
 * PassphraseRequiredError, or the backup's WrongPassphraseError and DamagedBackupError.
 */
export async function openIdentityDocument(text: string, passphrase?: PassphraseSource): Promise<Identity> {
  if (identityDocumentKind(text) === "plain") return plainIdentityFromJson(text);
  // A damaged backup is reported before anyone is asked for a passphrase it could not use.
  readBackupCommitment(text);
  if (passphrase === undefined) {
    throw new PassphraseRequiredError("This identity backup is encrypted: give its passphrase to open it.");
  }
  return importIdentityBackup(text, typeof passphrase === "string" ? passphrase : await passphrase());
}
