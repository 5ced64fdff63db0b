/** A nullifier as receipts show it (decimal), or why the text is not one. */
import { SNARK_SCALAR_FIELD } from "@/lib/snark/field.ts";

export type NullifierReading = { ok: true; nullifier: bigint } | { ok: false; reason: "empty" | "format" | "range" };

export function readNullifier(text: string): NullifierReading {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "empty" };
  if (!/^[0-9]{1,78}$/.test(trimmed)) return { ok: false, reason: "format" };
  const value = BigInt(trimmed);
  return value < SNARK_SCALAR_FIELD ? { ok: true, nullifier: value } : { ok: false, reason: "range" };
}
