import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LOCAL_DEV_CONNECTOR_ID, localDevAccount } from "../../app/_lib/local-dev-account.ts";
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
});
