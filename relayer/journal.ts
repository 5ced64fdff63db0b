/**
 * The relayer's durable journal (SQLite): every accepted ballot and registration, and every transaction
 * the submitter signs. An entry is written, and synced to disk, before the client hears "accepted"; a
 * transaction is written (with its signed bytes) before it is broadcast. So after a crash at any moment
 * the journal knows every ballot it promised and every transaction that might be on chain.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Hex } from "viem";
import type { EntryKind, FailureCode, ReceiptState } from "../lib/relayer/protocol.ts";
import { openDatabase, type Database } from "./sqlite.ts";

export type { EntryKind };
export type EntryState = ReceiptState;

/** One accepted request: a ballot (proof) or an invite registration, with where it stands. */
export interface Entry {
  seq: number;
  id: string;
  kind: EntryKind;
  pollId: bigint;
  /** The ballot's nullifier, or the registration's invite address: what the chain spends once. */
  key: string;
  /** The call's arguments as JSON (decimal-string bigints). */
  payload: string;
  state: EntryState;
  txHash: Hex | null;
  nonce: number | null;
  blockNumber: bigint | null;
  reason: string | null;
  /** The machine code of `reason` (see FailureCode in lib/relayer/protocol.ts). */
  code: string | null;
  attempts: number;
  /** Failed attempts to submit it (a gas estimate that failed, a transaction that reverted). */
  failures: number;
}

/** A signed transaction, recorded before it is broadcast; a fee bump adds a row with the same nonce. */
export interface TxRecord {
  hash: Hex;
  nonce: number;
  raw: Hex;
  entryIds: string[];
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
  state: "pending" | "done";
  sentAt: number;
}

export class DuplicateEntryError extends Error {
  override name = "DuplicateEntryError";
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('ballot', 'registration')),
  poll_id TEXT NOT NULL,
  key TEXT NOT NULL,
  payload TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'submitted', 'counted', 'failed')),
  tx_hash TEXT,
  nonce INTEGER,
  block_number TEXT,
  reason TEXT,
  code TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
