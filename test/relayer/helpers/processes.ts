/**
 * Child processes for the relayer's tests: a Hardhat node and the relayer itself, each in its own
 * process group (detached) so that one signal to the group ends it and everything it started (npx →
 * hardhat). Every start registers a cleanup that the test file's `after` runs: no orphans.
 */
import { rpcAnswers } from "../../../lib/chain/rpc-probe.ts";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

export interface Service {
  child: ChildProcess;
  output: () => string;
  /** Signals the whole group and waits for the leader to exit. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

const running = new Set<Service>();

/** Kills every service still running: call it from `after`. */
export async function killAll(): Promise<void> {
  await Promise.all([...running].map((service) => service.kill("SIGKILL")));
}

function startService(command: string, args: string[], env: Record<string, string>): Service {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      resolve();
    });
  });
  const service: Service = {
    child,
    output: () => output,
    kill: async (signal = "SIGTERM") => {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      }
      await exited;
      running.delete(service);
    },
  };
  running.add(service);
  return service;
}

async function waitFor(service: Service, done: () => boolean | Promise<boolean>, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(`${what} exited:\n${service.output()}`);
    }
    if (Date.now() > deadline) throw new Error(`${what} did not start in ${timeoutMs / 1000} s:\n${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A fresh Hardhat node on 127.0.0.1:port (never 8545: that one belongs to `npm start`). */
export async function startChain(port: number): Promise<Service & { rpcUrl: string }> {
  const rpcUrl = `http://127.0.0.1:${port}`;
  const service = startService("npx", ["hardhat", "node", "--hostname", "127.0.0.1", "--port", String(port)], {});
  await waitFor(service, () => rpcAnswers(rpcUrl), "The Hardhat node", 90_000);
  return { ...service, rpcUrl };
}

/** The relayer (`node relayer/main.ts`) with the given RELAYER_* settings, once it listens. */
export async function startRelayer(env: Record<string, string>): Promise<Service & { url: string }> {
  const service = startService("node", ["relayer/main.ts"], env);
  await waitFor(service, () => /Relayer listening on/.test(service.output()), "The relayer", 60_000);
  const url = /Relayer listening on (http:\/\/[^\s]+)/.exec(service.output())?.[1] ?? "";
  return { ...service, url };
}

/** Runs a relayer that is expected to refuse to start; resolves with its exit code and output. */
export function runRelayerExpectingFailure(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const service = startService("node", ["relayer/main.ts"], env);
  return new Promise((resolve) => {
    service.child.once("exit", (code) => {
      running.delete(service);
      resolve({ code, output: service.output() });
    });
  });
}
