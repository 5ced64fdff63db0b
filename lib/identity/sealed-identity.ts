/**
 * The identity at rest in a browser: never in the clear. It is encrypted (AES-256-GCM) with a device
 * key, a WebCrypto key made non-extractable, which the page can use but no script can read out; the
 * browser keeps it in IndexedDB, apart from this record. A copy of the record alone opens nothing.
 *
 *   {
 *     "format": "ballotbox-sealed-identity",
 *     "version": 1,
 *     "lock": "device" | "passphrase",
 *     "iv": "<base64, 12 bytes>",
 *     "ciphertext": "<base64: the sealed content, then GCM's 16-byte tag>"
 *   }
 *
 * The sealed content is the private key's bytes ("device"), or, when the voter has set a passphrase
 * ("passphrase"), an encrypted identity backup (see backup.ts): the same passphrase encryption as a
 * backup file, so there is one key derivation in Ballotbox, and someone who also copies the device key
 * still has to guess the passphrase. The lock is bound to the ciphertext (GCM's additional data), so
 * it cannot be switched without the device key.
 */
import * as z from "zod";
import { exportIdentityBackup, importIdentityBackup, readBackupCommitment } from "./backup.ts";
import { bytesToBase64 } from "./base64.ts";
import { identityFromPrivateKeyBytes, privateKeyBytes, type Identity } from "./identity.ts";
import { base64Field, readVersionedJson, type DocumentKind } from "./json-document.ts";

export const SEALED_IDENTITY_FORMAT = "ballotbox-sealed-identity";
export const SEALED_IDENTITY_VERSION = 1;

export type IdentityLock = "device" | "passphrase";

/** What opening a sealed identity with the device key gives. */
export type OpenedIdentity =
  | { lock: "device"; identity: Identity }
  | {
      lock: "passphrase";
      /** The identity's public commitment, known before the passphrase is typed. */
      commitment: bigint;
      /** Throws WrongPassphraseError (from passphrase-box.ts) if the passphrase is not the one set. */
      unlock: (passphrase: string) => Promise<Identity>;
    };

/** The record cannot be opened: damaged, from another release, or sealed with a device key since lost. */
export class UnreadableIdentityError extends Error {
  override name = "UnreadableIdentityError";
}

const KIND: DocumentKind = {
  format: SEALED_IDENTITY_FORMAT,
  version: SEALED_IDENTITY_VERSION,
  noun: "stored identity",
};
const IV_BYTES = 12;

const recordSchema = z.object({
  format: z.literal(SEALED_IDENTITY_FORMAT),
  version: z.literal(SEALED_IDENTITY_VERSION),
  lock: z.enum(["device", "passphrase"], { error: 'is not "device" or "passphrase"' }),
  iv: base64Field(IV_BYTES),
  ciphertext: base64Field(),
});

/** A new device key: AES-256-GCM, usable for encrypting and decrypting only, never exportable. */
export function newDeviceKey(): Promise<CryptoKey> {
  return globalThis.crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

/**
 * The identity sealed with the device key, as JSON text; with a passphrase, also locked by it (that
 * takes a fraction of a second: the passphrase's key derivation is slow on purpose).
 */
export async function sealIdentity(identity: Identity, deviceKey: CryptoKey, passphrase?: string): Promise<string> {
  const lock: IdentityLock = passphrase === undefined ? "device" : "passphrase";
  const content =
    passphrase === undefined
      ? privateKeyBytes(identity)
      : new TextEncoder().encode(await exportIdentityBackup(identity, passphrase));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: additionalData(lock) },
    deviceKey,
    content,
  );
  return JSON.stringify({
    format: SEALED_IDENTITY_FORMAT,
    version: SEALED_IDENTITY_VERSION,
    lock,
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
  });
}

/** Opens a sealed identity with the device key; a passphrase lock is left for `unlock`. */
export async function openSealedIdentity(text: string, deviceKey: CryptoKey): Promise<OpenedIdentity> {
  const reading = readVersionedJson(text, KIND, recordSchema);
  if (!reading.ok) throw new UnreadableIdentityError(reading.problem);
  const { lock, iv, ciphertext } = reading.value;
  let content: Uint8Array;
  try {
    content = new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        { name: "AES-GCM", iv, additionalData: additionalData(lock) },
        deviceKey,
        ciphertext,
      ),
    );
  } catch {
    throw new UnreadableIdentityError(
      "The identity stored in this browser cannot be opened: it was sealed with a key this browser no longer " +
        "has, or it has been changed. Restore it from a backup file.",
    );
  }
  if (lock === "device") return { lock, identity: openPrivateKey(content) };
  const backup = new TextDecoder().decode(content);
  return {
    lock,
    commitment: readStoredBackupCommitment(backup),
    unlock: (passphrase) => importIdentityBackup(backup, passphrase),
  };
}

function additionalData(lock: IdentityLock): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${SEALED_IDENTITY_FORMAT}/${SEALED_IDENTITY_VERSION}/${lock}`);
}

function openPrivateKey(bytes: Uint8Array): Identity {
  try {
    return identityFromPrivateKeyBytes(bytes);
  } catch {
    throw new UnreadableIdentityError("The identity stored in this browser is damaged: it holds no private key.");
  }
}

function readStoredBackupCommitment(backup: string): bigint {
  try {
    return readBackupCommitment(backup);
  } catch (error) {
    throw new UnreadableIdentityError(error instanceof Error ? error.message : String(error));
  }
}
