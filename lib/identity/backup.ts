/**
 * Encrypted identity backups: the file a voter keeps (or e-mails to themself) to restore their
 * identity on another device. Only the passphrase opens it.
 *
 *   {
 *     "format": "ballotbox-identity-backup",
 *     "version": 1,
 *     "commitment": "<decimal>",
 *     "kdf": { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "<base64, 16 bytes>" },
 *     "passphraseCheck": "<base64, 16 bytes>",
 *     "cipher": { "name": "AES-GCM", "iv": "<base64, 12 bytes>" },
 *     "ciphertext": "<base64: the private key bytes, then GCM's 16-byte tag>"
 *   }
 *
 * The passphrase, the keys and the cipher are ./passphrase-box.ts's, under this format's own labels.
 *
 * The commitment is in clear on purpose: a voter can see which identity a backup holds (and match it
 * against a poll's roll) without typing the passphrase. It is public anyway, being on the roll. On
 * opening, the decrypted identity must have that commitment, so the clear copy cannot lie.
 */
import * as z from "zod";
import { identityFromPrivateKeyBytes, privateKeyBytes, type Identity } from "./identity.ts";
import { commitmentField, readVersionedJson, type DocumentKind } from "./json-document.ts";
import { openWithPassphrase, passphraseBoxFields, sealWithPassphrase, type BoxLabels } from "./passphrase-box.ts";

export const BACKUP_FORMAT = "ballotbox-identity-backup";
export const BACKUP_VERSION = 1;

// HKDF "info" labels: separate keys for separate uses, bound to this format and version.
const LABELS: BoxLabels = {
  encryptionKey: "ballotbox-identity-backup/1/aes-256-gcm-key",
  passphraseCheck: "ballotbox-identity-backup/1/passphrase-check",
};

/** The file is not a backup this release can open: cut short, altered, not JSON, or another version. */
export class DamagedBackupError extends Error {
  override name = "DamagedBackupError";
}

const KIND: DocumentKind = { format: BACKUP_FORMAT, version: BACKUP_VERSION, noun: "Ballotbox identity backup" };

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  commitment: commitmentField(),
  ...passphraseBoxFields,
});

/**
 * An encrypted backup of the identity, as JSON text ending in a newline. Takes a fraction of a
 * second: the key derivation is slow on purpose, to slow down guessing.
 */
export async function exportIdentityBackup(identity: Identity, passphrase: string): Promise<string> {
  const box = await sealWithPassphrase(privateKeyBytes(identity), passphrase, LABELS);
  const document = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    commitment: identity.commitment.toString(),
    ...box,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The identity in a backup. Throws DamagedBackupError (before any slow work) if the file is not a
 * backup this release reads, WrongPassphraseError if the passphrase does not open it, and
 * DamagedBackupError if it decrypts to nothing or to another identity than its commitment says.
 */
export async function importIdentityBackup(text: string, passphrase: string): Promise<Identity> {
  const backup = readBackup(text);
  const plaintext = await openWithPassphrase(backup, passphrase, LABELS);
  if (plaintext === undefined) {
    throw new DamagedBackupError(
      `This ${KIND.noun} is damaged: the passphrase is right, but the encrypted identity has been changed ` +
        "or cut short. Use another copy of the backup.",
    );
  }
  let identity: Identity;
  try {
    identity = identityFromPrivateKeyBytes(plaintext);
  } catch {
    throw new DamagedBackupError(`This ${KIND.noun} is damaged: it does not hold a Semaphore private key.`);
  }
  if (identity.commitment !== backup.commitment) {
    throw new DamagedBackupError(
      `This ${KIND.noun} is damaged: it holds another identity than its commitment ${backup.commitment} says. ` +
        "Use another copy of the backup.",
    );
  }
  return identity;
}

/** The commitment of the identity a backup holds, read without the passphrase. */
export function readBackupCommitment(text: string): bigint {
  return readBackup(text).commitment;
}

function readBackup(text: string) {
  const reading = readVersionedJson(text, KIND, backupSchema);
  if (!reading.ok) throw new DamagedBackupError(reading.problem);
  return reading.value;
}
