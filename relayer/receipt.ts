/** A journal entry as the protocol's receipt: only what the client may know, in the shared shape. */
import type { Receipt } from "../lib/relayer/protocol.ts";
import type { Entry } from "./journal.ts";

export function receiptOf(entry: Entry): Receipt {
  return {
    id: entry.id,
    kind: entry.kind,
    pollId: entry.pollId.toString(),
    state: entry.state,
    ...(entry.txHash !== null && entry.state !== "queued" ? { transactionHash: entry.txHash } : {}),
    ...(entry.blockNumber !== null ? { blockNumber: entry.blockNumber.toString() } : {}),
    ...(entry.reason !== null && entry.state === "failed" ? { reason: entry.reason } : {}),
    ...(entry.code !== null && entry.state === "failed" ? { code: entry.code } : {}),
  };
}
