/**
 * Runs before every request (Next's Proxy, formerly Middleware): gives each response its security
 * headers, with a Content-Security-Policy whose script nonce is new for every response. Next reads
 * the nonce from the request's policy header and puts it on the scripts it renders, which is why
 * every page renders per request (the root layout awaits `connection()`).
 */
import { NextResponse, type NextRequest } from "next/server";
import { readServerEnv } from "./app/_lib/server-config.ts";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from "./app/_lib/security-headers.ts";

export function proxy(request: NextRequest): NextResponse {
  const env = readServerEnv();
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    // A bad configuration renders as an error page (see the root layout), which needs no RPC.
    rpcUrl: env.ok ? env.env.rpcUrl : undefined,
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
