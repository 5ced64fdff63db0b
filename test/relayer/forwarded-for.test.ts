/**
 * The app server's client address (lib/relayer/forwarded-for.ts), on a real HTTP server: the request
 * Next (and so the relayer forwarder) sees carries exactly one X-Forwarded-For, the client's own
 * address, whatever forwarding headers the client wrote; proxies in front are believed only as far
 * as APP_TRUST_PROXY says.
 */
import assert from "node:assert/strict";
import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { parseTrust, setForwardedFor } from "../../lib/relayer/forwarded-for.ts";

/** Sends one request from `localAddress` with `headers`; returns the headers the app would pass on. */
async function passedOn(
  setting: string | undefined,
  localAddress: string,
  headers: Record<string, string>,
): Promise<IncomingHttpHeaders> {
  const trust = parseTrust(setting);
  let seen: IncomingHttpHeaders = {};
  const server = createServer((incoming, outgoing) => {
    setForwardedFor(incoming, trust);
    seen = { ...incoming.headers };
    outgoing.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => {
    const outgoing = request({ host: "127.0.0.1", port, localAddress, headers, agent: false }, (response) => {
      response.resume();
      response.on("end", resolve);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
  await new Promise((resolve) => server.close(resolve));
  return seen;
}

const forged = {
  "x-forwarded-for": "6.6.6.6, 7.7.7.7",
  "x-real-ip": "6.6.6.6",
  forwarded: "for=6.6.6.6",
  "x-forwarded-host": "evil.example",
};

describe("the app server's client address", () => {
  it("Should replace whatever a client sends with its own address, by default", async () => {
    const headers = await passedOn(undefined, "127.0.0.2", forged);
    assert.equal(headers["x-forwarded-for"], "127.0.0.2");
    assert.equal(headers["x-real-ip"], undefined);
    assert.equal(headers.forwarded, undefined);
    assert.equal(headers["x-forwarded-host"], undefined);
  });

  it("Should take the address a trusted proxy in front forwarded, and only one hop of it", async () => {
    // One nginx in front (here the peer 127.0.0.3) that appends its peer's address.
    const behindOne = await passedOn("1", "127.0.0.3", { "x-forwarded-for": "6.6.6.6, 198.51.100.4" });
    assert.equal(behindOne["x-forwarded-for"], "198.51.100.4");
    const byAddress = await passedOn("127.0.0.3", "127.0.0.3", { "x-forwarded-for": "198.51.100.5" });
    assert.equal(byAddress["x-forwarded-for"], "198.51.100.5");
    // A peer that is not the named proxy is the client, whatever it forwards.
    const notTrusted = await passedOn("127.0.0.3", "127.0.0.4", { "x-forwarded-for": "198.51.100.6" });
    assert.equal(notTrusted["x-forwarded-for"], "127.0.0.4");
  });

  it("Should refuse a setting it cannot read, with a sentence", () => {
    assert.throws(() => parseTrust("everyone"), /APP_TRUST_PROXY must be "none", a number of proxies/);
  });
});