-- One live entry per nullifier (or invite) and poll; a failed one may be tried again.
CREATE UNIQUE INDEX IF NOT EXISTS entries_live_key ON entries (kind, poll_id, key) WHERE state != 'failed';
CREATE INDEX IF NOT EXISTS entries_state ON entries (state, seq);
CREATE TABLE IF NOT EXISTS transactions (
  hash TEXT PRIMARY KEY,
  nonce INTEGER NOT NULL,
  raw TEXT NOT NULL,
  entry_ids TEXT NOT NULL,
  max_fee_per_gas TEXT NOT NULL,
  max_priority_fee_per_gas TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
  sent_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS transactions_pending ON transactions (state, nonce);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

interface EntryRow {
  seq: number;
  id: string;
  kind: EntryKind;
  poll_id: string;
  key: string;
  payload: string;
  state: EntryState;
  tx_hash: string | null;
  nonce: number | null;
  block_number: string | null;
  reason: string | null;
  code: string | null;
  attempts: number;
  failures: number;
}

interface TxRow {
  hash: string;
  nonce: number;
  raw: string;
  entry_ids: string;
  max_fee_per_gas: string;
  max_priority_fee_per_gas: string;
  state: "pending" | "done";
  sent_at: number;
}

function toEntry(row: EntryRow): Entry {
  return {
    seq: row.seq,
    id: row.id,
    kind: row.kind,
    pollId: BigInt(row.poll_id),
    key: row.key,
    payload: row.payload,
    state: row.state,
    txHash: row.tx_hash as Hex | null,
    nonce: row.nonce,
    blockNumber: row.block_number === null ? null : BigInt(row.block_number),
    reason: row.reason,
    code: row.code,
    attempts: row.attempts,
    failures: row.failures,
  };
}

function toTx(row: TxRow): TxRecord {
  return {
    hash: row.hash as Hex,
    nonce: row.nonce,
    raw: row.raw as Hex,
    entryIds: JSON.parse(row.entry_ids) as string[],
    maxFeePerGas: BigInt(row.max_fee_per_gas),
    maxPriorityFeePerGas: BigInt(row.max_priority_fee_per_gas),
    state: row.state,
    sentAt: row.sent_at,
  };
}

export class Journal {
  private readonly db: Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.db = openDatabase(path.join(dataDir, "journal.sqlite"));
    // WAL for concurrent readers; synchronous=FULL so a commit is on disk before the client hears of it.
    this.db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;");
    this.db.exec(SCHEMA);
    // Journals written before failed attempts were counted lack the column.
    const columns = this.db.prepare("PRAGMA table_info(entries)").all() as unknown as { name: string }[];
    if (!columns.some((column) => column.name === "failures")) {
      this.db.exec("ALTER TABLE entries ADD COLUMN failures INTEGER NOT NULL DEFAULT 0");
    }
    // Likewise for failure codes: their entries keep only the sentence.
    if (!columns.some((column) => column.name === "code")) this.db.exec("ALTER TABLE entries ADD COLUMN code TEXT");
  }

  close(): void {
    this.db.close();
  }

  /**
   * Ties the journal to one deployment, or checks that it is the one it was tied to: entries and nonces
   * of another chain or contract (say, an embedded chain that was started afresh) must never be
   * replayed against this one. Returns a sentence when they differ.
   */
  bindDeployment(chainId: number, contract: string): string | undefined {
    const wanted = `${chainId}:${contract.toLowerCase()}`;
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'deployment'").get() as
      { value: string } | undefined;
    if (row === undefined) {
      this.db.prepare("INSERT INTO meta (key, value) VALUES ('deployment', ?)").run(wanted);
      return undefined;
    }
    if (row.value === wanted) return undefined;
    const [otherChain, otherContract] = row.value.split(":");
    return (
      `The journal in this data directory belongs to contract ${otherContract ?? "?"} on chain ${otherChain ?? "?"}, ` +
      `not ${contract} on chain ${chainId}: use another RELAYER_DATA_DIR (or, for a discarded local chain, delete it).`
    );
  }

  /** Records an accepted request as queued and returns its receipt id; throws DuplicateEntryError. */
  add(kind: EntryKind, pollId: bigint, key: string, payload: string): string {
    const id = randomBytes(16).toString("hex");
    const now = Date.now();
    try {
      this.db
        .prepare(
          `INSERT INTO entries (id, kind, poll_id, key, payload, state, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)`,
        )
        .run(id, kind, pollId.toString(), key, payload, now, now);
    } catch (error) {
      if (error instanceof Error && /UNIQUE constraint failed/.test(error.message)) {
        throw new DuplicateEntryError("already queued", { cause: error });
      }
      throw error;
    }
    return id;
  }

  get(id: string): Entry | undefined {
    const row = this.db.prepare("SELECT * FROM entries WHERE id = ?").get(id) as EntryRow | undefined;
    return row && toEntry(row);
  }

  /** The live (not failed) entry for a nullifier or invite in a poll, if any. */
  findLive(kind: EntryKind, pollId: bigint, key: string): Entry | undefined {
    const row = this.db
      .prepare("SELECT * FROM entries WHERE kind = ? AND poll_id = ? AND key = ? AND state != 'failed'")
      .get(kind, pollId.toString(), key) as EntryRow | undefined;
    return row && toEntry(row);
  }

  /** How many entries wait for the submitter (queued or in flight): what the queue bound limits. */
  backlog(): number {
    const row = this.db.prepare("SELECT COUNT(*) AS n FROM entries WHERE state IN ('queued', 'submitted')").get() as {
      n: number;
    };
    return row.n;
  }

  /** The oldest queued entry, and the queued entries of its kind and poll after it, up to `limit`. */
  nextBatch(limit: number): Entry[] {
    const first = this.db.prepare("SELECT * FROM entries WHERE state = 'queued' ORDER BY seq LIMIT 1").get() as
      EntryRow | undefined;
    if (first === undefined) return [];
    // Registrations go one per transaction (there is no batch registration function).
    const max = first.kind === "registration" ? 1 : limit;
    const rows = this.db
      .prepare("SELECT * FROM entries WHERE state = 'queued' AND kind = ? AND poll_id = ? ORDER BY seq LIMIT ?")
      .all(first.kind, first.poll_id, max) as unknown as EntryRow[];
    return rows.map(toEntry);
  }

  entriesIn(ids: readonly string[]): Entry[] {
    return ids.flatMap((id) => {
      const entry = this.get(id);
      return entry ? [entry] : [];
    });
  }

  /** Entries marked submitted: after a crash, the ones whose fate reconcile must find out. */
  submitted(): Entry[] {
    const rows = this.db
      .prepare("SELECT * FROM entries WHERE state = 'submitted' ORDER BY seq")
      .all() as unknown as EntryRow[];
    return rows.map(toEntry);
  }

  /**
   * Records a signed transaction and marks its entries submitted, in one commit, before the broadcast:
   * a restart then finds the transaction (and can re-broadcast its exact bytes) whatever happened next.
   */
  recordTransaction(tx: Omit<TxRecord, "state" | "sentAt">): void {
    const now = Date.now();
    this.inTransaction(() => {
      this.db
        .prepare(
          `INSERT INTO transactions (hash, nonce, raw, entry_ids, max_fee_per_gas, max_priority_fee_per_gas, state, sent_at)
           VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`,
        )
        .run(
          tx.hash,
          tx.nonce,
          tx.raw,
          JSON.stringify(tx.entryIds),
          tx.maxFeePerGas.toString(),
          tx.maxPriorityFeePerGas.toString(),
          now,
        );
      const mark = this.db.prepare(
        "UPDATE entries SET state = 'submitted', tx_hash = ?, nonce = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?",
      );
      for (const id of tx.entryIds) mark.run(tx.hash, tx.nonce, now, id);
    });
  }

  /** Every recorded transaction of the lowest nonce still pending (a fee bump adds one per nonce). */
  pendingTransactions(): TxRecord[] {
    const first = this.db
      .prepare("SELECT nonce FROM transactions WHERE state = 'pending' ORDER BY nonce LIMIT 1")
      .get() as { nonce: number } | undefined;
    if (first === undefined) return [];
    const rows = this.db
      .prepare("SELECT * FROM transactions WHERE state = 'pending' AND nonce = ? ORDER BY sent_at")
      .all(first.nonce) as unknown as TxRow[];
    return rows.map(toTx);
  }

  /** The highest nonce ever recorded, to never reuse one. */
  highestNonce(): number | undefined {
    const row = this.db.prepare("SELECT MAX(nonce) AS n FROM transactions").get() as { n: number | null };
    return row.n ?? undefined;
  }

  /** Closes a nonce: every transaction recorded under it is settled (one was mined, or none will be). */
  settleNonce(nonce: number): void {
    this.db.prepare("UPDATE transactions SET state = 'done' WHERE nonce = ?").run(nonce);
  }

  markCounted(id: string, txHash: Hex | null, blockNumber: bigint): void {
    this.db
      .prepare(
        "UPDATE entries SET state = 'counted', tx_hash = COALESCE(?, tx_hash), block_number = ?, reason = NULL, code = NULL, updated_at = ? WHERE id = ?",
      )
      .run(txHash, blockNumber.toString(), Date.now(), id);
  }

  /** Fails an entry with an English sentence (for logs) and its code (for the app to word). */
  markFailed(id: string, reason: string, code?: FailureCode): void {
    this.db
      .prepare("UPDATE entries SET state = 'failed', reason = ?, code = ?, updated_at = ? WHERE id = ?")
      .run(reason, code ?? null, Date.now(), id);
  }

  /** Counts one failed attempt to submit an entry; returns how many it has had. */
  recordFailure(id: string): number {
    const row = this.db
      .prepare("UPDATE entries SET failures = failures + 1, updated_at = ? WHERE id = ? RETURNING failures")
      .get(Date.now(), id) as { failures: number } | undefined;
    return row?.failures ?? 0;
  }

  /** Puts an entry back in the queue (its transaction failed for a reason that is not the ballot's). */
  requeue(id: string): void {
    this.db
      .prepare("UPDATE entries SET state = 'queued', tx_hash = NULL, nonce = NULL, updated_at = ? WHERE id = ?")
      .run(Date.now(), id);
  }

  /** Runs `work` in one SQLite transaction: all of it is on disk, or none. */
  inTransaction(work: () => void): void {
    this.db.exec("BEGIN IMMEDIATE");
    try {
      work();
      this.db.exec("COMMIT");
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
  }
}
