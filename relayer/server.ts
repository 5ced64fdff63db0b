/**
 * The relayer's HTTP API (node:http, JSON only):
 *   POST /ballots            {pollId, proof}          → 202 {id, state: "queued"}
 *   GET  /ballots/:id                                 → {id, state, transactionHash?, blockNumber?, reason?}
 *   POST /registrations      {pollId, identityCommitment, invite, inviteProof, signature} → 202
 *   GET  /registrations/:id
 *   GET  /health
 * A caller chooses neither the contract nor the calldata: the body is checked field by field and the
 * submitter builds the call. Every refusal is a 4xx (or 503 when the queue is full) with
 * {error: {code, message}}; an accepted request is in the journal, on disk, before the 202 is sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Address } from "viem";
import { DuplicateEntryError, type Entry, type EntryKind, type Journal } from "./journal.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { Rejection } from "./rejection.ts";
import { encodePayload, validateBallot, validateRegistration, type ValidationContext } from "./validate.ts";

/** A ballot body is about 1.5 KB; an invite registration with a 32-step proof about 2.5 KB. */
const MAX_BODY_BYTES = 8 * 1024;

export interface ServerOptions {
  validation: ValidationContext;
  journal: Journal;
  limiter: RateLimiter;
  maxQueue: number;
  trustProxy: boolean;
  /** Public facts for GET /health (the relayer's address, never its key). */
  health: { chainId: number; contract: Address; relayer: Address };
  /** Called after an entry is journaled, to wake the submitter. */
  onAccepted: () => void;
  log: (message: string) => void;
}

export function createRelayerServer(options: ServerOptions): Server {
  return createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      if (error instanceof Rejection) {
        sendError(response, error);
        return;
      }
      // An unexpected failure (the node is down, a bug): no detail leaves the server, the log has it.
      options.log(`Request ${request.method ?? ""} ${request.url ?? ""} failed: ${String(error)}`);
      sendError(response, new Rejection(503, "unavailable", "The relayer cannot check this right now; try again."));
    });
  });
}

async function handle(options: ServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", "http://relayer");
  const method = request.method ?? "GET";
  const parts = url.pathname.split("/").filter((part) => part !== "");

  if (method === "GET" && url.pathname === "/health") {
    send(response, 200, { ok: true, ...options.health, backlog: options.journal.backlog() });
    return;
  }
  const collection = parts[0] === "ballots" ? "ballot" : parts[0] === "registrations" ? "registration" : undefined;
  if (collection === undefined || parts.length > 2) throw new Rejection(404, "not_found", "There is no such endpoint.");

  if (parts.length === 2) {
    if (method !== "GET") throw new Rejection(405, "method_not_allowed", "Use GET to read a receipt.");
    const entry = options.journal.get(parts[1] ?? "");
    if (entry === undefined || entry.kind !== collection) {
      throw new Rejection(404, "receipt_not_found", "There is no receipt with this id at this relayer.");
    }
    send(response, 200, receiptOf(entry));
    return;
  }
  if (method !== "POST") throw new Rejection(405, "method_not_allowed", `Use POST to submit a ${collection}.`);
  if (!options.limiter.take(clientAddress(request, options.trustProxy))) {
    throw new Rejection(429, "rate_limited", "Too many requests from this address; wait a moment and try again.");
  }
  // Cheap refusals first: a full queue is refused before any proof is checked.
  if (options.journal.backlog() >= options.maxQueue) {
    throw new Rejection(503, "queue_full", "The relayer's queue is full; try again in a minute.");
  }
  const body = await readJson(request);
  const id = await accept(options, collection, body);
  options.onAccepted();
  send(response, 202, { id, state: "queued" });
}

/** Validates and journals; returns the receipt id once the entry is on disk. */
async function accept(options: ServerOptions, kind: EntryKind, body: unknown): Promise<string> {
  const { validation, journal } = options;
  try {
    if (kind === "ballot") {
      const ballot = await validateBallot(validation, body);
      return journal.add("ballot", ballot.pollId, ballot.proof.nullifier.toString(), encodePayload(ballot));
    }
    const registration = await validateRegistration(validation, body);
    return journal.add("registration", registration.pollId, registration.invite, encodePayload(registration));
  } catch (error) {
    // Two requests with the same nullifier can pass validation together; the journal's unique index
    // lets exactly one in.
    if (error instanceof DuplicateEntryError) {
      throw new Rejection(409, "already_queued", `This ${kind} is already queued at this relayer.`);
    }
    throw error;
  }
}

export function receiptOf(entry: Entry) {
  return {
    id: entry.id,
    kind: entry.kind,
    pollId: entry.pollId.toString(),
    state: entry.state,
    ...(entry.txHash !== null && entry.state !== "queued" ? { transactionHash: entry.txHash } : {}),
    ...(entry.blockNumber !== null ? { blockNumber: entry.blockNumber.toString() } : {}),
    ...(entry.reason !== null && entry.state === "failed" ? { reason: entry.reason } : {}),
  };
}

function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? "unknown";
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    request.resume();
    throw new Rejection(413, "body_too_large", `The request body must be at most ${MAX_BODY_BYTES} bytes.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      throw new Rejection(413, "body_too_large", `The request body must be at most ${MAX_BODY_BYTES} bytes.`);
    }
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    throw new Rejection(400, "malformed_json", "The request body is not valid JSON.");
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

function sendError(response: ServerResponse, rejection: Rejection): void {
  send(response, rejection.status, { error: { code: rejection.code, message: rejection.message } });
}
