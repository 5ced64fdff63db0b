/**
 * The app's one configuration, read from the environment by the server at request time (so one build
 * serves whatever the chain's deployment file says after `npm start` deploys) and checked before use.
 * The pages hand it to the browser as plain data; proxy.ts builds the Content-Security-Policy from it.
 *   NEXT_PUBLIC_RPC_URL   the JSON-RPC endpoint browsers read the chain from (default: the local node)
 *   NEXT_PUBLIC_CHAIN_ID  the chain (default 31337, the embedded Hardhat chain)
 *   BALLOTBOX_ADDRESS     the Ballotbox contract (default: deployments/<chainId>.json)
 *   BALLOTBOX_SEMAPHORE_ADDRESS, BALLOTBOX_DEPLOYMENT_BLOCK   with BALLOTBOX_ADDRESS
 *   BALLOTBOX_SEALED_BALLOTS_ADDRESS   with BALLOTBOX_ADDRESS, for sealed polls (without it they are shown
 *                         as the deployment not serving them)
 *   RELAYER_URL           where this server forwards the browser's /relayer/* (default: the local relayer)
 *
 * The environment is parsed as a whole object on purpose: Next inlines `process.env.NEXT_PUBLIC_X`
 * written out in the code at build time, which would freeze the RPC URL into the build.
 */
import { getAddress, isAddress, type Address } from "viem";
import * as z from "zod";
import { readDeployment } from "../../lib/contracts/deployments.ts";
import { LOCAL_CHAIN_ID } from "./local-dev-account.ts";

export interface AppConfig {
  chainId: number;
  rpcUrl: string;
  ballotbox: Address;
  semaphore: Address;
  deploymentBlock: number;
  /** The SealedBallots contract of sealed polls, or null where the deployment names none. */
  sealedBallots: Address | null;
  /** Where the browser reaches the relayer: the app's own origin, forwarded by app/relayer/[...path]. */
  relayerPath: string;
}

export type AppConfigResult = { ok: true; config: AppConfig } | { ok: false; error: string };

export const DEFAULT_RPC_URL = "http://127.0.0.1:8545";
export const DEFAULT_RELAYER_URL = "http://127.0.0.1:8787";

const addressField = (name: string) =>
  z
    .string()
    .refine((value) => isAddress(value), { error: `${name} must be a 0x address` })
    .transform((value) => getAddress(value));

/** An integer written as decimal text, as environment variables carry numbers. */
const wholeNumberField = (name: string, min: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${name} must be a whole number` })
    .transform(Number)
    .refine((value) => Number.isSafeInteger(value) && value >= min, { error: `${name} must be at least ${min}` });

const serverEnvSchema = z
  .object({
    NEXT_PUBLIC_RPC_URL: z
      .url({ protocol: /^https?$/, error: "NEXT_PUBLIC_RPC_URL must be an http(s) URL" })
      .default(DEFAULT_RPC_URL),
    RELAYER_URL: z
      .url({ protocol: /^https?$/, error: "RELAYER_URL must be an http(s) URL" })
      .transform((url) => url.replace(/\/+$/, ""))
      .default(DEFAULT_RELAYER_URL),
    NEXT_PUBLIC_CHAIN_ID: wholeNumberField("NEXT_PUBLIC_CHAIN_ID", 1).default(LOCAL_CHAIN_ID),
    BALLOTBOX_ADDRESS: addressField("BALLOTBOX_ADDRESS").optional(),
    BALLOTBOX_SEMAPHORE_ADDRESS: addressField("BALLOTBOX_SEMAPHORE_ADDRESS").optional(),
    BALLOTBOX_DEPLOYMENT_BLOCK: wholeNumberField("BALLOTBOX_DEPLOYMENT_BLOCK", 0).default(0),
    BALLOTBOX_SEALED_BALLOTS_ADDRESS: addressField("BALLOTBOX_SEALED_BALLOTS_ADDRESS").optional(),
  })
  .refine((env) => (env.BALLOTBOX_ADDRESS === undefined) === (env.BALLOTBOX_SEMAPHORE_ADDRESS === undefined), {
    error: "BALLOTBOX_ADDRESS and BALLOTBOX_SEMAPHORE_ADDRESS must be set together",
  })
  .refine((env) => env.BALLOTBOX_SEALED_BALLOTS_ADDRESS === undefined || env.BALLOTBOX_ADDRESS !== undefined, {
    error: "BALLOTBOX_SEALED_BALLOTS_ADDRESS needs BALLOTBOX_ADDRESS (without it, the deployment file names both)",
  });

export interface ServerEnv {
  chainId: number;
  rpcUrl: string;
  /** The relayer this server forwards to, without a trailing slash. */
  relayerUrl: string;
  /** A deployment named by the environment, or undefined to read deployments/<chainId>.json. */
  deployment:
    { ballotbox: Address; semaphore: Address; deploymentBlock: number; sealedBallots: Address | null } | undefined;
}

export type ServerEnvResult = { ok: true; env: ServerEnv } | { ok: false; error: string };

/** The environment, checked: every problem in one sentence, or the settings. */
export function readServerEnv(env: Readonly<Record<string, string | undefined>> = process.env): ServerEnvResult {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, error: `${parsed.error.issues.map((issue) => issue.message).join("; ")}.` };
  }
  const values = parsed.data;
  return {
    ok: true,
    env: {
      chainId: values.NEXT_PUBLIC_CHAIN_ID,
      rpcUrl: values.NEXT_PUBLIC_RPC_URL,
      relayerUrl: values.RELAYER_URL,
      deployment:
        values.BALLOTBOX_ADDRESS === undefined || values.BALLOTBOX_SEMAPHORE_ADDRESS === undefined
          ? undefined
          : {
              ballotbox: values.BALLOTBOX_ADDRESS,
              semaphore: values.BALLOTBOX_SEMAPHORE_ADDRESS,
              deploymentBlock: values.BALLOTBOX_DEPLOYMENT_BLOCK,
              sealedBallots: values.BALLOTBOX_SEALED_BALLOTS_ADDRESS ?? null,
            },
    },
  };
}

export async function loadAppConfig(): Promise<AppConfigResult> {
  const read = readServerEnv();
  if (!read.ok) return read;
  const { chainId, rpcUrl, deployment } = read.env;
  const base = { chainId, rpcUrl, relayerPath: "/relayer" };
  if (deployment !== undefined) return { ok: true, config: { ...base, ...deployment } };
  try {
    const stored = await readDeployment(process.cwd(), chainId);
    return {
      ok: true,
      config: {
        ...base,
        ballotbox: stored.ballotbox,
        semaphore: stored.semaphore,
        deploymentBlock: stored.deploymentBlock,
        sealedBallots: stored.sealedBallots,
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
