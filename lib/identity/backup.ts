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
 * Keys: PBKDF2-HMAC-SHA-256 turns the passphrase (Unicode NFC, UTF-8) and the salt into a 32-byte
 * master secret; HKDF-SHA-256 expands it into the AES-256-GCM key and, separately, the passphrase
 * check. The check lets a wrong passphrase be told apart from a damaged file (GCM alone fails the
 * same way for both). It gives an attacker nothing the ciphertext does not: testing a guess against
 * either costs the same 600,000 PBKDF2 iterations.
 *
 * The commitment is in clear on purpose: a voter can see which identity a backup holds (and match it
 * against a poll's roll) without typing the passphrase. It is public anyway, being on the roll. On
 * opening, the decrypted identity must have that commitment, so the clear copy cannot lie.
 */
import * as z from "zod";
import { bytesToBase64 } from "./base64.ts";
import { identityFromPrivateKeyBytes, privateKeyBytes, type Identity } from "./identity.ts";
import { base64Field, commitmentField, readVersionedJson, type DocumentKind } from "./json-document.ts";

export const BACKUP_FORMAT = "ballotbox-identity-backup";
export const BACKUP_VERSION = 1;

/** The fewest characters a new backup's passphrase may have. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** PBKDF2 iterations of every backup written: OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const BACKUP_ITERATIONS = 600_000;

/**
 * The iteration counts a backup may declare. Below: Ballotbox never writes fewer, so such a file was
 * altered or written by something else, and opening it would vouch for protection the secret never had.
 * Above: a doctored file could otherwise make the app run PBKDF2 for hours (10 million takes seconds).
 */
export const MIN_BACKUP_ITERATIONS = BACKUP_ITERATIONS;
export const MAX_BACKUP_ITERATIONS = 10_000_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const GCM_TAG_BYTES = 16;
const KDF_HASH = "SHA-256";
// HKDF "info" labels: separate keys for separate uses, bound to this format and version.
const KEY_INFO = "ballotbox-identity-backup/1/aes-256-gcm-key";
const CHECK_INFO = "ballotbox-identity-backup/1/passphrase-check";

/** A new backup's passphrase is too short. */
export class WeakPassphraseError extends Error {
  override name = "WeakPassphraseError";
}

/** The passphrase does not open this backup. */
export class WrongPassphraseError extends Error {
  override name = "WrongPassphraseError";
}

/** The file is not a backup this release can open: cut short, altered, not JSON, or another version. */
export class DamagedBackupError extends Error {
  override name = "DamagedBackupError";
}

const KIND: DocumentKind = { format: BACKUP_FORMAT, version: BACKUP_VERSION, noun: "Ballotbox identity backup" };

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  commitment: commitmentField(),
  kdf: z.object(
    {
      name: z.literal("PBKDF2", { error: 'is not "PBKDF2"' }),
      hash: z.literal(KDF_HASH, { error: `is not "${KDF_HASH}"` }),
      iterations: z
        .number({ error: "is not a number" })
        .int({ error: "is not a whole number" })
        .min(MIN_BACKUP_ITERATIONS, { error: `is below ${MIN_BACKUP_ITERATIONS}, too weak for a backup` })
        .max(MAX_BACKUP_ITERATIONS, { error: `is above ${MAX_BACKUP_ITERATIONS}, more than Ballotbox ever uses` }),
      salt: base64Field(SALT_BYTES),
    },
    { error: "is not an object" },
  ),
  passphraseCheck: base64Field(CHECK_BYTES),
  cipher: z.object(
    { name: z.literal("AES-GCM", { error: 'is not "AES-GCM"' }), iv: base64Field(IV_BYTES) },
    { error: "is not an object" },
  ),
  ciphertext: base64Field().refine((bytes) => bytes.length > GCM_TAG_BYTES, {
    error: "is too short to hold a private key",
  }),
});

/**
 * An encrypted backup of the identity, as JSON text ending in a newline. Takes a fraction of a
 * second: the key derivation is slow on purpose, to slow down guessing.
 */
export async function exportIdentityBackup(identity: Identity, passphrase: string): Promise<string> {
  const normalized = normalizePassphrase(passphrase);
  if (characterCount(normalized) < MIN_PASSPHRASE_LENGTH) {
    throw new WeakPassphraseError(
      `The passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters. ` +
        "A few unrelated words are easy to remember and hard to guess.",
    );
  }
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const keys = await deriveKeys(normalized, salt, BACKUP_ITERATIONS);
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: "AES-GCM", iv },
    keys.encryptionKey,
    privateKeyBytes(identity),
  );
  const document = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    commitment: identity.commitment.toString(),
    kdf: { name: "PBKDF2", hash: KDF_HASH, iterations: BACKUP_ITERATIONS, salt: bytesToBase64(salt) },
    passphraseCheck: bytesToBase64(keys.passphraseCheck),
    cipher: { name: "AES-GCM", iv: bytesToBase64(iv) },
    ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
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
  // No minimum length here: the minimum may rise, and older backups must still open.
  const keys = await deriveKeys(normalizePassphrase(passphrase), backup.kdf.salt, backup.kdf.iterations);
  if (!equalBytes(keys.passphraseCheck, backup.passphraseCheck)) {
    throw new WrongPassphraseError(
      "The passphrase does not open this backup. Check it (capital letters count) and try again.",
    );
  }
  let plaintext: ArrayBuffer;
  try {
    plaintext = await globalThis.crypto.subtle.decrypt(
      { name: "AES-GCM", iv: backup.cipher.iv },
      keys.encryptionKey,
      backup.ciphertext,
    );
  } catch {
    throw new DamagedBackupError(
      `This ${KIND.noun} is damaged: the passphrase is right, but the encrypted identity has been changed ` +
        "or cut short. Use another copy of the backup.",
    );
  }
  let identity: Identity;
  try {
    identity = identityFromPrivateKeyBytes(new Uint8Array(plaintext));
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

interface BackupKeys {
  encryptionKey: CryptoKey;
  passphraseCheck: Uint8Array;
}

async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<BackupKeys> {
  const { subtle } = globalThis.crypto;
  const passphraseKey = await subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, [
    "deriveBits",
  ]);
  const master = await subtle.deriveBits({ name: "PBKDF2", hash: KDF_HASH, salt, iterations }, passphraseKey, 256);
  const masterKey = await subtle.importKey("raw", master, "HKDF", false, ["deriveKey", "deriveBits"]);
  const hkdf = (info: string): HkdfParams => ({
    name: "HKDF",
    hash: "SHA-256",
    salt: new Uint8Array(0),
    info: new TextEncoder().encode(info),
  });
  const encryptionKey = await subtle.deriveKey(hkdf(KEY_INFO), masterKey, { name: "AES-GCM", length: 256 }, false, [
    "encrypt",
    "decrypt",
  ]);
  const passphraseCheck = new Uint8Array(await subtle.deriveBits(hkdf(CHECK_INFO), masterKey, CHECK_BYTES * 8));
  return { encryptionKey, passphraseCheck };
}

/**
 * The same passphrase typed on different systems can arrive as different Unicode sequences
 * ("é" as one code point or as "e" plus an accent); NFC makes them the same bytes.
 */
function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize("NFC");
}

/** Characters as a person counts them (grapheme clusters): an emoji or an accented letter is one. */
function characterCount(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].length;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
