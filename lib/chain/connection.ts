/**
 * One validated way to reach a Ballotbox deployment: an RPC URL, optionally the expected chain and
 * the contract address (otherwise read from deployments/<chainId>.json).
 */
import { z } from "zod";
import {
  createPublicClient,
  defineChain,
  getAddress,
  http,
  isAddress,
  type Address,
  type Chain,
  type PublicClient,
} from "viem";
import { ballotboxAbi } from "../contracts/abis.generated.ts";
import { LOCAL_CHAIN_ID } from "./local-chain.ts";

export const addressSchema = z
  .string()
  .refine((value) => isAddress(value, { strict: false }), "must be a 0x-prefixed 20-byte address")
  .transform((value) => getAddress(value));

export const connectionConfigSchema = z.object({
  rpcUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  chainId: z.number().int().positive().optional(),
  ballotbox: addressSchema.optional(),
});
export type ConnectionConfig = z.input<typeof connectionConfigSchema>;

/** Where a deployment starts, when the caller knows it (e.g. from deployments/<chainId>.json). */
export interface KnownDeployment {
  ballotbox: Address;
  deploymentBlock: number;
}

export interface BallotboxConnection {
  client: PublicClient;
  chain: Chain;
  chainId: number;
  ballotbox: Address;
  semaphore: Address;
  /** The first block worth scanning for the deployment's logs. */
  fromBlock: bigint;
}

/** An error a person can act on: the message says what is wrong and what to do. */
export class ConnectionError extends Error {
  override name = "ConnectionError";
}

/** A viem chain for any chain id, so wallet clients can sign for networks viem does not list. */
export function chainFor(chainId: number, rpcUrl: string): Chain {
  return defineChain({
    id: chainId,
    name: chainId === LOCAL_CHAIN_ID ? "Local Hardhat chain" : `Chain ${chainId}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
}

/**
 * Connects to the node, checks the chain and that a Ballotbox contract answers at the address.
 * @param findDeployment returns the recorded deployment of a chain, if any (Node: a file reader).
 */
export async function connectToBallotbox(
  config: ConnectionConfig,
  findDeployment: (chainId: number) => Promise<KnownDeployment | undefined>,
): Promise<BallotboxConnection> {
  const parsed = connectionConfigSchema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConnectionError(`Invalid ${issue?.path.join(".") ?? "configuration"}: ${issue?.message ?? "unknown"}`);
  }
  const { rpcUrl, chainId: expectedChainId, ballotbox: givenAddress } = parsed.data;

  const probe = createPublicClient({ transport: http(rpcUrl, { retryCount: 1, timeout: 10_000 }) });
  let chainId: number;
  try {
    chainId = await probe.getChainId();
  } catch {
    throw new ConnectionError(
      `Cannot reach an Ethereum node at ${rpcUrl}. Check the URL and that the node is running.`,
    );
  }
  if (expectedChainId !== undefined && chainId !== expectedChainId) {
    throw new ConnectionError(`The node at ${rpcUrl} is on chain ${chainId}, not chain ${expectedChainId}.`);
  }

  const chain = chainFor(chainId, rpcUrl);
  const client = createPublicClient({ chain, transport: http(rpcUrl, { retryCount: 3, timeout: 30_000 }) });
  const deployment = await findDeployment(chainId);
  const ballotbox = givenAddress ?? deployment?.ballotbox;
  if (ballotbox === undefined) {
    throw new ConnectionError(
      `No Ballotbox deployment is recorded for chain ${chainId}: pass the contract address (--contract) or deploy first.`,
    );
  }
  const code = await client.getCode({ address: ballotbox });
  if (code === undefined || code === "0x") {
    throw new ConnectionError(`There is no contract at ${ballotbox} on chain ${chainId}.`);
  }
  let semaphore: Address;
  try {
    semaphore = await client.readContract({ address: ballotbox, abi: ballotboxAbi, functionName: "semaphore" });
  } catch {
    throw new ConnectionError(`The contract at ${ballotbox} on chain ${chainId} is not a Ballotbox.`);
  }
  const fromBlock = deployment?.ballotbox === ballotbox ? BigInt(deployment.deploymentBlock) : 0n;
  return { client, chain, chainId, ballotbox, semaphore, fromBlock };
}
