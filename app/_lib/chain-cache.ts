"use client";
/**
 * What this browser has already read from the chain (a roll's tree, how far a poll's ballots were
 * scanned), kept in IndexedDB so that a page opened again reads only the blocks since. A cache only:
 * every entry is checked against its schema when read, and without IndexedDB (some private modes)
 * everything is simply read from the chain again.
 */
import { createStore, get, set, type UseStore } from "idb-keyval";
import type { z } from "zod";

/** The database's name, for a benchmark or a test that needs a browser that has read nothing yet. */
export const CHAIN_CACHE_DATABASE = "ballotbox-chain-cache";

let store: UseStore | undefined;
function cacheStore(): UseStore {
  store ??= createStore(CHAIN_CACHE_DATABASE, "entries");
  return store;
}

export async function loadCached<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  try {
    const parsed = schema.safeParse(await get(key, cacheStore()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function saveCached(key: string, value: unknown): Promise<void> {
  try {
    await set(key, value, cacheStore());
  } catch {
    // Without the cache, the next visit reads from the chain again.
  }
}
