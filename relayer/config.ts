/**
 * The relayer's configuration, read from the environment once at start and checked as a whole, so a
 * missing or wrong setting stops the service with a sentence instead of failing on the first ballot.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import proxyAddr from "@fastify/proxy-addr";
import { z } from "zod";
import type { Hex } from "viem";
import { addressSchema } from "../lib/chain/connection.ts";
import { LOCAL_CHAIN_ID } from "../lib/chain/local-chain.ts";

/** Hardhat's development account #9: the local chain's default relayer (never the organizer's #0). */
export const LOCAL_RELAYER_KEY: Hex = "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6";
/**
 * The most ballots one castVotes may carry, whatever the gas allows: batch verification's soundness
 * bound is stated for batches of at most 512 proofs (docs/batch-verification.md). Within it, gas decides
 * (relayer/batch-size.ts): under Osaka's 2^24-gas transaction cap about 160 ballots fit.
 */
export const MAX_BATCH_SIZE = 512;
/**
 * The smallest per-transaction gas cap accepted: one ballot alone (castVote, about 290k gas) or a
 * registration, with room to spare. Below it the relayer could submit nothing.
 */
export const MIN_TX_GAS_CAP = 1_000_000;

const PRIVATE_KEY = /^0x[0-9a-fA-F]{64}$/;

/** A whole number in [min, max], refused with one sentence that says what is allowed. */
const integer = (min: number, max: number) => {
  const range =
    max === Number.MAX_SAFE_INTEGER
      ? `of at least ${min.toLocaleString("en")}`
      : `from ${min.toLocaleString("en")} to ${max.toLocaleString("en")}`;
  const error = `must be a whole number ${range}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

const envSchema = z.object({
  RELAYER_RPC_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("http://127.0.0.1:8545"),
  RELAYER_CHAIN_ID: integer(1, Number.MAX_SAFE_INTEGER).optional(),
  RELAYER_CONTRACT: addressSchema.optional(),
  /** The SealedBallots of RELAYER_CONTRACT; by default the deployment file's, if it is of that Ballotbox. */
  RELAYER_SEALED_BALLOTS: addressSchema.optional(),
  RELAYER_PRIVATE_KEY: z.string().trim().regex(PRIVATE_KEY, "must be 0x followed by 64 hex digits").optional(),
  RELAYER_KEY_FILE: z.string().min(1).optional(),
  RELAYER_HOST: z.string().min(1).default("127.0.0.1"),
  RELAYER_PORT: integer(0, 65_535).default(8787),
  RELAYER_DATA_DIR: z.string().min(1).default("./.data/relayer"),
  RELAYER_MAX_QUEUE: integer(1, 1_000_000).default(10_000),
  /** An upper bound on ballots per castVotes; the gas cap sizes batches below it. */
  RELAYER_BATCH_SIZE: integer(1, MAX_BATCH_SIZE).default(MAX_BATCH_SIZE),
  /**
   * The most gas one transaction may use, for chains whose rule is not Osaka's 2^24 (EIP-7825). The
   * block's gas limit bounds it either way.
   */
  RELAYER_TX_GAS_CAP: integer(MIN_TX_GAS_CAP, Number.MAX_SAFE_INTEGER).optional(),
  /**
   * Each client may POST RATE_BURST times per window of RATE_BURST / RATE_PER_SECOND seconds: on
   * average RATE_PER_SECOND a second.
   */
  RELAYER_RATE_PER_SECOND: z.coerce.number().positive().max(1_000_000).default(20),
  RELAYER_RATE_BURST: integer(1, 1_000_000).default(60),
  /** How many client addresses the rate limiter remembers (an LRU): its memory bound. */
  RELAYER_RATE_MAX_CLIENTS: integer(100, 10_000_000).default(10_000),
  /**
   * The proxies whose X-Forwarded-For gives the client address, for one hop: the app's server (which
   * sets it to its own peer's address) or a reverse proxy in front. Comma-separated addresses or CIDR
   * ranges, or "none". The default is the app on the same machine.
   */
  RELAYER_TRUST_PROXY: z
    .string()
    .default("127.0.0.1")
    .transform((value) =>
      value.trim() === "none"
        ? []
        : value
            .split(",")
            .map((part) => part.trim())
            .filter((part) => part !== ""),
    )
    .refine((addresses) => {
      try {
        proxyAddr.compile(addresses);
        return true;
      } catch {
        return false;
      }
    }, 'must be "none" or comma-separated IP addresses or CIDR ranges'),
  /** How long to wait for a receipt before treating a transaction as dropped. */
  RELAYER_RECEIPT_TIMEOUT_MS: integer(1_000, 3_600_000).default(60_000),
  /** How often to ask the node for a new block while a transaction waits (receipts: once per block). */
  RELAYER_POLL_INTERVAL_MS: integer(50, 60_000).default(500),
  /** Failed attempts after which an entry is parked (failed, with the reason) so others can go on. */
  RELAYER_MAX_FAILED_ATTEMPTS: integer(1, 1_000).default(5),
});

export interface RelayerConfig {
  rpcUrl: string;
  chainId: number | undefined;
  contract: `0x${string}` | undefined;
  sealedBallots: `0x${string}` | undefined;
  /** The relayer's key, or undefined to use the local default (allowed on chain 31337 only). */
  privateKey: Hex | undefined;
  host: string;
  port: number;
  dataDir: string;
  maxQueue: number;
  /** At most this many ballots per castVotes (fewer when the gas cap says so). */
  batchSize: number;
  /** A per-transaction gas cap to use instead of Osaka's 2^24, or undefined for that. */
  txGasCap: bigint | undefined;
  rateLimit: { max: number; windowMs: number; maxClients: number };
  trustedProxies: string[];
  receiptTimeoutMs: number;
  pollIntervalMs: number;
  maxFailedAttempts: number;
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
    sealedBallots: values.RELAYER_SEALED_BALLOTS,
    privateKey: (values.RELAYER_PRIVATE_KEY as Hex | undefined) ?? readKeyFile(values.RELAYER_KEY_FILE),
    host: values.RELAYER_HOST,
    port: values.RELAYER_PORT,
    dataDir: path.resolve(values.RELAYER_DATA_DIR),
    maxQueue: values.RELAYER_MAX_QUEUE,
    batchSize: values.RELAYER_BATCH_SIZE,
    txGasCap: values.RELAYER_TX_GAS_CAP === undefined ? undefined : BigInt(values.RELAYER_TX_GAS_CAP),
    rateLimit: {
      max: values.RELAYER_RATE_BURST,
      windowMs: Math.max(1, Math.round((values.RELAYER_RATE_BURST / values.RELAYER_RATE_PER_SECOND) * 1000)),
      maxClients: values.RELAYER_RATE_MAX_CLIENTS,
    },
    trustedProxies: values.RELAYER_TRUST_PROXY,
    receiptTimeoutMs: values.RELAYER_RECEIPT_TIMEOUT_MS,
    pollIntervalMs: values.RELAYER_POLL_INTERVAL_MS,
    maxFailedAttempts: values.RELAYER_MAX_FAILED_ATTEMPTS,
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
