import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { configVariable, defineConfig } from "hardhat/config";

// The compiler comes from the `solc` npm package (pinned to this exact version) so that builds
// never download anything.
const SOLC_VERSION = "0.8.28";
const soljson = createRequire(import.meta.url).resolve("solc/soljson.js");

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 1000);
const targetChainId = process.env.BALLOTBOX_CHAIN_ID;

export default defineConfig({
  plugins: [hardhatToolboxViem],
  solidity: {
    profiles: {
      default: {
        version: SOLC_VERSION,
        path: soljson,
        settings: { optimizer: { enabled: true, runs: 10_000 }, evmVersion: "cancun" },
      },
    },
    // Semaphore and the Poseidon libraries are deployed by our Ignition module, so Hardhat must build
    // their artifacts too.
    npmFilesToBuild: [
      "@semaphore-protocol/contracts/Semaphore.sol",
      "@semaphore-protocol/contracts/base/SemaphoreVerifier.sol",
      "poseidon-solidity/PoseidonT3.sol",
      "poseidon-solidity/PoseidonT6.sol",
    ],
  },
  test: {
    solidity: { fuzz: { runs: fuzzRuns } },
  },
  networks: {
    // `npm start` runs `hardhat node --hostname 127.0.0.1`; never bind the node to all interfaces.
    localhost: { type: "http", chainType: "l1", url: "http://127.0.0.1:8545" },
    // Any EVM network, from the environment or Hardhat's keystore (`npx hardhat keystore set ...`).
    target: {
      type: "http",
      chainType: "generic",
      url: configVariable("BALLOTBOX_RPC_URL"),
      accounts: [configVariable("BALLOTBOX_DEPLOYER_KEY")],
      ...(targetChainId === undefined ? {} : { chainId: Number(targetChainId) }),
    },
  },
});
