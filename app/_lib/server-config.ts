/**
 * The app's deployment settings, read by the server at request time (so one build serves whatever the
 * chain's deployment file says after `npm start` deploys), and handed to the browser as plain data.
 *   NEXT_PUBLIC_RPC_URL   the JSON-RPC endpoint browsers read the chain from (default: the local node)
 *   NEXT_PUBLIC_CHAIN_ID  the chain (default 31337, the embedded Hardhat chain)
 *   BALLOTBOX_ADDRESS     the Ballotbox contract (default: deployments/<chainId>.json)
 *   BALLOTBOX_SEMAPHORE_ADDRESS, BALLOTBOX_DEPLOYMENT_BLOCK   with BALLOTBOX_ADDRESS
 */
import { getAddress, isAddress, type Address } from "viem";
import { readDeployment } from "@/lib/contracts/deployments.ts";
import { LOCAL_CHAIN_ID } from "./local-dev-account.ts";

export interface AppConfig {
  chainId: number;
  rpcUrl: string;
  ballotbox: Address;
  semaphore: Address;
  deploymentBlock: number;
  /** Where the browser reaches the relayer: the app's own origin, proxied (see next.config.ts). */
  relayerPath: string;
}

export type AppConfigResult = { ok: true; config: AppConfig } | { ok: false; error: string };

export const DEFAULT_RPC_URL = "http://127.0.0.1:8545";

export async function loadAppConfig(): Promise<AppConfigResult> {
  const rpcUrl = process.env.NEXT_PUBLIC_RPC_URL ?? DEFAULT_RPC_URL;
  const chainId = Number(process.env.NEXT_PUBLIC_CHAIN_ID ?? LOCAL_CHAIN_ID);
  if (!Number.isSafeInteger(chainId) || chainId <= 0) {
    return {
      ok: false,
      error: `NEXT_PUBLIC_CHAIN_ID must be a positive integer, not "${process.env.NEXT_PUBLIC_CHAIN_ID}".`,
    };
  }
  const base = { chainId, rpcUrl, relayerPath: "/relayer" };
  const address = process.env.BALLOTBOX_ADDRESS;
  if (address !== undefined) {
    const semaphore = process.env.BALLOTBOX_SEMAPHORE_ADDRESS ?? "";
    const deploymentBlock = Number(process.env.BALLOTBOX_DEPLOYMENT_BLOCK ?? 0);
    if (!isAddress(address) || !isAddress(semaphore)) {
      return { ok: false, error: "BALLOTBOX_ADDRESS and BALLOTBOX_SEMAPHORE_ADDRESS must both be 0x addresses." };
    }
    if (!Number.isSafeInteger(deploymentBlock) || deploymentBlock < 0) {
      return { ok: false, error: "BALLOTBOX_DEPLOYMENT_BLOCK must be a block number." };
    }
    return {
      ok: true,
      config: { ...base, ballotbox: getAddress(address), semaphore: getAddress(semaphore), deploymentBlock },
    };
  }
  try {
    const deployment = await readDeployment(process.cwd(), chainId);
    return {
      ok: true,
      config: {
        ...base,
        ballotbox: deployment.ballotbox,
        semaphore: deployment.semaphore,
        deploymentBlock: deployment.deploymentBlock,
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
