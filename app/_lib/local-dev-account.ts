/**
 * The local development account: on the embedded Hardhat chain only, a newcomer with no browser wallet
 * can act as organizer with one of the node's own accounts. The node signs for it (Hardhat unlocks its
 * test accounts), so no key is in this bundle; a real node signs for no one, and the connector refuses
 * to exist for any chain but 31337 and to connect to a node that reports another chain.
 */
import { createConnector, mock } from "wagmi";
import type { Address } from "viem";
import { LOCAL_CHAIN_ID } from "../../lib/chain/local-chain.ts";

export { LOCAL_CHAIN_ID };

/** Hardhat's first test account: its address is public, and only a Hardhat node signs for it. */
export const LOCAL_DEV_ADDRESS: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

export const LOCAL_DEV_CONNECTOR_ID = "ballotbox-local-dev-account";

/**
 * Why the local development account refused to connect; the app words it from `reason`
 * (errors.localAccount.*), the message is for logs.
 */
export class LocalNodeError extends Error {
  override readonly name = "LocalNodeError";
  readonly reason: "unreachable" | "wrongChain";
  readonly rpcUrl: string;
  /** The chain the node reports, for "wrongChain". */
  readonly chainId: number | undefined;

  constructor(reason: LocalNodeError["reason"], rpcUrl: string, chainId?: number) {
    super(
      reason === "unreachable"
        ? `The local chain at ${rpcUrl} does not answer.`
        : `The node at ${rpcUrl} is on chain ${String(chainId)}, not ${String(LOCAL_CHAIN_ID)}.`,
    );
    this.reason = reason;
    this.rpcUrl = rpcUrl;
    this.chainId = chainId;
  }
}

/** Set in wagmi's storage while the account is connected, so a reload reconnects it. */
const CONNECTED_KEY = `${LOCAL_DEV_CONNECTOR_ID}.connected`;

export function localDevAccount(chainId: number, rpcUrl: string) {
  if (chainId !== LOCAL_CHAIN_ID) {
    throw new Error(`The local development account exists only on chain ${LOCAL_CHAIN_ID}, not chain ${chainId}.`);
  }
  const base = mock({ accounts: [LOCAL_DEV_ADDRESS], features: { reconnect: true } });
  return createConnector((config) => {
    const connector = base(config);
    return {
      ...connector,
      id: LOCAL_DEV_CONNECTOR_ID,
      // wagmi's own name for it; the wallet dialog shows the message common.wallet.localDev instead.
      name: "Local development account",
      type: "localDevAccount",
      async connect(parameters) {
        await assertLocalNode(rpcUrl);
        const connected = await connector.connect(parameters);
        await config.storage?.setItem(CONNECTED_KEY, true);
        return connected;
      },
      async disconnect() {
        await config.storage?.removeItem(CONNECTED_KEY);
        await connector.disconnect();
      },
      // The mock remembers its connection in memory only: after a reload, wagmi's reconnect asks
      // here, and the answer comes from storage (connect() then checks the node again).
      async isAuthorized() {
        return (await config.storage?.getItem(CONNECTED_KEY)) === true;
      },
    } as typeof connector;
  });
}

async function assertLocalNode(rpcUrl: string): Promise<void> {
  let chainId: number;
  try {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
    });
    const body = (await response.json()) as { result?: string };
    chainId = Number(body.result);
  } catch {
    throw new LocalNodeError("unreachable", rpcUrl);
  }
  if (chainId !== LOCAL_CHAIN_ID) {
    throw new LocalNodeError("wrongChain", rpcUrl, chainId);
  }
}
