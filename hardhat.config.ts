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
    // `hardhat node` (npm start, the end-to-end tests): blocks may share a timestamp, so the chain's clock
    // stays this machine's however many transactions come in a second. Otherwise every block is stamped a
    // second after the last, and a burst of transactions runs the chain ahead of the deadlines and voting
    // windows people set by the clock.
    node: { type: "edr-simulated", chainType: "l1", allowBlocksWithSameTimestamp: true },
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
