/**
 * A voter's Semaphore v4 identity and its secret, the private key. The commitment (a hash of the
 * public key) is what goes on a poll's roll; the private key is what proves a ballot, so it must
 * stay with the voter, and never appear in a log or an error message.
 */
import { Identity } from "@semaphore-protocol/identity";
import { base64ToBytes, bytesToBase64 } from "./base64.ts";

export { Identity };

/** The private key is not a Semaphore private key. The message never contains the key. */
export class InvalidPrivateKeyError extends Error {
  override name = "InvalidPrivateKeyError";
}

/** A new identity from 32 random bytes (the platform's cryptographic random generator). */
export function createIdentity(): Identity {
  return new Identity();
}

/** The identity's secret as Semaphore exports it: its private key bytes in base64. */
export function exportPrivateKey(identity: Identity): string {
  return identity.export();
}

/**
 * The identity of an exported private key. Checks the base64 first, because Semaphore's own
 * `Identity.import` decodes any text, garbage included, into some other identity without a word.
 */
export function importPrivateKey(privateKey: string): Identity {
  const bytes = base64ToBytes(privateKey);
  if (bytes === undefined || bytes.length === 0) {
    throw new InvalidPrivateKeyError(
      "The private key is not a Semaphore private key (base64 text, as `Identity.export()` writes it). " +
        "Copy it again in full.",
    );
  }
  return Identity.import(privateKey);
}

/** The private key's bytes: what an encrypted backup encrypts. */
export function privateKeyBytes(identity: Identity): Uint8Array<ArrayBuffer> {
  const bytes = base64ToBytes(identity.export());
  // Unreachable: Semaphore always exports canonical base64 of at least one byte.
  if (bytes === undefined) throw new InvalidPrivateKeyError("This identity's private key cannot be exported.");
  return bytes;
}

/** The identity of private key bytes. */
export function identityFromPrivateKeyBytes(bytes: Uint8Array): Identity {
  return importPrivateKey(bytesToBase64(bytes));
}
