/**
 * A trustee's key backup: the seed of ./trustee-secret.ts under a passphrase, with the same scheme
 * as identity backups (lib/identity/passphrase-box.ts) under labels of its own. Always encrypted:
 * t such files (with their passphrases) decrypt every poll their trustees serve.
 *
 *   { "format": "ballotbox-trustee-backup", "version": 1, "fingerprint": "<16 hex digits>", kdf…, ciphertext… }
 */
import * as z from "zod";
import { readVersionedJson, type DocumentKind } from "../identity/json-document.ts";
import {
  openWithPassphrase,
  passphraseBoxFields,
  sealWithPassphrase,
  type BoxLabels,
} from "../identity/passphrase-box.ts";
import { TRUSTEE_SEED_BYTES, trusteeFingerprint } from "./trustee-secret.ts";

export const TRUSTEE_BACKUP_FORMAT = "ballotbox-trustee-backup";
export const TRUSTEE_BACKUP_VERSION = 1;

const LABELS: BoxLabels = {
  encryptionKey: "ballotbox-trustee-backup/1/aes-256-gcm-key",
  passphraseCheck: "ballotbox-trustee-backup/1/passphrase-check",
};

const KIND: DocumentKind = {
  format: TRUSTEE_BACKUP_FORMAT,
  version: TRUSTEE_BACKUP_VERSION,
  noun: "Ballotbox trustee key backup",
};

/** The file is not a trustee key backup this release opens, or its contents were changed. */
export class DamagedTrusteeBackupError extends Error {
  override name = "DamagedTrusteeBackupError";
}

const schema = z.object({
  format: z.literal(TRUSTEE_BACKUP_FORMAT),
  version: z.literal(TRUSTEE_BACKUP_VERSION),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, { error: "is not 16 hex digits" }),
  ...passphraseBoxFields,
});

/** The backup of `seed` as JSON text ending in a newline. */
export async function exportTrusteeBackup(seed: Uint8Array, passphrase: string): Promise<string> {
  const fingerprint = trusteeFingerprint(seed);
  const box = await sealWithPassphrase(new Uint8Array(seed), passphrase, LABELS);
  const document = { format: TRUSTEE_BACKUP_FORMAT, version: TRUSTEE_BACKUP_VERSION, fingerprint, ...box };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The seed in a backup; throws DamagedTrusteeBackupError or the box's WrongPassphraseError. */
export async function importTrusteeBackup(text: string, passphrase: string): Promise<Uint8Array> {
  const backup = readBackup(text);
  const seed = await openWithPassphrase(backup, passphrase, LABELS);
  if (seed === undefined || seed.length !== TRUSTEE_SEED_BYTES || trusteeFingerprint(seed) !== backup.fingerprint) {
    throw new DamagedTrusteeBackupError(
      `This ${KIND.noun} is damaged: the passphrase is right, but the key in it has been changed or cut short. ` +
        "Use another copy of the backup.",
    );
  }
  return seed;
}

/** The fingerprint a backup declares, read without the passphrase. */
export function readTrusteeFingerprint(text: string): string {
  return readBackup(text).fingerprint;
}

function readBackup(text: string) {
  const reading = readVersionedJson(text, KIND, schema);
  if (!reading.ok) throw new DamagedTrusteeBackupError(reading.problem);
  return reading.value;
}
