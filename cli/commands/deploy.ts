/** `deploy`: Semaphore and Ballotbox with Hardhat Ignition, on the network --rpc points at. */
import { spawn } from "node:child_process";
import { PACKAGE_ROOT, type GlobalOptions } from "../context.ts";
import { CliError } from "../errors.ts";

const LOCAL_RPC = /^http:\/\/(127\.0\.0\.1|localhost):8545\/?$/;

export async function deployCommand(global: GlobalOptions): Promise<void> {
  const local = LOCAL_RPC.test(global.rpc);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!local) {
    // Hardhat's `target` network reads these (hardhat.config.ts); the key never goes on a command line.
    env.BALLOTBOX_RPC_URL = global.rpc;
    if (global.chainId !== undefined) env.BALLOTBOX_CHAIN_ID = String(global.chainId);
    if (global.keyFile !== undefined) {
      const { readFile } = await import("node:fs/promises");
      env.BALLOTBOX_DEPLOYER_KEY = (await readFile(global.keyFile, "utf8")).trim();
    } else if (process.env.BALLOTBOX_PRIVATE_KEY !== undefined) {
      env.BALLOTBOX_DEPLOYER_KEY = process.env.BALLOTBOX_PRIVATE_KEY;
    }
  }
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn("npx", ["hardhat", "run", "scripts/deploy.ts", "--network", local ? "localhost" : "target"], {
      cwd: PACKAGE_ROOT,
      env,
      stdio: "inherit",
    });
    child.on("exit", resolve);
  });
  if (code !== 0) throw new CliError("The deployment failed (see Hardhat's output above).");
}
