import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { connect } from "wagmi/actions";
import { LOCAL_DEV_CONNECTOR_ID, LocalNodeError, localDevAccount } from "../../app/_lib/local-dev-account.ts";
import { createWagmiConfig } from "../../app/_lib/wagmi.ts";

describe("local development account", () => {
  it("Should exist on the local chain 31337 only", () => {
    const local = createWagmiConfig(31337, "http://127.0.0.1:8545");
    assert.ok(local.connectors.some((connector) => connector.id === LOCAL_DEV_CONNECTOR_ID));
    for (const chainId of [1, 11155111, 10]) {
      const real = createWagmiConfig(chainId, "https://rpc.example");
      assert.equal(
        real.connectors.some((connector) => connector.id === LOCAL_DEV_CONNECTOR_ID),
        false,
      );
      assert.throws(() => localDevAccount(chainId, "https://rpc.example"), /only on chain 31337/);
    }
  });

  it("Should refuse to connect to a node that does not answer or is on another chain", async () => {
    const connectTo = async (rpcUrl: string) => {
      const config = createWagmiConfig(31337, rpcUrl);
      const connector = config.connectors.find((candidate) => candidate.id === LOCAL_DEV_CONNECTOR_ID);
      assert.ok(connector !== undefined);
      return connect(config, { connector });
    };
    const refusedWith = (reason: LocalNodeError["reason"], chainId?: number) => (error: unknown) =>
      error instanceof LocalNodeError && error.reason === reason && error.chainId === chainId;

    // Nothing listens on port 9 (discard) here.
    await assert.rejects(connectTo("http://127.0.0.1:9"), refusedWith("unreachable"));

    // A node that answers for mainnet, as a misconfigured app would meet.
    const mainnet: Server = createServer((_request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ jsonrpc: "2.0", id: 1, result: "0x1" }));
    });
    await new Promise<void>((resolve) => mainnet.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = mainnet.address() as AddressInfo;
      await assert.rejects(connectTo(`http://127.0.0.1:${String(port)}`), refusedWith("wrongChain", 1));
    } finally {
      mainnet.close();
    }
  });
});
