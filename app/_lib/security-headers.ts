/**
 * The security headers of every response, built per request by proxy.ts. The Content-Security-Policy
 * carries a fresh nonce: Next finds it in the request's policy and puts it on its own scripts, so no
 * inline script runs without it and script-src needs no 'unsafe-inline'.
 */

export interface PolicyInputs {
  /** Fresh for each response (see newNonce). */
  nonce: string;
  /** The one outside origin the browser talks to: the chain's JSON-RPC endpoint. */
  rpcUrl: string | undefined;
  /** `next dev`: React's dev build evaluates code, and hot reload talks over a WebSocket. */
  development: boolean;
}

/** 16 random bytes in base64: the CSP grammar's base64-value, unguessable per response. */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Everything the app loads comes from its own origin (no CDN, font service or analytics), and the
 * relayer is reached through it too (/relayer/...), so the RPC endpoint is the only other origin.
 */
export function contentSecurityPolicy({ nonce, rpcUrl, development }: PolicyInputs): string {
  const rpcOrigin = rpcUrl === undefined ? "" : ` ${new URL(rpcUrl).origin}`;
  return [
    "default-src 'self'",
    // Same-origin script files, and inline scripts only with this response's nonce (Next's bootstrap
    // and streamed page data). 'wasm-unsafe-eval' lets the browser compile the proving circuit
    // (WebAssembly) and nothing else; the dev server alone needs 'unsafe-eval'.
    `script-src 'self' 'nonce-${nonce}' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ""}`,
    // Charts and layout set style attributes, which a nonce cannot cover; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${rpcOrigin}${development ? " ws:" : ""}`,
    // The proving worker is a same-origin script; snarkjs starts its threads from blob: URLs.
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** The headers that do not change per request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
