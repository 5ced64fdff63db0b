/** The wagmi configuration: browser wallets (injected, EIP-6963), plus the local account on chain 31337. */
import { createConfig, http, injected } from "wagmi";
import { chainFor } from "../../lib/chain/connection.ts";
import { LOCAL_CHAIN_ID, localDevAccount } from "./local-dev-account.ts";

export function createWagmiConfig(chainId: number, rpcUrl: string) {
  const chain = chainFor(chainId, rpcUrl);
  return createConfig({
    chains: [chain],
    connectors: [injected(), ...(chainId === LOCAL_CHAIN_ID ? [localDevAccount(chainId, rpcUrl)] : [])],
    // EIP-6963: each installed wallet announces itself and gets its own button.
    multiInjectedProviderDiscovery: true,
    transports: { [chain.id]: http(rpcUrl) },
    ssr: true,
  });
}
