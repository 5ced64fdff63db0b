import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // snarkjs requires modules dynamically; keep it out of server bundles.
  serverExternalPackages: ["snarkjs"],
  // Nothing here reads the environment, so one build serves any chain and relayer: security headers,
  // with a per-request CSP nonce, are set by proxy.ts, and app/relayer/[...path] forwards to the relayer.
};

export default createNextIntlPlugin("./app/_i18n/request.ts")(nextConfig);
