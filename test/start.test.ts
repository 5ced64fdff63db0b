/**
 * The README's first command: `npm start` boots the local chain, deploys, serves the app, and
 * stops everything on Ctrl-C.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { describe, it } from "node:test";
import { createPublicClient, http } from "viem";
import { hardhat } from "viem/chains";
import { ballotboxAbi } from "../lib/contracts/abis.generated.ts";
import { readDeployment } from "../lib/contracts/deployments.ts";

const root = path.resolve(import.meta.dirname, "..");
const RPC_URL = "http://127.0.0.1:8545";
const APP_URL = "http://127.0.0.1:3000";
const RELAYER_URL = "http://127.0.0.1:8787";

/** Polls `probe` until it gives a value; `failure` ends the wait at once when it returns a reason. */
async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  failure: () => string | undefined = () => undefined,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = failure();
    if (reason !== undefined) throw new Error(reason);
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

describe("npm start", () => {
  it(
    "Should start the chain, deploy Ballotbox, start the relayer, serve the app, and stop on Ctrl-C",
    { timeout: 300_000 },
    async () => {
      const start = spawn("node", ["scripts/start.ts"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
      const exited = once(start, "exit");
      let output = "";
      start.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      start.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      try {
        const stoppedEarly = () => (start.exitCode === null ? undefined : `npm start exited early:\n${output}`);
        await waitFor(
          "the app",
          () => Promise.resolve(output.includes("Ballotbox is ready on") ? true : undefined),
          240_000,
          stoppedEarly,
        );
        const response = await waitFor(
          "the home page",
          async () => {
            const page = await fetch(APP_URL);
            return page.ok ? page : undefined;
          },
          60_000,
        );
        assert.match(await response.text(), /Ballotbox/);
        assert.match(response.headers.get("content-security-policy") ?? "", /default-src 'self'/);

        const health = (await (await fetch(`${RELAYER_URL}/health`)).json()) as { chainId: number };
        assert.equal(health.chainId, 31337);

        const deployment = await readDeployment(root, 31337);
        const client = createPublicClient({ chain: hardhat, transport: http(RPC_URL) });
        assert.equal(
          await client.readContract({ address: deployment.ballotbox, abi: ballotboxAbi, functionName: "MAX_OPTIONS" }),
          32n,
        );
      } finally {
        if (start.exitCode === null) start.kill("SIGINT");
        await exited;
      }
      // Ctrl-C took the chain and the app down with it.
      await assert.rejects(fetch(RPC_URL, { method: "POST", body: "{}", signal: AbortSignal.timeout(2000) }));
      await assert.rejects(fetch(APP_URL, { signal: AbortSignal.timeout(2000) }));
      await assert.rejects(fetch(`${RELAYER_URL}/health`, { signal: AbortSignal.timeout(2000) }));
    },
  );
});
