/**
 * What every command shares: the connection to a deployment, the signing key, and sending
 * transactions with errors in words.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  createWalletClient,
  http,
  type Abi,
  type Account,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type TransactionReceipt,
  type WalletClient,
  type Chain,
  type Transport,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { connectToBallotbox, type BallotboxConnection } from "../lib/chain/connection.ts";
import { LOCAL_CHAIN_ID } from "../lib/chain/local-chain.ts";
import { readDeployment } from "../lib/contracts/deployments.ts";
import { describeContractError } from "../lib/contracts/contract-errors.ts";
import { CliError } from "./errors.ts";

/** The package root: deployments/ lives there. */
export const PACKAGE_ROOT = path.resolve(import.meta.dirname, "..");

/** Hardhat's first well-known development account: used only on the local chain (31337). */
const LOCAL_DEVELOPMENT_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

export interface GlobalOptions {
  rpc: string;
  contract?: string;
  chainId?: number;
  keyFile?: string;
  verbose: boolean;
}

export function connect(options: GlobalOptions): Promise<BallotboxConnection> {
  return connectToBallotbox(
    { rpcUrl: options.rpc, chainId: options.chainId, ballotbox: options.contract },
    async (chainId) => {
      try {
        return await readDeployment(PACKAGE_ROOT, chainId);
      } catch {
        return undefined;
      }
    },
  );
}

/**
 * The account that signs: from --key-file or BALLOTBOX_PRIVATE_KEY (never a flag: it would land in
 * the shell's history); on the local chain only, Hardhat's first development account by default.
 */
export async function loadSigner(options: GlobalOptions, chainId: number): Promise<Account> {
  let key: string | undefined;
  let source: string;
  if (options.keyFile !== undefined) {
    source = options.keyFile;
    try {
      key = (await readFile(options.keyFile, "utf8")).trim();
    } catch {
      throw new CliError(`Cannot read the key file ${options.keyFile}.`);
    }
  } else {
    key = process.env.BALLOTBOX_PRIVATE_KEY?.trim();
    source = "BALLOTBOX_PRIVATE_KEY";
  }
  if (key === undefined || key === "") {
    if (chainId === LOCAL_CHAIN_ID) {
      console.error("Signing with Hardhat's development account #0 (local chain only).");
      return privateKeyToAccount(LOCAL_DEVELOPMENT_KEY);
    }
    throw new CliError("This command sends a transaction: set BALLOTBOX_PRIVATE_KEY or pass --key-file FILE.");
  }
  if (!/^0x[0-9a-fA-F]{64}$/.test(key)) {
    throw new CliError(`The key in ${source} is not a private key (0x followed by 64 hex digits).`);
  }
  return privateKeyToAccount(key as `0x${string}`);
}

export function walletFor(conn: BallotboxConnection, account: Account): WalletClient<Transport, Chain, Account> {
  return createWalletClient({ account, chain: conn.chain, transport: http(conn.chain.rpcUrls.default.http[0]) });
}

/**
 * Simulates, sends and waits for a contract call; a revert becomes a CliError with the reason in
 * words (the simulation catches it before any gas is spent).
 */
export async function sendContractCall<
  const TAbi extends Abi,
  TName extends ContractFunctionName<TAbi, "nonpayable" | "payable">,
>(
  conn: BallotboxConnection,
  wallet: WalletClient<Transport, Chain, Account>,
  call: {
    address: `0x${string}`;
    abi: TAbi;
    functionName: TName;
    args: ContractFunctionArgs<TAbi, "nonpayable" | "payable", TName>;
  },
): Promise<TransactionReceipt> {
  try {
    // Simulated against the pending block: that is where the transaction will land (on a local chain
    // with no traffic the latest block can be far behind the clock, e.g. before a poll's start).
    const { request } = await conn.client.simulateContract({
      ...call,
      account: wallet.account,
      blockTag: "pending",
    } as Parameters<typeof conn.client.simulateContract>[0]);
    const hash = await wallet.writeContract(request);
    const receipt = await conn.client.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new CliError(`The transaction ${hash} reverted.`);
    return receipt;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeContractError(error), { cause: error });
  }
}
