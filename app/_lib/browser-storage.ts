"use client";
/**
 * A value kept in this browser's localStorage, shared by every component that reads it and kept in
 * step across tabs. `undefined` until the browser has been read (during server rendering and
 * hydration), `null` when nothing is stored.
 */
import { useCallback, useSyncExternalStore } from "react";

const listeners = new Map<string, Set<() => void>>();

/** Calls `listener` whenever `key` changes, in this tab (writeStored) or another (storage event). */
export function subscribeToStored(key: string, listener: () => void): () => void {
  const forKey = listeners.get(key) ?? new Set();
  listeners.set(key, forKey);
  forKey.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === key) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    forKey.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function readStored(key: string): string | null {
  return localStorage.getItem(key);
}

export function writeStored(key: string, value: string | null): void {
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  for (const listener of listeners.get(key) ?? []) listener();
}

export function useStoredString(key: string): string | null | undefined {
  const subscribeToKey = useCallback((listener: () => void) => subscribeToStored(key, listener), [key]);
  return useSyncExternalStore(
    subscribeToKey,
    () => readStored(key),
    () => undefined,
  );
}
