/**
 * What the browser tests share: the test wallet, the organizer's flow, the app's messages, screenshots,
 * the layout check and the network log of a page.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, type BrowserContext, type Page, type Request } from "@playwright/test";
import { createTranslator } from "next-intl";
import { messagesFor } from "../../app/_i18n/catalog.ts";
import { FORMATS } from "../../app/_i18n/formats.ts";
import type { Locale } from "../../app/_i18n/routing.ts";

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

/** The app's messages in `locale`, as the app words them (the same catalogue, keys checked by tsc). */
export function messages(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), formats: FORMATS });
}

export interface PollToOrganize {
  question: string;
  /** From 2 options up. */
  options: readonly string[];
  /** How long after creation voting opens: the time voters have to join. */
  registrationSeconds: number;
  invites: number;
}

/**
 * The organizer's part, in the app in English with the context's injected wallet: connect, create the
 * poll, create its invite links, tick "saved" and publish them. Returns the poll's path and the
 * invite links as the manage page lists them.
 */
export async function organizePoll(page: Page, poll: PollToOrganize): Promise<{ pollPath: string; invites: string[] }> {
  const t = messages("en");
  await page.goto("/");
  await page.getByRole("button", { name: t("common.wallet.connect") }).click();
  await page.getByRole("button", { name: "Injected" }).click();
  await expect(page.getByRole("button", { name: new RegExp(t("common.wallet.disconnect")) })).toBeVisible();

  await page.goto("/polls/new");
  await page.getByLabel(t("create.question")).fill(poll.question);
  for (const [index, option] of poll.options.entries()) {
    if (index >= 2) await page.getByRole("button", { name: t("create.addOption") }).click();
    await page.getByLabel(t("create.option", { n: index + 1 }), { exact: true }).fill(option);
  }
  await page.getByLabel(t("create.closesAt")).fill(localDateTime(poll.registrationSeconds + 3_600));
  // Set last: the registration window runs from here.
  await page.getByLabel(t("create.opensAt")).fill(localDateTime(poll.registrationSeconds));
  await page.getByRole("button", { name: t("create.submit") }).click();
  await page.waitForURL(/\/polls\/\d+\/manage$/, { timeout: 60_000 });
  const pollPath = new URL(page.url()).pathname.replace(/\/manage$/, "");

  await page.getByLabel(t("manage.invites.countLabel")).fill(String(poll.invites));
  await page.getByRole("button", { name: t("manage.invites.create") }).click();
  await page.getByLabel(t("manage.invites.saved")).check();
  await page.getByRole("button", { name: t("manage.invites.publish") }).click();
  await expect(page.getByText(t("manage.invites.publishedDone"))).toBeVisible({ timeout: 60_000 });
  const invites = await page
    .locator('a[href*="/join#"]')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  expect(invites).toHaveLength(poll.invites);
  return { pollPath, invites };
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  phone: { width: 375, height: 812 },
} as const;

const SCREENSHOTS = path.join("test-results", "screenshots");

/** A full-page screenshot at each of `viewports` (desktop and phone width), under test-results/screenshots/. */
export async function screenshot(
  page: Page,
  name: string,
  viewports: Partial<typeof VIEWPORTS> = VIEWPORTS,
): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${size}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/**
 * What does not fit the page's width: elements whose box reaches past the viewport's right edge
 * (outside any container that scrolls or clips), a page wider than the viewport, and text cut off by
 * an element that hides its overflow (wider content than its box). Form fields scroll their own text,
 * and screen-reader-only text is clipped on purpose: neither counts.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clips = (overflow: string) => overflow === "hidden" || overflow === "clip";
    const scrollsOrClips = (element: Element | null): boolean => {
      for (let current = element; current !== null; current = current.parentElement) {
        const { overflowX } = getComputedStyle(current);
        if (overflowX === "auto" || overflowX === "scroll" || clips(overflowX)) {
          if (current !== document.documentElement && current !== document.body) return true;
        }
      }
      return false;
    };
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}> "${element.textContent.trim().replace(/\s+/g, " ").slice(0, 40)}"`;
    const found: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > width + 1 && !scrollsOrClips(element.parentElement)) {
        found.push(`${describe(element)} reaches right=${Math.round(box.right)} of ${width}`);
      }
      const formField = element.matches("input, textarea, select");
      const screenReaderOnly = element.clientWidth <= 1;
      if (!formField && !screenReaderOnly && clips(getComputedStyle(element).overflowX)) {
        if (element.scrollWidth > element.clientWidth + 1) {
          found.push(
            `${describe(element)} cuts off its text: ${element.scrollWidth} px wide in ${element.clientWidth}`,
          );
        }
      }
    }
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`page scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    }
    return found;
  });
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
