/**
 * Who the client of a request to the app is, for the relayer behind it. Browsers reach the relayer
 * through the app's /relayer/* forwarder (app/_lib/relayer-forward.ts), which passes on X-Forwarded-For
 * as Next received it: whatever the client wrote. So the app's server (scripts/serve-app.ts)
 * calls this on every request before Next sees it: the client is the TCP peer, or, behind proxies the
 * operator names (APP_TRUST_PROXY), the address they forwarded, as proxy-addr reads it; every
 * forwarding header the client sent is removed, and X-Forwarded-For is set to exactly that address.
 * The relayer believes X-Forwarded-For from the app alone, for that one hop (relayer/server.ts).
 */
import type { IncomingMessage } from "node:http";
import proxyAddr from "@fastify/proxy-addr";

/** Headers that name a client or an origin: never taken from a client as they are. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-real-ip", "x-client-ip", "true-client-ip"] as const;
/** Scheme and host as a proxy in front saw them: kept only from a trusted proxy. */
const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

export type Trust = (address: string, hop: number) => boolean;

/**
 * APP_TRUST_PROXY: unset or "none" trusts nothing (the peer is the client, right for the app serving
 * browsers itself); a number n trusts n proxies in front (e.g. 1 behind one nginx); otherwise
 * comma-separated addresses or CIDR ranges of the proxies in front.
 */
export function parseTrust(setting: string | undefined): Trust {
  const value = (setting ?? "").trim();
  if (value === "" || value === "none") return () => false;
  if (/^[0-9]+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  try {
    return proxyAddr.compile(value.split(",").map((part) => part.trim()));
  } catch {
    throw new Error(
      `APP_TRUST_PROXY must be "none", a number of proxies, or comma-separated IP addresses or CIDR ranges, not "${value}".`,
    );
  }
}

/** Rewrites the request's forwarding headers in place; returns the client address it set. */
export function setForwardedFor(request: IncomingMessage, trust: Trust): string {
  const client = proxyAddr(request, trust);
  const peer = request.socket.remoteAddress ?? "";
  for (const header of FORWARDING_HEADERS) Reflect.deleteProperty(request.headers, header);
  if (!trust(peer, 0)) for (const header of PROXY_HEADERS) Reflect.deleteProperty(request.headers, header);
  request.headers["x-forwarded-for"] = client;
  return client;
}
