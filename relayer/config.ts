/**
 * The relayer's configuration, read from the environment once at start and checked as a whole, so a
 * missing or wrong setting stops the service with a sentence instead of failing on the first ballot.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Hex } from "viem";
import { addressSchema } from "../lib/chain/connection.ts";

/** Hardhat's development account #9: the local chain's default relayer (never the organizer's #0). */
export const LOCAL_RELAYER_KEY: Hex = "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6";
export const LOCAL_CHAIN_ID = 31337;
/** A batch of 50 ballots costs about 13M gas: more would not fit a 16.7M-gas transaction cap. */
export const MAX_BATCH_SIZE = 50;

const PRIVATE_KEY = /^0x[0-9a-fA-F]{64}$/;

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  RELAYER_RPC_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("http://127.0.0.1:8545"),
  RELAYER_CHAIN_ID: integer(1, Number.MAX_SAFE_INTEGER).optional(),
  RELAYER_CONTRACT: addressSchema.optional(),
  RELAYER_PRIVATE_KEY: z.string().trim().regex(PRIVATE_KEY, "must be 0x followed by 64 hex digits").optional(),
  RELAYER_KEY_FILE: z.string().min(1).optional(),
  RELAYER_HOST: z.string().min(1).default("127.0.0.1"),
  RELAYER_PORT: integer(0, 65_535).default(8787),
  RELAYER_DATA_DIR: z.string().min(1).default("./.data/relayer"),
  RELAYER_MAX_QUEUE: integer(1, 1_000_000).default(10_000),
  RELAYER_BATCH_SIZE: integer(1, MAX_BATCH_SIZE).default(MAX_BATCH_SIZE),
  /** Requests per second each client IP may make on average, and the burst it may spend at once. */
  RELAYER_RATE_PER_SECOND: z.coerce.number().positive().max(1_000_000).default(20),
  RELAYER_RATE_BURST: integer(1, 1_000_000).default(60),
  /** Trust X-Forwarded-For for the client address: only behind a proxy that sets it (the app's rewrite). */
  RELAYER_TRUST_PROXY: z
    .enum(["0", "1", "true", "false"])
    .default("false")
    .transform((value) => value === "1" || value === "true"),
  /** How long to wait for a receipt before treating a transaction as dropped. */
  RELAYER_RECEIPT_TIMEOUT_MS: integer(1_000, 3_600_000).default(60_000),
});

export interface RelayerConfig {
  rpcUrl: string;
  chainId: number | undefined;
  contract: `0x${string}` | undefined;
  /** The relayer's key, or undefined to use the local default (allowed on chain 31337 only). */
  privateKey: Hex | undefined;
  host: string;
  port: number;
  dataDir: string;
  maxQueue: number;
  batchSize: number;
  ratePerSecond: number;
  rateBurst: number;
  trustProxy: boolean;
  receiptTimeoutMs: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and checks the configuration; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): RelayerConfig {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(`The relayer's configuration is invalid:\n  ${lines.join("\n  ")}`);
  }
  const values = parsed.data;
  if (values.RELAYER_PRIVATE_KEY !== undefined && values.RELAYER_KEY_FILE !== undefined) {
    throw new ConfigError("Set either RELAYER_PRIVATE_KEY or RELAYER_KEY_FILE, not both.");
  }
  return {
    rpcUrl: values.RELAYER_RPC_URL,
    chainId: values.RELAYER_CHAIN_ID,
    contract: values.RELAYER_CONTRACT,
    privateKey: (values.RELAYER_PRIVATE_KEY as Hex | undefined) ?? readKeyFile(values.RELAYER_KEY_FILE),
    host: values.RELAYER_HOST,
    port: values.RELAYER_PORT,
    dataDir: path.resolve(values.RELAYER_DATA_DIR),
    maxQueue: values.RELAYER_MAX_QUEUE,
    batchSize: values.RELAYER_BATCH_SIZE,
    ratePerSecond: values.RELAYER_RATE_PER_SECOND,
    rateBurst: values.RELAYER_RATE_BURST,
    trustProxy: values.RELAYER_TRUST_PROXY,
    receiptTimeoutMs: values.RELAYER_RECEIPT_TIMEOUT_MS,
  };
}

function readKeyFile(file: string | undefined): Hex | undefined {
  if (file === undefined) return undefined;
  let key: string;
  try {
    key = readFileSync(file, "utf8").trim();
  } catch {
    throw new ConfigError(`Cannot read the relayer's key file ${file}.`);
  }
  // The key itself is never put in a message: only where it came from.
  if (!PRIVATE_KEY.test(key)) throw new ConfigError(`The key in ${file} is not a private key (0x and 64 hex digits).`);
  return key as Hex;
}

/** The key to sign with on this chain: the configured one, or on the local chain the development key. */
export function signingKey(config: RelayerConfig, chainId: number): Hex {
  if (config.privateKey !== undefined) return config.privateKey;
  if (chainId === LOCAL_CHAIN_ID) return LOCAL_RELAYER_KEY;
  throw new ConfigError(
    `Chain ${chainId} is not the local chain: set RELAYER_PRIVATE_KEY or RELAYER_KEY_FILE to the relayer's funded key.`,
  );
}
