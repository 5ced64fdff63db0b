/** What the browser tests share: the test wallet, screenshots, and the network log of a page. */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Page, Request } from "@playwright/test";

export const RPC_URL = "http://127.0.0.1:8545";

/** Hardhat's third test account: the organizer in the tests (the node signs for it). */
export const ORGANIZER = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

/**
 * An injected EIP-1193 wallet, as a browser extension would add it: it answers account requests with
 * ORGANIZER and forwards every other call to the local node, which signs for its unlocked accounts.
 * The app sees it through wagmi's real injected() connector; no test code is in the app.
 */
export async function injectTestWallet(context: BrowserContext): Promise<void> {
  await context.addInitScript(
    ({ account, rpcUrl }) => {
      let id = 0;
      const provider = {
        isBallotboxTestWallet: true,
        async request({ method, params }: { method: string; params?: unknown[] }): Promise<unknown> {
          if (method === "eth_requestAccounts" || method === "eth_accounts") return [account];
          if (method === "wallet_switchEthereumChain" || method === "wallet_addEthereumChain") return null;
          const response = await fetch(rpcUrl, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params: params ?? [] }),
          });
          const body = (await response.json()) as { result?: unknown; error?: { code: number; message: string } };
          if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code });
          return body.result;
        },
        on() {},
        removeListener() {},
      };
      Object.defineProperty(window, "ethereum", { value: provider, configurable: true });
    },
    { account: ORGANIZER, rpcUrl: RPC_URL },
  );
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  phone: { width: 375, height: 812 },
} as const;

const SCREENSHOTS = path.join("test-results", "screenshots");

/** A full-page screenshot at desktop and phone width, under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Every request a context makes (pages and their workers), with what it carried. */
export function recordRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on("request", (request) => requests.push(request));
  return requests;
}

/** A datetime-local value for `secondsFromNow` in the browser's (and this process's) time zone. */
export function localDateTime(secondsFromNow: number): string {
  const date = new Date(Date.now() + secondsFromNow * 1000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * Every Content-Security-Policy violation a context's pages report in their console: a test that
 * expects this list empty fails on any script, worker or request the policy blocks.
 */
export function recordCspViolations(context: BrowserContext): string[] {
  const violations: string[] = [];
  context.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** A phone on a slow mobile network: download and upload in bits per second, latency, CPU slowdown. */
export interface SlowDevice {
  downloadBitsPerSecond: number;
  uploadBitsPerSecond: number;
  latencyMs: number;
  /** How many times slower than this machine (CDP Emulation.setCPUThrottlingRate). */
  cpuSlowdown: number;
}

/** Applies Chromium's network and CPU emulation to a page, for as long as the page lives. */
export async function emulateSlowDevice(page: Page, device: SlowDevice): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: device.latencyMs,
    downloadThroughput: device.downloadBitsPerSecond / 8,
    uploadThroughput: device.uploadBitsPerSecond / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: device.cpuSlowdown });
}
