"use client";
/**
 * Ballot receipts, kept in this browser so a voter can come back and check theirs: the nullifier
 * (public on chain once counted) and how the ballot was sent. The choice itself is not stored.
 */
import { useMemo } from "react";
import { z } from "zod";
import { useStoredString, writeStored } from "./browser-storage.ts";

const receiptSchema = z.object({
  nullifier: z.string().regex(/^\d+$/),
  via: z.enum(["relayer", "wallet"]),
  relayerId: z.string().optional(),
  transactionHash: z.string().optional(),
  submittedAt: z.number(),
});
export type StoredReceipt = z.infer<typeof receiptSchema>;

const receiptKey = (chainId: number, ballotbox: string, pollId: bigint) =>
  `ballotbox:receipt:v1:${chainId}:${ballotbox.toLowerCase()}:${pollId}`;

export function useStoredReceipt(chainId: number, ballotbox: string, pollId: bigint): StoredReceipt | null | undefined {
  const stored = useStoredString(receiptKey(chainId, ballotbox, pollId));
  return useMemo(() => {
    if (stored === undefined || stored === null) return stored;
    try {
      const parsed = receiptSchema.safeParse(JSON.parse(stored) as unknown);
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }, [stored]);
}

export function saveReceipt(chainId: number, ballotbox: string, pollId: bigint, receipt: StoredReceipt): void {
  writeStored(receiptKey(chainId, ballotbox, pollId), JSON.stringify(receipt));
}
