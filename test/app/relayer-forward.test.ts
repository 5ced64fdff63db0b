/**
 * The app's /relayer/* forwarder against a stand-in HTTP server: what reaches the relayer (only the
 * body, its type and the client address the app's server set; never a cookie), what comes back, and
 * the refusals it makes itself (too large a body, no relayer, a bad RELAYER_URL).
 */
import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { forwardToRelayer } from "../../app/_lib/relayer-forward.ts";
import { MAX_BODY_BYTES } from "../../lib/relayer/protocol.ts";

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

describe("relayer forwarder", () => {
  let server: Server;
  let relayerUrl: string;
  const seen: Seen[] = [];

  before(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        seen.push({
          method: request.method,
          url: request.url,
          headers: request.headers,
          body: Buffer.concat(chunks).toString(),
        });
        response.writeHead(202, { "content-type": "application/json", "retry-after": "3" });
        response.end(JSON.stringify({ id: "r1" }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    relayerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/base/`;
  });
  after(() => server.close());

  it("Should pass on the body, its type and the client address, and nothing else", async () => {
    const request = new Request("http://app.example/relayer/ballots?x=1", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": "203.0.113.7",
        cookie: "session=secret",
        "user-agent": "Browser/1.0",
      },
      body: '{"pollId":"1"}',
    });
    const response = await forwardToRelayer(request, ["ballots"], { RELAYER_URL: relayerUrl });
    assert.equal(response.status, 202);
    assert.equal(response.headers.get("retry-after"), "3");
    assert.deepEqual(await response.json(), { id: "r1" });
    const last = seen.at(-1);
    assert.ok(last);
    assert.equal(last.method, "POST");
    assert.equal(last.url, "/base/ballots?x=1");
    assert.equal(last.body, '{"pollId":"1"}');
    assert.equal(last.headers["x-forwarded-for"], "203.0.113.7");
    assert.equal(last.headers["content-type"], "application/json");
    assert.equal(last.headers.cookie, undefined);
    assert.notEqual(last.headers["user-agent"], "Browser/1.0");
  });

  it("Should keep path segments from escaping the relayer's base path", async () => {
    const before = seen.length;
    const request = new Request("http://app.example/relayer/x");
    const escaping = await forwardToRelayer(request, ["..", "admin"], { RELAYER_URL: relayerUrl });
    assert.equal(escaping.status, 404);
    assert.equal(seen.length, before);
    await forwardToRelayer(request, ["ballots", "a/b?c"], { RELAYER_URL: relayerUrl });
    assert.equal(seen.at(-1)?.url, "/base/ballots/a%2Fb%3Fc");
  });

  it("Should refuse a body larger than the relayer reads, without sending it", async () => {
    const before = seen.length;
    const request = new Request("http://app.example/relayer/ballots", {
      method: "POST",
      body: "x".repeat(MAX_BODY_BYTES + 1),
    });
    const response = await forwardToRelayer(request, ["ballots"], { RELAYER_URL: relayerUrl });
    assert.equal(response.status, 413);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, "body_too_large");
    assert.equal(seen.length, before);
  });

  it("Should answer 502 in the relayer's error format when no relayer listens", async () => {
    const request = new Request("http://app.example/relayer/health");
    const response = await forwardToRelayer(request, ["health"], { RELAYER_URL: "http://127.0.0.1:1" });
    assert.equal(response.status, 502);
    assert.deepEqual(await response.json(), {
      error: { code: "unavailable", message: "The relayer cannot be reached right now." },
    });
  });

  it("Should name a bad RELAYER_URL", async () => {
    const response = await forwardToRelayer(new Request("http://app.example/relayer/health"), ["health"], {
      RELAYER_URL: "not a url",
    });
    assert.equal(response.status, 500);
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /RELAYER_URL/);
  });
});
