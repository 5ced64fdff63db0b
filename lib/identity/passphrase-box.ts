/**
 * A secret sealed under a passphrase, as the JSON fields every Ballotbox backup shares (identity
 * backups, trustee key backups):
 *
 *   "kdf": { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "<base64, 16 bytes>" },
 *   "passphraseCheck": "<base64, 16 bytes>",
 *   "cipher": { "name": "AES-GCM", "iv": "<base64, 12 bytes>" },
 *   "ciphertext": "<base64: the secret's bytes, then GCM's 16-byte tag>"
 *
 * Keys: PBKDF2-HMAC-SHA-256 turns the passphrase (Unicode NFC, UTF-8) and the salt into a 32-byte
 * master secret; HKDF-SHA-256 expands it into the AES-256-GCM key and, separately, the passphrase
 * check, each under an "info" label of the document's own (so one document's key never opens another
 * kind). The check lets a wrong passphrase be told apart from a damaged file (GCM alone fails the same
 * way for both). It gives an attacker nothing the ciphertext does not: testing a guess against either
 * costs the same 600,000 PBKDF2 iterations. Runs in browsers and Node alike (WebCrypto).
 */
import * as z from "zod";
import { bytesToBase64 } from "./base64.ts";
import { base64Field } from "./json-document.ts";

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

/** The HKDF "info" labels of one kind of document: separate keys for separate uses. */
export interface BoxLabels {
  readonly encryptionKey: string;
  readonly passphraseCheck: string;
}

/** A new backup's passphrase is too short. */
export class WeakPassphraseError extends Error {
  override name = "WeakPassphraseError";
}

/** The passphrase does not open this backup. */
export class WrongPassphraseError extends Error {
  override name = "WrongPassphraseError";
}

/** The fields of a sealed secret, for a document's zod schema. */
export const passphraseBoxFields = {
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
    error: "is too short to hold a secret",
  }),
};

/** A sealed secret as parsed from its document. */
export interface PassphraseBox {
  readonly kdf: { readonly iterations: number; readonly salt: Uint8Array<ArrayBuffer> };
  readonly passphraseCheck: Uint8Array;
  readonly cipher: { readonly iv: Uint8Array<ArrayBuffer> };
  readonly ciphertext: Uint8Array<ArrayBuffer>;
}

/**
 * Seals `secret` under a new passphrase: the box's fields as JSON values, to spread into a document.
 * Takes a fraction of a second: the key derivation is slow on purpose, to slow down guessing.
 */
export async function sealWithPassphrase(secret: Uint8Array<ArrayBuffer>, passphrase: string, labels: BoxLabels) {
  const normalized = normalizePassphrase(passphrase);
  if (characterCount(normalized) < MIN_PASSPHRASE_LENGTH) {
    throw new WeakPassphraseError(
      `The passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters. ` +
        "A few unrelated words are easy to remember and hard to guess.",
    );
  }
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const keys = await deriveKeys(normalized, salt, BACKUP_ITERATIONS, labels);
  const ciphertext = await globalThis.crypto.subtle.encrypt({ name: "AES-GCM", iv }, keys.encryptionKey, secret);
  return {
    kdf: { name: "PBKDF2", hash: KDF_HASH, iterations: BACKUP_ITERATIONS, salt: bytesToBase64(salt) },
    passphraseCheck: bytesToBase64(keys.passphraseCheck),
    cipher: { name: "AES-GCM", iv: bytesToBase64(iv) },
    ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
  };
}

/**
 * The secret in a box. Throws WrongPassphraseError if the passphrase does not open it, and returns
 * undefined if it is right but the ciphertext was changed (the caller words the damage for its kind).
 */
export async function openWithPassphrase(
  box: PassphraseBox,
  passphrase: string,
  labels: BoxLabels,
): Promise<Uint8Array | undefined> {
  // No minimum length here: the minimum may rise, and older backups must still open.
  const keys = await deriveKeys(normalizePassphrase(passphrase), box.kdf.salt, box.kdf.iterations, labels);
  if (!equalBytes(keys.passphraseCheck, box.passphraseCheck)) {
    throw new WrongPassphraseError(
      "The passphrase does not open this backup. Check it (capital letters count) and try again.",
    );
  }
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      { name: "AES-GCM", iv: box.cipher.iv },
      keys.encryptionKey,
      box.ciphertext,
    );
    return new Uint8Array(plaintext);
  } catch {
    return undefined;
  }
}

interface BoxKeys {
  encryptionKey: CryptoKey;
  passphraseCheck: Uint8Array;
}

async function deriveKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  labels: BoxLabels,
): Promise<BoxKeys> {
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
  const encryptionKey = await subtle.deriveKey(
    hkdf(labels.encryptionKey),
    masterKey,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
  const passphraseCheck = new Uint8Array(
    await subtle.deriveBits(hkdf(labels.passphraseCheck), masterKey, CHECK_BYTES * 8),
  );
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
