"use client";
/**
 * The voter's identity, kept in this browser only (localStorage, this origin). Its private key never
 * leaves the page: proofs are made in a worker of this page, and only commitments and proofs are sent.
 */
import { useMemo } from "react";
import { exportPrivateKey, importPrivateKey, type Identity } from "@/lib/identity/identity.ts";
import { useStoredString, writeStored } from "./browser-storage.ts";

const IDENTITY_KEY = "ballotbox:identity:v1";

/** The stored identity: undefined while unknown (server render), null when there is none. */
export function useIdentity(): Identity | null | undefined {
  const stored = useStoredString(IDENTITY_KEY);
  return useMemo(() => {
    if (stored === undefined || stored === null) return stored;
    try {
      return importPrivateKey(stored);
    } catch {
      return null;
    }
  }, [stored]);
}

export function saveIdentity(identity: Identity): void {
  writeStored(IDENTITY_KEY, exportPrivateKey(identity));
}

export function forgetIdentity(): void {
  writeStored(IDENTITY_KEY, null);
}
