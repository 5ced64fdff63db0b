/** Journal entries for the relayer's unit tests, queued and untried, with the fields that matter given. */
import type { Entry } from "../../../relayer/journal.ts";

export function queuedEntry(seq: number, fields: Partial<Pick<Entry, "kind" | "pollId" | "payload">> = {}): Entry {
  return {
    seq,
    id: `entry-${seq}`,
    kind: fields.kind ?? "ballot",
    pollId: fields.pollId ?? 1n,
    key: String(seq),
    payload: fields.payload ?? "{}",
    state: "queued",
    txHash: null,
    nonce: null,
    blockNumber: null,
    reason: null,
    code: null,
    attempts: 0,
    failures: 0,
  };
}
