/**
 * Invite links: `<app URL>/join#<invite code>`, one per invite, sent by message or printed as a QR
 * code. The code is in the URL fragment, which browsers never send to a server, so the invite key
 * stays out of server and proxy logs. The link holds what the voter needs (chain, contract, poll,
 * invite key, Merkle proof) and nothing of the organizer's: not their key, not the other invites.
 *
 * The invite code (format 1) is unpadded base64url of these bytes, packed for short links and small
 * QR codes (a 100-invite poll gives codes of 335 to 378 characters):
 *
 *   size        field
 *   1           format: 1
 *   1–8         chain id, unsigned LEB128
 *   20          Ballotbox address
 *   1–37        poll id, unsigned LEB128
 *   32          invite private key
 *   1           k, the number of Merkle proof siblings (0 to 32)
 *   32 × k      the siblings, in proof order
 *
 * The code must end exactly there: with the count, a link cut short (or with text pasted after it)
 * is reported as such, instead of reading as an invite with a shorter proof.
 * A later format starts with another first byte; readers reject formats they do not know.
 */
import { bytesToHex, getAddress, hexToBytes, type Hex } from "viem";
import { base64UrlToBytes, bytesToBase64Url } from "../identity/base64.ts";
import { inviteMatchesRoot, type Invite } from "./invites.ts";

export const INVITE_CODE_FORMAT = 1;

/** The path, under the app's URL, of the page that opens an invite. */
export const JOIN_PATH = "/join";

/** Proofs longer than this would mean a tree of over 4 billion invites: the code is damaged. */
const MAX_PROOF_LENGTH = 32;
const ADDRESS_BYTES = 20;
const WORD_BYTES = 32;
const MAX_CHAIN_ID_BYTES = 8;
const MAX_POLL_ID_BYTES = 37; // ceil(256 / 7)
/** secp256k1's group order: a private key is a number from 1 to below it. */
const SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** The text is not an invite link (or code) this release can read. The message never quotes the link: it holds a key. */
export class InvalidInviteLinkError extends Error {
  override name = "InvalidInviteLinkError";
}

const COPY_AGAIN = "Copy the whole link again, or scan its QR code again.";

/**
 * The invite link of an invite: `appUrl` (where the Ballotbox app is served, e.g.
 * `https://vote.example.org`) + `/join#` + the invite code.
 */
export function createInviteLink(appUrl: string, invite: Invite): string {
  let url: URL;
  try {
    url = new URL(appUrl);
  } catch {
    throw new RangeError(`The app address "${appUrl}" is not a URL; write it like https://vote.example.org.`);
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.search !== "" || url.hash !== "") {
    throw new RangeError(
      `The app address "${appUrl}" must be an http(s) address without "?" or "#", like https://vote.example.org.`,
    );
  }
  const base = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  return `${base}${JOIN_PATH}#${encodeInviteCode(invite)}`;
}

/**
 * The invite in an invite link, or in its bare code (the part after "#"); throws
 * InvalidInviteLinkError saying what is wrong.
 */
export function parseInviteLink(link: string): Invite {
  const text = link.trim();
  const hash = text.indexOf("#");
  if (hash >= 0) return decodeInviteCode(text.slice(hash + 1));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new InvalidInviteLinkError(`This link has no invite code: nothing follows a "#" in it. ${COPY_AGAIN}`);
  }
  return decodeInviteCode(text);
}

/** The invite code of an invite (see the format above). */
export function encodeInviteCode(invite: Invite): string {
  if (!Number.isSafeInteger(invite.chainId) || invite.chainId < 1) {
    throw new RangeError(`The chain id must be a positive whole number, not ${invite.chainId}.`);
  }
  if (invite.pollId < 1n || invite.pollId >= 2n ** 256n) {
    throw new RangeError(`The poll id must be a uint256 from 1, not ${invite.pollId}.`);
  }
  if (invite.proof.length > MAX_PROOF_LENGTH) {
    throw new RangeError(`An invite proof has at most ${MAX_PROOF_LENGTH} siblings, not ${invite.proof.length}.`);
  }
  const parts = [
    Uint8Array.of(INVITE_CODE_FORMAT),
    leb128(BigInt(invite.chainId)),
    hexToBytes(getAddress(invite.ballotbox)),
    leb128(invite.pollId),
    fixedBytes(invite.privateKey, WORD_BYTES, "invite private key"),
    Uint8Array.of(invite.proof.length),
    ...invite.proof.map((sibling) => fixedBytes(sibling, WORD_BYTES, "proof sibling")),
  ];
  return bytesToBase64Url(concat(parts));
}

