/**
 * The relayer's HTTP layer in process, without a chain: who a client is (the TCP peer, or the app's
 * X-Forwarded-For for exactly one hop), the per-client rate limit, and its memory bound under a flood
 * of distinct addresses. The bodies are invalid on purpose: refused (400) after the rate limit and
 * before any call to the chain, so no node is needed.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { FastifyInstance } from "fastify";
import { createPublicClient, http } from "viem";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { Journal } from "../../relayer/journal.ts";
import { Polls } from "../../relayer/polls.ts";
import { ClientWindows } from "../../relayer/client-windows.ts";
import { ProofVerifier } from "../../relayer/proof-verifier.ts";
import { createRelayerServer, type RateLimitOptions } from "../../relayer/server.ts";
import { BALLOTBOX, CHAIN_ID } from "./helpers/election.ts";

let dir: string;
let verifier: ProofVerifier;
const servers: { app: FastifyInstance; journal: Journal }[] = [];

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ballotbox-relayer-http-"));
  verifier = await ProofVerifier.create();
});
after(async () => {
  for (const { app, journal } of servers) {
    await app.close();
    journal.close();
  }
  await releaseSnarkjs();
  await rm(dir, { recursive: true, force: true });
});

/** A relayer server of its own (own journal, own limiter) for one test. */
async function server(rateLimit: RateLimitOptions, trustedProxies: readonly string[] = ["127.0.0.1"]) {
  // Nothing listens here: these tests never get as far as the chain.
  const client = createPublicClient({ transport: http("http://127.0.0.1:9") });
  const journal = new Journal(path.join(dir, String(servers.length)));
  const app = await createRelayerServer({
    validation: { client, chainId: CHAIN_ID, ballotbox: BALLOTBOX, polls: new Polls(client, BALLOTBOX), verifier },
    journal,
    rateLimit,
    trustedProxies,
    maxQueue: 100,
    health: { chainId: CHAIN_ID, contract: BALLOTBOX, relayer: BALLOTBOX },
    onAccepted: () => undefined,
    log: () => undefined,
  });
  servers.push({ app, journal });
  await app.ready();
  return app;
}

/** POSTs an invalid ballot from `remoteAddress`, with the given X-Forwarded-For; returns the status. */
async function post(app: FastifyInstance, remoteAddress: string, forwardedFor?: string): Promise<number> {
  const reply = await app.inject({
    method: "POST",
    url: "/ballots",
    remoteAddress,
    headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    payload: "{}",
  });
  return reply.statusCode;
}

/** One request after another (as separate connections' requests arrive), with their statuses. */
async function statuses(app: FastifyInstance, count: number, from: string, forwardedFor?: (i: number) => string) {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push(await post(app, from, forwardedFor?.(i)));
  return seen;
}

describe("relayer client addresses and rate limit", () => {
  it("Should limit each client after its burst, and not another client", async () => {
    const app = await server({ max: 3, windowMs: 60_000, maxClients: 100 });
    assert.deepEqual(await statuses(app, 4, "192.0.2.1"), [400, 400, 400, 429]);
    assert.equal(await post(app, "192.0.2.2"), 400);
    const limited = await app.inject({ method: "POST", url: "/ballots", remoteAddress: "192.0.2.1", payload: "{}" });
    assert.equal(limited.json<{ error: { code: string } }>().error.code, "rate_limited");
  });

  it("Should take the client from X-Forwarded-For only when the app (a trusted peer) sends it", async () => {
    const app = await server({ max: 2, windowMs: 60_000, maxClients: 100 });
    // Through the app (peer 127.0.0.1): each forwarded client has its own bucket.
    assert.deepEqual(await statuses(app, 3, "127.0.0.1", () => "198.51.100.7"), [400, 400, 429]);
    assert.equal(await post(app, "127.0.0.1", "198.51.100.8"), 400);
    // Straight from an untrusted peer, a made-up X-Forwarded-For changes nothing.
    assert.deepEqual(await statuses(app, 3, "203.0.113.9", (i) => `10.0.0.${i}`), [400, 400, 429]);
  });

  it("Should trust exactly one hop: a client's own entries before the app's are ignored", async () => {
    const app = await server({ max: 2, windowMs: 60_000, maxClients: 100 });
    // A proxy that appends (rather than replaces) would pass "forged, real": only "real" counts.
    assert.deepEqual(await statuses(app, 3, "127.0.0.1", (i) => `10.9.9.${i}, 198.51.100.20`), [400, 400, 429]);
  });

  it("Should believe no X-Forwarded-For with no trusted proxy", async () => {
    const app = await server({ max: 2, windowMs: 60_000, maxClients: 100 }, []);
    assert.deepEqual(await statuses(app, 3, "127.0.0.1", (i) => `10.1.1.${i}`), [400, 400, 429]);
  });

  it("Should keep concurrent requests of one client apart (each sees its own count)", async () => {
    const app = await server({ max: 2, windowMs: 60_000, maxClients: 100 });
    const all = await Promise.all([1, 2, 3].map(() => post(app, "192.0.2.30")));
    assert.deepEqual(all, [400, 400, 429]);
  });
});

describe("the limiter's memory", () => {
  it("Should remember at most maxClients under 100,000 distinct addresses, in bounded memory", () => {
    const maxClients = 1_000;
    const windows = new ClientWindows(maxClients);
    const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    for (let n = 0; n < 2_000; n++) windows.count(address(200_000 + n), 60_000);
    const heapBefore = heapAfterGc();
    for (let n = 0; n < 100_000; n++) windows.count(address(n), 60_000);
    const growth = heapAfterGc() - heapBefore;
    assert.equal(windows.size, maxClients);
    // Unbounded, 100,000 windows take about 20 MB here; the LRU holds 1,000 of them.
    assert.ok(growth < 2 * 1024 * 1024, `the heap grew by ${(growth / 1024 / 1024).toFixed(1)} MB`);
    // The most recent clients are still counted: the limit holds for them.
    assert.equal(windows.count(address(99_999), 60_000).current, 2);
  });

  it("Should start a new window once the old one is over", () => {
    let now = 0;
    const windows = new ClientWindows(10, () => now);
    assert.deepEqual(windows.count("a", 1_000), { current: 1, ttl: 1_000 });
    now = 400;
    assert.deepEqual(windows.count("a", 1_000), { current: 2, ttl: 600 });
    now = 1_000;
    assert.deepEqual(windows.count("a", 1_000), { current: 1, ttl: 1_000 });
  });
});

// No --expose-gc needed: V8's flag can be set at run time, and a new context then sees gc().
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  gc();
  return process.memoryUsage().heapUsed;
}
