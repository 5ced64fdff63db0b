"use client";
/**
 * The voter's identity, kept in this browser only, and never in the clear: sealed with this browser's
 * non-extractable device key (see lib/identity/sealed-identity.ts and device-key.ts), and, if the
 * voter chose, locked with a passphrase too. Its private key never leaves the page: proofs are made
 * in a worker of this page, and only commitments and proofs are sent.
 *
 * One store for the whole page, shared by every component and kept in step with other tabs. An
 * identity unlocked with its passphrase stays unlocked in memory until the page is closed.
 */
import { useSyncExternalStore } from "react";
import { importPrivateKey, type Identity } from "../../lib/identity/identity.ts";
import {
  UnreadableIdentityError,
  openSealedIdentity,
  sealIdentity,
  type OpenedIdentity,
} from "../../lib/identity/sealed-identity.ts";
import { readStored, subscribeToStored, writeStored } from "./browser-storage.ts";
import { deviceKey, readDeviceKey } from "./device-key.ts";

const SEALED_KEY = "ballotbox:identity:v2";
/** Where releases before encryption kept the private key in the clear: moved on first load, then deleted. */
const PLAINTEXT_KEY = "ballotbox:identity:v1";

export type IdentityState =
  /** Not read yet (server rendering, hydration, decryption under way). */
  | { status: "loading" }
  | { status: "none" }
  /** Locked with a passphrase: unlockIdentity opens it. */
  | { status: "locked"; commitment: bigint }
  | { status: "unlocked"; identity: Identity; passphraseSet: boolean }
  /** Stored, but it cannot be opened (its device key is gone, or it was changed). */
  | { status: "unreadable"; problem: string };

const LOADING: IdentityState = { status: "loading" };
const NONE: IdentityState = { status: "none" };

let state: IdentityState = LOADING;
/** The identity a passphrase opened, for this page's life. */
let unlocked: Identity | undefined;
/** The locked record's unlock step, while the state is "locked". */
let pendingUnlock: Extract<OpenedIdentity, { lock: "passphrase" }>["unlock"] | undefined;
/** Each read counts up, so a slower earlier read never overwrites a later one. */
let reads = 0;
const listeners = new Set<() => void>();
let stopWatching: (() => void) | undefined;

function setState(next: IdentityState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (stopWatching === undefined) {
    stopWatching = subscribeToStored(SEALED_KEY, () => void refresh());
    void refresh();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  };
}

async function refresh(): Promise<void> {
  const read = ++reads;
  let next: IdentityState;
  try {
    next = await readState();
  } catch (error) {
    next = { status: "unreadable", problem: error instanceof Error ? error.message : String(error) };
  }
  if (read === reads) setState(next);
}

async function readState(): Promise<IdentityState> {
  await sealPlaintextIdentity();
  const sealed = readStored(SEALED_KEY);
  pendingUnlock = undefined;
  if (sealed === null) {
    unlocked = undefined;
    return NONE;
  }
  const key = await readDeviceKey();
  if (key === undefined) {
    throw new UnreadableIdentityError(
      "The identity stored in this browser cannot be opened: its encryption key was removed from this " +
        "browser's storage. Restore it from a backup file.",
    );
  }
  const opened = await openSealedIdentity(sealed, key);
  if (opened.lock === "device") return { status: "unlocked", identity: opened.identity, passphraseSet: false };
  if (unlocked?.commitment === opened.commitment) {
    return { status: "unlocked", identity: unlocked, passphraseSet: true };
  }
  pendingUnlock = opened.unlock;
  return { status: "locked", commitment: opened.commitment };
}

/** An identity left in the clear by an older release is sealed, and the clear copy deleted. */
async function sealPlaintextIdentity(): Promise<void> {
  const plaintext = readStored(PLAINTEXT_KEY);
  if (plaintext === null) return;
  if (readStored(SEALED_KEY) === null) {
    let identity: Identity | undefined;
    try {
      identity = importPrivateKey(plaintext);
    } catch {
      // Not a private key: there is nothing to keep.
    }
    if (identity !== undefined) writeStored(SEALED_KEY, await sealIdentity(identity, await deviceKey()));
  }
  writeStored(PLAINTEXT_KEY, null);
}

/** Everything about the stored identity, including whether it is locked. */
export function useIdentityState(): IdentityState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => LOADING,
  );
}

/**
 * The identity, ready to vote with: undefined while unknown and while it is locked with a passphrase
 * (never null then, so no caller replaces a locked identity thinking there is none), null when there
 * is none. useIdentityState tells a locked identity apart.
 */
export function useIdentity(): Identity | null | undefined {
  const current = useIdentityState();
  if (current.status === "unlocked") return current.identity;
  return current.status === "none" ? null : undefined;
}

/** Stores a new identity, replacing any other (and its passphrase: the new one has none yet). */
export async function saveIdentity(identity: Identity): Promise<void> {
  const sealed = await sealIdentity(identity, await deviceKey());
  unlocked = undefined;
  writeStored(SEALED_KEY, sealed);
  setState({ status: "unlocked", identity, passphraseSet: false });
}

/** Locks the stored identity with a passphrase; it stays unlocked in this page. */
export async function setIdentityPassphrase(identity: Identity, passphrase: string): Promise<void> {
  const sealed = await sealIdentity(identity, await deviceKey(), passphrase);
  unlocked = identity;
  writeStored(SEALED_KEY, sealed);
  setState({ status: "unlocked", identity, passphraseSet: true });
}

/** Removes the passphrase: the identity is again sealed with the device key alone. */
export async function removeIdentityPassphrase(identity: Identity): Promise<void> {
  await saveIdentity(identity);
}

/** Opens a locked identity for this page; throws WrongPassphraseError for a wrong passphrase. */
export async function unlockIdentity(passphrase: string): Promise<void> {
  if (pendingUnlock === undefined) throw new Error("There is no locked identity to unlock in this browser.");
  const identity = await pendingUnlock(passphrase);
  unlocked = identity;
  pendingUnlock = undefined;
  setState({ status: "unlocked", identity, passphraseSet: true });
}

/** Locks a passphrase-protected identity again in this page (as closing the page does). */
export function lockIdentity(): void {
  unlocked = undefined;
  void refresh();
}

export function forgetIdentity(): void {
  unlocked = undefined;
  writeStored(SEALED_KEY, null);
}
