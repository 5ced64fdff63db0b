/**
 * Strict base64 and base64url codecs on plain `Uint8Array`s, for Node and browsers alike (no Buffer:
 * the browser bundle has none, and `atob` alone silently accepts malformed text).
 *
 * Decoding returns `undefined` for anything but the one canonical encoding of some bytes, so a
 * caller can tell a damaged file or link from a good one and word its own error message.
 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Standard base64 with padding (RFC 4648 §4), as JSON files store binary fields. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bytes of canonical, padded base64 text, or `undefined` if the text is anything else. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64.test(text)) return undefined;
  const bytes = Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  // Non-zero bits in the last character's unused part decode to the same bytes; refusing them keeps
  // one text per value, so a changed character is always detected.
  return bytesToBase64(bytes) === text ? bytes : undefined;
}

/** Unpadded base64url (RFC 4648 §5): safe in URLs and URL fragments without escaping. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of canonical, unpadded base64url text, or `undefined` if the text is anything else. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const bytes = base64ToBytes(padded);
  return bytes !== undefined && bytesToBase64Url(bytes) === text ? bytes : undefined;
}
