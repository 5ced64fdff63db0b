import type { NextConfig } from "next";

const isDev = process.env.NODE_ENV !== "production";

// The relayer is reached through the app's own origin (/relayer/...), so the page needs no other
// origin for it and the relayer need not allow cross-origin requests. Read at build time.
const relayerUrl = process.env.RELAYER_URL ?? "http://127.0.0.1:8787";

// Everything the app loads comes from its own origin: no CDN, no font service, no analytics.
// The RPC endpoint is the one outside origin the browser talks to (wallet reads and the chain).
const contentSecurityPolicy = [
  "default-src 'self'",
  // Next's inline bootstrap needs 'unsafe-inline'; the dev server also needs 'unsafe-eval'.
  // 'wasm-unsafe-eval' lets the browser compile the proving circuit (WebAssembly).
  `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' ${process.env.NEXT_PUBLIC_RPC_URL ?? "http://127.0.0.1:8545"}${isDev ? " ws:" : ""}`,
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // snarkjs requires modules dynamically; keep it out of server bundles.
  serverExternalPackages: ["snarkjs"],
  headers: () => Promise.resolve([{ source: "/:path*", headers: securityHeaders }]),
  rewrites: () => Promise.resolve([{ source: "/relayer/:path*", destination: `${relayerUrl}/:path*` }]),
};

export default nextConfig;
