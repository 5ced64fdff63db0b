/**
 * `npm start`: Ballotbox on an embedded local chain, in one command.
 *
 * Starts a Hardhat node on 127.0.0.1:8545, deploys Semaphore and Ballotbox to it, starts the
 * relayer on 127.0.0.1:8787, builds and serves the app on http://127.0.0.1:3000, and stops
 * everything on Ctrl-C.
 * Unless told otherwise it also seeds a demo election (scripts/seed-demo.ts) while the app builds.
 *   --dev     serve with Next's dev server instead of a production build
 *   --no-app  only the chain, the contracts and the relayer (no demo)
 *   --no-seed no demo polls
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { rpcAnswers } from "../lib/chain/rpc-probe.ts";

const root = path.resolve(import.meta.dirname, "..");
const CHAIN_HOST = "127.0.0.1";
const CHAIN_PORT = 8545;
const APP_PORT = Number(process.env.PORT ?? 3000);
const rpcUrl = `http://${CHAIN_HOST}:${CHAIN_PORT}`;
const appUrl = `http://${CHAIN_HOST}:${APP_PORT}`;
const RELAYER_PORT = 8787;
const relayerUrl = `http://${CHAIN_HOST}:${RELAYER_PORT}`;
// The embedded chain starts empty every time, so its relayer journal does too.
const relayerDataDir = path.join(root, ".data/relayer-local");

const { values: flags } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    "no-app": { type: "boolean", default: false },
    "no-seed": { type: "boolean", default: false },
  },
});

const children: ChildProcess[] = [];
let stopping = false;

/**
 * Stops every process this run started, grandchildren included, and exits once the chain's and
 * the app's ports are free again, so that a new `npm start` right after can bind them.
 */
async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  killChildren("SIGTERM");
  const deadline = Date.now() + 10_000;
  const busy = async () => (await answers(rpcUrl)) || (await answers(appUrl)) || (await answers(relayerUrl));
  while (Date.now() < deadline && (await busy())) await sleep(100);
  killChildren("SIGKILL");
  process.exit(code);
}

function killChildren(signal: NodeJS.Signals): void {
  for (const child of children) {
    // Each child leads its own process group (detached), so one signal reaches the processes it
    // started too (npx → hardhat, next start → next-server), even after the leader has exited.
    if (child.pid === undefined) continue;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the whole group is gone
    }
  }
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));
// Even if this script dies of an error, it must not leave a chain or a server behind.
process.on("exit", () => {
  killChildren("SIGKILL");
});

/** Spawns a child in its own process group (see killChildren) and remembers it. */
function spawnChild(command: string, args: string[], env: Record<string, string>, pipeStdout: boolean): ChildProcess {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", pipeStdout ? "pipe" : "inherit", "inherit"],
    detached: true,
  });
  children.push(child);
  return child;
}

/** Starts a long-running child; its exit (unless we are stopping) ends the whole run. */
function startService(name: string, command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawnChild(command, args, env, true);
  child.stdout?.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim() !== "") console.log(`[${name}] ${line}`);
  });
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`${name} stopped unexpectedly (exit code ${code ?? "none"}).`);
      void stopAll(1);
    }
  });
  return child;
}

/** Runs a command to completion, or ends the whole run with its exit code. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve) => {
    const child = spawnChild(command, args, env, false);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else if (!stopping) {
        console.error(`\`${command} ${args.join(" ")}\` failed (exit code ${code ?? "none"}).`);
        void stopAll(1);
      }
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether anything answers HTTP at `url` (any status counts: the port is taken). */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: "POST", body: "{}", signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

const chainAnswers = () => rpcAnswers(rpcUrl);

async function waitForRelayer(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${relayerUrl}/health`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  console.error(`The relayer did not answer on ${relayerUrl} within ${timeoutMs / 1000} s.`);
  await stopAll(1);
}

async function waitForChain(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await chainAnswers()) return;
    await sleep(250);
  }
  console.error(`The local chain did not answer on ${rpcUrl} within ${timeoutMs / 1000} s.`);
  await stopAll(1);
}

for (const url of [rpcUrl, relayerUrl, ...(flags["no-app"] ? [] : [appUrl])]) {
  if (await answers(url)) {
    console.error(`Something already answers on ${url}. Stop it (or the other \`npm start\`) and try again.`);
    process.exit(1);
  }
}

const npx = "npx";
await run("npm", ["run", "--silent", "build:contracts"]);
startService("chain", npx, ["hardhat", "node", "--hostname", CHAIN_HOST, "--port", String(CHAIN_PORT)]);
await waitForChain(60_000);

// The embedded chain starts empty every time: forget Ignition's record of the previous one.
await rm(path.join(root, "ignition/deployments/chain-31337"), { recursive: true, force: true });
await run(npx, ["hardhat", "run", "scripts/deploy.ts", "--network", "localhost"]);

await rm(relayerDataDir, { recursive: true, force: true });
startService("relayer", "node", ["relayer/main.ts"], {
  RELAYER_RPC_URL: rpcUrl,
  RELAYER_HOST: CHAIN_HOST,
  RELAYER_PORT: String(RELAYER_PORT),
  RELAYER_DATA_DIR: relayerDataDir,
  // Browsers reach the relayer through the app's /relayer forwarder, whose server (scripts/serve-app.ts)
  // sets X-Forwarded-For to each client's own address: the relayer believes it from the app only.
  RELAYER_TRUST_PROXY: flags["no-app"] ? "none" : CHAIN_HOST,
});
await waitForRelayer(60_000);

if (flags["no-app"]) {
  console.log(
    `\nBallotbox contracts are deployed on ${rpcUrl} (chain 31337), relayer on ${relayerUrl}. Ctrl-C stops everything.`,
  );
} else {
  const appEnv = { NEXT_PUBLIC_RPC_URL: rpcUrl, RELAYER_URL: relayerUrl, NEXT_TELEMETRY_DISABLED: "1" };
  // The demo takes about two minutes (its closed polls must close, the sealed one be decrypted): it runs beside
  // the build.
  const seeded = flags["no-seed"]
    ? Promise.resolve()
    : run("node", ["scripts/seed-demo.ts"], { BALLOTBOX_RPC_URL: rpcUrl, APP_URL: appUrl, RELAYER_URL: relayerUrl });
  // Served by scripts/serve-app.ts (Next behind a Node server that sets the client address for the relayer).
  const serve = ["scripts/serve-app.ts", "--hostname", CHAIN_HOST, "--port", String(APP_PORT)];
  if (flags.dev) {
    startService("app", "node", [...serve, "--dev"], { ...appEnv, NODE_ENV: "development" });
  } else {
    await run(npx, ["next", "build"], appEnv);
    startService("app", "node", serve, { ...appEnv, NODE_ENV: "production" });
  }
  await seeded;
  console.log(`\nBallotbox is ready on ${appUrl} (chain ${rpcUrl}, relayer ${relayerUrl}). Ctrl-C stops everything.`);
}
