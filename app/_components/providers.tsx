"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { WagmiProvider } from "wagmi";
import { hashFn } from "wagmi/query";
import { AppConfigProvider } from "../_lib/app-config.tsx";
import type { AppConfig } from "../_lib/server-config.ts";
import { createWagmiConfig } from "../_lib/wagmi.ts";

export function Providers({ config, children }: { config: AppConfig; children: ReactNode }) {
  const [wagmiConfig] = useState(() => createWagmiConfig(config.chainId, config.rpcUrl));
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // hashFn: query keys hold bigints (poll ids), which the default JSON hashing refuses.
          queries: { queryKeyHashFn: hashFn, retry: 1, refetchOnWindowFocus: false, staleTime: 2_000 },
        },
      }),
  );
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <AppConfigProvider config={config}>{children}</AppConfigProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
