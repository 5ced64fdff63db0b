"use client";
/** The deployment settings in the browser, and the one read-only connection to the chain built from them. */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createPublicClient, http } from "viem";
import { chainFor, type BallotboxConnection } from "@/lib/chain/connection.ts";
import { relayerClient, type RelayerClient } from "@/lib/relayer/client.ts";
import type { AppConfig } from "./server-config.ts";

interface AppContext {
  config: AppConfig;
  connection: BallotboxConnection;
  relayer: RelayerClient;
}

const Context = createContext<AppContext | undefined>(undefined);

export function AppConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const value = useMemo<AppContext>(() => {
    const chain = chainFor(config.chainId, config.rpcUrl);
    const client = createPublicClient({ chain, transport: http(config.rpcUrl, { retryCount: 2, timeout: 20_000 }) });
    return {
      config,
      connection: {
        client,
        chain,
        chainId: config.chainId,
        ballotbox: config.ballotbox,
        semaphore: config.semaphore,
        fromBlock: BigInt(config.deploymentBlock),
      },
      relayer: relayerClient(config.relayerPath),
    };
  }, [config]);
  return <Context value={value}>{children}</Context>;
}

function useAppContext(): AppContext {
  const context = useContext(Context);
  if (context === undefined) throw new Error("useAppContext must be used inside <AppConfigProvider>");
  return context;
}

export const useAppConfig = () => useAppContext().config;
export const useBallotboxConnection = () => useAppContext().connection;
export const useRelayer = () => useAppContext().relayer;
