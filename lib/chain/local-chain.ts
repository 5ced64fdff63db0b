/**
 * The chain id of the embedded development chain (Hardhat's node, `npm start`). Only on this chain do
 * the relayer, the CLI, the demo seed and the app's development account use Hardhat's public test
 * keys, so every one of them checks against this single definition.
 */
export const LOCAL_CHAIN_ID = 31337;
