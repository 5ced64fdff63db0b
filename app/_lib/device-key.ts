/**
 * This browser's device key (see lib/identity/sealed-identity.ts), kept in IndexedDB: a CryptoKey is
 * stored there as the key object itself, still non-extractable, so no script can read its bytes out.
 */
import { createStore, get, update, type UseStore } from "idb-keyval";
import { newDeviceKey } from "../../lib/identity/sealed-identity.ts";

const DATABASE = "ballotbox";
const STORE = "keys";
const DEVICE_KEY = "identity-device-key";

let store: UseStore | undefined;

/** Opened on first use: there is no IndexedDB while the server renders. */
function keyStore(): UseStore {
  store ??= createStore(DATABASE, STORE);
  return store;
}

/** The device key, if this browser has one. */
export async function readDeviceKey(): Promise<CryptoKey | undefined> {
  return get<CryptoKey>(DEVICE_KEY, keyStore());
}

/**
 * The device key, made on first use. Two tabs may both make one; the write keeps whichever was stored
 * first (one transaction), and both use the stored key, so nothing is ever sealed with a lost key.
 */
export async function deviceKey(): Promise<CryptoKey> {
  const existing = await readDeviceKey();
  if (existing !== undefined) return existing;
  const fresh = await newDeviceKey();
  await update<CryptoKey>(DEVICE_KEY, (stored) => stored ?? fresh, keyStore());
  const kept = await readDeviceKey();
  if (kept === undefined) throw new Error("This browser did not keep the identity's encryption key (IndexedDB).");
  return kept;
}
