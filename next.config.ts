import type { NextConfig } from "next";

// The relayer is reached through the app's own origin (/relayer/...), so the page needs no other
// origin for it and the relayer need not allow cross-origin requests. Read at build time.
// The rewrite passes the request's headers on as they are and adds no client address: the app's
// server (scripts/serve-app.ts) sets X-Forwarded-For to each client's own address before Next sees
// the request, which is what lets the relayer rate-limit per voter (see README, "Client addresses").
const relayerUrl = process.env.RELAYER_URL ?? "http://127.0.0.1:8787";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // snarkjs requires modules dynamically; keep it out of server bundles.
  serverExternalPackages: ["snarkjs"],
  // Security headers, with a per-request CSP nonce, are set by proxy.ts.
  rewrites: () => Promise.resolve([{ source: "/relayer/:path*", destination: `${relayerUrl}/:path*` }]),
};

export default nextConfig;
