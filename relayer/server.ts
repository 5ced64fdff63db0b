/**
 * The relayer's HTTP API (Fastify, JSON only), in the shape of lib/relayer/protocol.ts:
 *   POST /ballots            {pollId, proof} or {pollId, sealedBallot} → 202 receipt (200 and the same if resent)
 *   GET  /ballots/:id                                 → receipt
 *   POST /registrations      {pollId, identityCommitment, invite, inviteProof, signature} → 202 receipt
 *   GET  /registrations/:id
 *   GET  /health
 * A caller chooses neither the contract nor the calldata: the body is checked field by field and the
 * submitter builds the call. Every refusal is a 4xx (or 503 when the queue is full) with
 * {error: {code, message}}; an accepted request is in the journal, on disk, before the 202 is sent.
 *
 * Client addresses and the rate limit: each client may POST `rateLimit.max` times per window
 * (@fastify/rate-limit, its store an LRU of at most `rateLimit.maxClients` addresses, client-windows.ts,
 * so a flood of distinct addresses cannot grow memory). The client is the TCP peer, unless the peer is one of
 * `trustedProxies` (the app, whose server sets X-Forwarded-For to the address of its own peer, see
 * lib/relayer/forwarded-for.ts): then, and for exactly one hop, it is the last X-Forwarded-For entry.
 * Anything a client writes into X-Forwarded-For itself is therefore never believed.
 */
import proxyAddr from "@fastify/proxy-addr";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import type { Address } from "viem";
import { MAX_BODY_BYTES, type ErrorResponse, type Health, type EntryKind } from "../lib/relayer/protocol.ts";
import { intake } from "./intake.ts";
import type { Journal } from "./journal.ts";
import { receiptOf } from "./receipt.ts";
import { Rejection } from "./rejection.ts";
import { ClientWindows, rateLimitStore } from "./client-windows.ts";
import type { ValidationContext } from "./validate.ts";

/** A ballot body is about 1.5 KB; an invite registration with a 32-step proof about 2.5 KB. */

export interface RateLimitOptions {
  /** Requests each client may make per window. */
  max: number;
  windowMs: number;
  /** How many client addresses the limiter remembers at most (least recently seen are forgotten). */
  maxClients: number;
}

export interface ServerOptions {
  validation: ValidationContext;
  journal: Journal;
  rateLimit: RateLimitOptions;
  /** Addresses or CIDR ranges of the proxies (the app) whose X-Forwarded-For is believed; [] for none. */
  trustedProxies: readonly string[];
  maxQueue: number;
  /** Public facts for GET /health (the relayer's address, never its key). */
  health: Omit<Health, "ok" | "backlog"> & { contract: Address; relayer: Address };
  /** Called after an entry is journaled, to wake the submitter. */
  onAccepted: () => void;
  log: (message: string) => void;
}

export async function createRelayerServer(options: ServerOptions): Promise<FastifyInstance> {
  const trusted = proxyAddr.compile([...options.trustedProxies]);
  const app = Fastify({
    bodyLimit: MAX_BODY_BYTES,
    // Hop 0 is the TCP peer: only if it is a trusted proxy is the next address (its X-Forwarded-For's
    // last entry, which it wrote) taken, and no further hop is ever trusted.
    trustProxy: (address: string, hop: number) => hop === 0 && trusted(address, hop),
    logger: false,
    // Stopping must not wait for idle keep-alive connections (browsers keep them for minutes).
    forceCloseConnections: true,
  });

  // Every body is parsed as JSON, whatever its content type, with the relayer's own error for bad JSON.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_request, text, done) => {
    try {
      done(null, JSON.parse(String(text)) as unknown);
    } catch {
      done(new Rejection(400, "malformed_json", "The request body is not valid JSON."), undefined);
    }
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof Rejection) return sendError(reply, error);
    const code = (error as { code?: unknown }).code;
    if (code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return sendError(
        reply,
        new Rejection(413, "body_too_large", `The request body must be at most ${MAX_BODY_BYTES} bytes.`),
      );
    }
    if (code === "FST_ERR_CTP_EMPTY_JSON_BODY" || code === "FST_ERR_CTP_INVALID_CONTENT_LENGTH") {
      return sendError(reply, new Rejection(400, "malformed_json", "The request body is not valid JSON."));
    }
    // An unexpected failure (the node is down, a bug): no detail leaves the server, the log has it.
    options.log(`Request ${request.method} ${request.url} failed: ${String(error)}`);
    return sendError(reply, new Rejection(503, "unavailable", "The relayer cannot check this right now; try again."));
  });
  app.setNotFoundHandler((_request, reply) =>
    sendError(reply, new Rejection(404, "not_found", "There is no such endpoint.")),
  );

  await app.register(rateLimit, {
    global: true,
    // Reading a receipt or the health is not limited: only submissions cost the relayer work.
    allowList: (request) => request.method !== "POST",
    max: options.rateLimit.max,
    timeWindow: options.rateLimit.windowMs,
    store: rateLimitStore(new ClientWindows(options.rateLimit.maxClients)),
    errorResponseBuilder: () =>
      new Rejection(429, "rate_limited", "Too many requests from this address; wait a moment and try again."),
  });

  app.get("/health", () => ({ ok: true, ...options.health, backlog: options.journal.backlog() }) satisfies Health);

  for (const kind of ["ballot", "registration"] as const satisfies readonly EntryKind[]) {
    const collection = `/${kind}s`;
    app.post(collection, {
      // Cheap refusals first: a full queue is refused before the body is even read.
      preParsing: (_request, _reply, payload, done) => {
        if (options.journal.backlog() >= options.maxQueue) {
          done(new Rejection(503, "queue_full", "The relayer's queue is full; try again in a minute."));
        } else done(null, payload);
      },
      handler: async (request, reply) => {
        const { entry, created } = await intake(options.validation, options.journal, kind, request.body);
        if (created) options.onAccepted();
        return reply.code(created ? 202 : 200).send(receiptOf(entry));
      },
    });
    app.get<{ Params: { id: string } }>(`${collection}/:id`, (request) => {
      const entry = options.journal.get(request.params.id);
      if (entry === undefined || entry.kind !== kind) {
        throw new Rejection(404, "receipt_not_found", "There is no receipt with this id at this relayer.");
      }
      return receiptOf(entry);
    });
    const refuse = (message: string) => () => {
      throw new Rejection(405, "method_not_allowed", message);
    };
    app.route({
      method: ["GET", "PUT", "PATCH", "DELETE"],
      url: collection,
      handler: refuse(`Use POST to submit a ${kind}.`),
    });
    app.route({
      method: ["POST", "PUT", "PATCH", "DELETE"],
      url: `${collection}/:id`,
      handler: refuse("Use GET to read a receipt."),
    });
  }
  app.addHook("onSend", (_request, reply, payload, done) => {
    void reply.header("cache-control", "no-store");
    done(null, payload);
  });
  return app;
}

function sendError(reply: FastifyReply, rejection: Rejection): FastifyReply {
  const body: ErrorResponse = { error: { code: rejection.code, message: rejection.message } };
  return reply.code(rejection.status).send(body);
}