/** The invite in an invite code; throws InvalidInviteLinkError saying what is wrong. */
export function decodeInviteCode(code: string): Invite {
  if (code === "") throw new InvalidInviteLinkError(`This invite link has no invite code after its "#". ${COPY_AGAIN}`);
  const bytes = base64UrlToBytes(code);
  if (bytes === undefined) {
    throw new InvalidInviteLinkError(
      `This invite link is damaged: its code has characters an invite code never has. ${COPY_AGAIN}`,
    );
  }
  const reader = new ByteReader(bytes);
  const format = reader.byte();
  if (format !== INVITE_CODE_FORMAT) {
    throw new InvalidInviteLinkError(
      `This invite link is in format ${format}, which this release of Ballotbox cannot read. ` +
        "Open it in an up-to-date Ballotbox app.",
    );
  }
  // Each field is checked as soon as it is read, so the message names the first thing wrong.
  const chainId = reader.leb128(MAX_CHAIN_ID_BYTES, "chain id");
  if (chainId < 1n || chainId > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged("chain id");
  const ballotbox = getAddress(bytesToHex(reader.take(ADDRESS_BYTES)));
  const pollId = reader.leb128(MAX_POLL_ID_BYTES, "poll id");
  if (pollId < 1n || pollId >= 2n ** 256n) throw damaged("poll id");
  const privateKey = bytesToHex(reader.take(WORD_BYTES));
  const key = BigInt(privateKey);
  if (key < 1n || key >= SECP256K1_ORDER) throw damaged("invite key");
  const proofLength = reader.byte();
  if (proofLength > MAX_PROOF_LENGTH) throw damaged("Merkle proof");
  const proof = Array.from({ length: proofLength }, () => bytesToHex(reader.take(WORD_BYTES)));
  if (reader.remaining() > 0) {
    throw new InvalidInviteLinkError(`This invite link is damaged: its code goes on after its end. ${COPY_AGAIN}`);
  }
  return { chainId: Number(chainId), ballotbox, pollId, privateKey, proof };
}

/**
 * Where a readable invite stands against its poll's invite sets: in the current one; in a set the
 * organizer published earlier and has since replaced or turned off; or in none ever published. The
 * last means the link was damaged on its way (a changed character in its key or proof still decodes),
 * not that the organizer replaced the invites.
 */
export type InviteStanding = "current" | "replaced" | "damaged";

export function inviteStanding(invite: Invite, currentRoot: Hex, publishedRoots: readonly Hex[]): InviteStanding {
  if (BigInt(currentRoot) !== 0n && inviteMatchesRoot(invite, currentRoot)) return "current";
  return publishedRoots.some((root) => BigInt(root) !== 0n && inviteMatchesRoot(invite, root)) ? "replaced" : "damaged";
}

function cutShort(): InvalidInviteLinkError {
  return new InvalidInviteLinkError(`This invite link is cut short: its code ends too early. ${COPY_AGAIN}`);
}

function damaged(field: string): InvalidInviteLinkError {
  return new InvalidInviteLinkError(`This invite link is damaged: its ${field} is not valid. ${COPY_AGAIN}`);
}

/** Reads the code's bytes in order; running out means the code was cut short. */
class ByteReader {
  private offset = 0;
  private readonly bytes: Uint8Array;

  // A plain field, not a parameter property: Node runs this file by stripping types, which cannot
  // rewrite constructors.
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  remaining(): number {
    return this.bytes.length - this.offset;
  }

  byte(): number {
    const value = this.bytes[this.offset];
    if (value === undefined) throw cutShort();
    this.offset += 1;
    return value;
  }

  take(length: number): Uint8Array {
    if (this.remaining() < length) throw cutShort();
    const slice = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  /** An unsigned LEB128 number of at most `maxBytes` bytes, in its one shortest encoding. */
  leb128(maxBytes: number, field: string): bigint {
    let value = 0n;
    for (let index = 0; index < maxBytes; index++) {
      const byte = this.byte();
      value |= BigInt(byte & 0x7f) << BigInt(7 * index);
      if ((byte & 0x80) === 0) {
        // A final zero byte after others adds nothing: only a doctored code has one.
        if (byte === 0 && index > 0) throw damaged(field);
        return value;
      }
    }
    throw damaged(field);
  }
}

/** Unsigned LEB128: 7 bits per byte, low bits first, the high bit set on all bytes but the last. */
function leb128(value: bigint): Uint8Array {
  const bytes: number[] = [];
  let rest = value;
  do {
    const low = Number(rest & 0x7fn);
    rest >>= 7n;
    bytes.push(rest === 0n ? low : low | 0x80);
  } while (rest !== 0n);
  return Uint8Array.from(bytes);
}

function fixedBytes(hex: Hex, length: number, field: string): Uint8Array {
  if (!/^0x[0-9a-fA-F]*$/.test(hex) || hex.length !== 2 + 2 * length) {
    throw new RangeError(`The ${field} must be ${length} bytes of hex.`);
  }
  return hexToBytes(hex);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
