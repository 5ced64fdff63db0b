/**
 * Runs before every request (Next's Proxy, formerly Middleware):
 *  - pages get their language (next-intl's middleware, app/_i18n/routing.ts): a bare path is
 *    answered in English or redirected to the prefix of the language the browser chose or prefers;
 *  - every response gets its security headers, with a Content-Security-Policy whose script nonce is
 *    new for every response. Next reads the nonce from the request's policy header and puts it on the
 *    scripts it renders, which is why every page renders per request (the root layout awaits
 *    `connection()`).
 */
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./app/_i18n/routing.ts";
import { readServerEnv } from "./app/_lib/server-config.ts";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from "./app/_lib/security-headers.ts";

const localize = createMiddleware(routing);

/** Paths that are not pages: the artifacts, roll snapshots, the relayer forwarder and Next's own files. */
const NOT_A_PAGE = /^\/(?:zk|rolls|relayer|_next)(?:\/|$)|\.[a-z0-9]+$/i;

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
  // next-intl passes the request's headers on to the page it rewrites or continues to, policy included.
  const response = NOT_A_PAGE.test(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : localize(new NextRequest(request, { headers: requestHeaders }));
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
