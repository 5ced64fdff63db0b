/**
 * A whole election in the browser, as people do it: the organizer creates a poll and invite links
 * (with an injected wallet); two voters with no wallet join by invite and vote through the relayer
 * (one on a phone-sized screen); a second ballot is refused; the results show the counts; an
 * observer's in-browser recount says MATCH. Every request the voters' pages and workers make is
 * recorded: none may carry their identity's secret, and none but the relayer submission that must
 * may carry their commitment or nullifier. Every page's Content-Security-Policy is checked, and any
 * CSP violation in a page's console fails the test. The identity is never stored in the clear.
 *
 * A CPU-heavy process runs beside this spec for its whole length: a loaded machine (CI, a slow
 * phone) must not stall a vote.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { pollScope } from "../../lib/ballots/scope.ts";
import { LOCAL_CHAIN_ID } from "../../lib/chain/local-chain.ts";
import { readDeployment } from "../../lib/contracts/deployments.ts";
import { importIdentityBackup } from "../../lib/identity/backup.ts";
import { createIdentity, exportPrivateKey, type Identity } from "../../lib/identity/identity.ts";
import { ballotNullifier } from "../../lib/voting/nullifier.ts";
import {
  VIEWPORTS,
  injectTestWallet,
  localDateTime,
  recordCspViolations,
  recordRequests,
  screenshot,
} from "./browser.ts";

/** Where releases before encryption kept the private key in the clear (see app/_lib/identity-store.ts). */
const PLAINTEXT_IDENTITY_KEY = "ballotbox:identity:v1";
const BACKUP_PASSPHRASE = "e2e backup passphrase";
/** Voting opens this long after the poll is created: enough to publish invites and join twice. */
const REGISTRATION_SECONDS = 75;
/** A poll the demo seeded by `npm start` always has. */
const DEMO_POLL = "/polls/1";
const ROUTES = [
  "/",
  "/polls/new",
  "/identity",
  "/join",
  DEMO_POLL,
  `${DEMO_POLL}/vote`,
  `${DEMO_POLL}/manage`,
  `${DEMO_POLL}/recount`,
];

test.describe.configure({ mode: "serial" });

let busyLoop: ChildProcess | undefined;
test.beforeAll(() => {
  busyLoop = spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" });
});
test.afterAll(() => {
  busyLoop?.kill("SIGKILL");
});

async function voterContext(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  return {
    context,
    requests: recordRequests(context),
    violations: recordCspViolations(context),
    page: await context.newPage(),
  };
}

/** Every way an identity's secret could be written: the private key and the secret scalar. */
function secretForms(identity: Identity): string[] {
  const privateKey = exportPrivateKey(identity);
  const keyBytes = Buffer.from(privateKey, "base64");
  return [
    privateKey,
    encodeURIComponent(privateKey),
    keyBytes.toString("base64url"),
    keyBytes.toString("hex"),
    identity.secretScalar.toString(),
    identity.secretScalar.toString(16),
  ];
}

/** A field element as requests could carry it: decimal, hex, and 32-byte words (calldata, log topics). */
function numberForms(value: bigint): string[] {
  const hex = value.toString(16);
  return [value.toString(), hex, hex.padStart(64, "0")];
}

/** The voter's identity, through the app's own encrypted backup (the test reads no app storage). */
async function voterIdentity(page: Page): Promise<Identity> {
  await page.goto("/identity");
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Back up to an encrypted file" }) });
  await card.getByLabel("Passphrase", { exact: true }).fill(BACKUP_PASSPHRASE);
  await card.getByLabel("Repeat the passphrase").fill(BACKUP_PASSPHRASE);
  const download = page.waitForEvent("download");
  await card.getByRole("button", { name: "Download encrypted backup" }).click();
  const file = await (await download).path();
  return importIdentityBackup(await readFile(file, "utf8"), BACKUP_PASSPHRASE);
}

/** Everything this origin keeps in the browser: localStorage values and IndexedDB records. */
async function storedContents(page: Page): Promise<{ texts: string[]; cryptoKeys: { extractable: boolean }[] }> {
  return page.evaluate(async () => {
    const texts = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ""}`);
    const cryptoKeys: { extractable: boolean }[] = [];
    const read = (request: IDBRequest) =>
      new Promise<unknown>((resolve, reject) => {
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error("IndexedDB read failed"));
        };
      });
    for (const { name } of await indexedDB.databases()) {
      if (name === undefined) continue;
      const database = (await read(indexedDB.open(name))) as IDBDatabase;
      for (const storeName of Array.from(database.objectStoreNames)) {
        const store = database.transaction(storeName).objectStore(storeName);
        const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
        texts.push(JSON.stringify(keys));
        for (const value of values as unknown[]) {
          if (value instanceof CryptoKey) cryptoKeys.push({ extractable: value.extractable });
          else texts.push(JSON.stringify(value));
        }
      }
      database.close();
    }
    return { texts, cryptoKeys };
  });
}

async function expectNothingInTheClear(page: Page, identity: Identity): Promise<void> {
  const stored = await storedContents(page);
  expect(stored.cryptoKeys, "the device key is in IndexedDB").toEqual([{ extractable: false }]);
  const everything = stored.texts.join("\n");
  for (const form of secretForms(identity)) expect(everything.includes(form), `stored: ${form}`).toBe(false);
}

/** The CSP of one response, and the nonce its script-src allows. */
async function servedPolicy(request: APIRequestContext, route: string) {
  const response = await request.get(route);
  expect(response.status(), route).toBe(200);
  const policy = response.headers()["content-security-policy"] ?? "";
  const scriptSrc = policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
  return { policy, scriptSrc, nonce, html: await response.text() };
}

test("every page is served with a fresh script nonce, no 'unsafe-inline', and runs without a CSP violation", async ({
  browser,
  request,
}) => {
  const context = await browser.newContext();
  const violations = recordCspViolations(context);
  const page = await context.newPage();
  for (const route of ROUTES) {
    const first = await servedPolicy(request, route);
    const second = await servedPolicy(request, route);
    expect(first.scriptSrc, route).not.toContain("'unsafe-inline'");
    expect(first.scriptSrc, route).not.toContain("'unsafe-eval'");
    expect(first.policy, route).toContain("connect-src 'self' http://127.0.0.1:8545");
    expect(first.policy, route).toContain("worker-src 'self' blob:");
    expect(first.nonce, route).toBeDefined();
    expect(second.nonce, `${route}: a new nonce per response`).not.toBe(first.nonce);
    const scripts = [...first.html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
    expect(scripts.length, route).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes, route).toContain(`nonce="${first.nonce ?? ""}"`);
    // In the browser, under its policy: the page hydrates (the header's wallet button opens its dialog,
    // which takes React; a click before hydration does nothing, hence the retries).
    await page.goto(route);
    await expect(async () => {
      await page.getByRole("button", { name: "Connect wallet" }).click();
      await expect(page.getByRole("heading", { name: "Connect a wallet" })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await page.keyboard.press("Escape");
  }
  expect(violations).toEqual([]);
  await context.close();
});

test("the identity is never stored in the clear, and a passphrase locks it", async ({ browser }) => {
  const context = await browser.newContext();
  const violations = recordCspViolations(context);
  const page = await context.newPage();
  const identity = createIdentity();
  const commitment = page.getByTestId("identity-commitment");

  await test.step("an identity an older release left in the clear is sealed, and the clear copy deleted", async () => {
    // Any page of the origin that does not start the app, to write its storage before the app runs.
    await page.goto("/zk/semaphore-1.json");
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value);
      },
      [PLAINTEXT_IDENTITY_KEY, exportPrivateKey(identity)] as const,
    );
    await page.goto("/identity");
    await expect(commitment).toHaveText(identity.commitment.toString());
    expect(await page.evaluate((key) => localStorage.getItem(key), PLAINTEXT_IDENTITY_KEY)).toBeNull();
    await expectNothingInTheClear(page, identity);
  });

  await test.step("with a passphrase set, a reload asks for it, and only the right one unlocks", async () => {
    const card = page.locator("section", { has: page.getByRole("heading", { name: "Lock with a passphrase" }) });
    await card.getByLabel("Passphrase", { exact: true }).fill("a lock passphrase");
    await card.getByLabel("Repeat the passphrase").fill("a lock passphrase");
    await card.getByRole("button", { name: "Set passphrase" }).click();
    await expect(card.getByRole("button", { name: "Lock now" })).toBeVisible();
    await page.reload();
    const unlock = page.locator("section", {
      has: page.getByRole("heading", { name: "Your voting identity is locked" }),
    });
    await expect(unlock).toBeVisible();
    await expect(commitment).toHaveCount(0);
    await expectNothingInTheClear(page, identity);
    await unlock.getByLabel("Passphrase", { exact: true }).fill("not the passphrase");
    await unlock.getByRole("button", { name: "Unlock" }).click();
    await expect(unlock.getByText("That passphrase does not unlock this identity.")).toBeVisible();
    await unlock.getByLabel("Passphrase", { exact: true }).fill("a lock passphrase");
    await unlock.getByRole("button", { name: "Unlock" }).click();
    await expect(commitment).toHaveText(identity.commitment.toString());
  });

  await test.step("a new identity is sealed too", async () => {
    await page.getByRole("button", { name: "Forget identity" }).click();
    await page.getByRole("button", { name: "Yes, forget it" }).click();
    await page.getByRole("button", { name: "Create my voting identity" }).click();
    await expect(commitment).toBeVisible();
    await expectNothingInTheClear(page, await voterIdentity(page));
  });
  expect(violations).toEqual([]);
  await context.close();
});

async function joinWithInvite(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole("button", { name: "Join this poll" }).click();
  await expect(page.getByText("You are on the roll.")).toBeVisible({ timeout: 60_000 });
}

async function castBallot(page: Page, pollPath: string, option: string): Promise<number> {
  await page.goto(`${pollPath}/vote`);
  await page.getByRole("radio", { name: option }).check({ timeout: 120_000 });
  const started = Date.now();
  await page.getByRole("button", { name: "Vote", exact: true }).click();
  await expect(page.getByText("Counted. Your ballot is in the tally.")).toBeVisible({ timeout: 120_000 });
  return Date.now() - started;
}

test("an organizer runs an election in the browser and the recount matches", async ({ browser }) => {
  const organizer: BrowserContext = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  const organizerViolations = recordCspViolations(organizer);
  await injectTestWallet(organizer);
  const page = await organizer.newPage();

  let pollPath = "";
  await test.step("the organizer creates a poll", async () => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Polls", exact: true })).toBeVisible();
    await screenshot(page, "home");
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("button", { name: "Injected" }).click();
    await expect(page.getByRole("button", { name: /Disconnect/ })).toBeVisible();

    await page.goto("/polls/new");
    await page.getByLabel("Question").fill("Which colour should the new logo be?");
    await page.getByLabel("Option 1", { exact: true }).fill("Red");
    await page.getByLabel("Option 2", { exact: true }).fill("Blue");
    await page.getByRole("button", { name: "Add an option" }).click();
    await page.getByLabel("Option 3", { exact: true }).fill("Green");
    await page.getByLabel("Voting closes").fill(localDateTime(3_600));
    await screenshot(page, "create-poll");
    // Set last: the registration window runs from here.
    await page.getByLabel("Voting opens").fill(localDateTime(REGISTRATION_SECONDS));
    await page.getByRole("button", { name: "Create poll" }).click();
    await page.waitForURL(/\/polls\/\d+\/manage$/, { timeout: 60_000 });
    pollPath = new URL(page.url()).pathname.replace(/\/manage$/, "");
  });

  let links: string[] = [];
  await test.step("the organizer creates invite links and publishes them", async () => {
    await page.getByLabel("Number of invites").fill("2");
    await page.getByRole("button", { name: "Create invite links" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(/invites\.csv$/);
    await page.getByRole("button", { name: "Publish these invites on chain" }).click();
    await expect(page.getByText(/published/i).first()).toBeVisible({ timeout: 60_000 });
    links = await page
      .locator('a[href*="/join#"]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toHaveLength(2);
    await screenshot(page, "manage");
  });

  const phone = await voterContext(browser, VIEWPORTS.phone);
  const laptop = await voterContext(browser, VIEWPORTS.desktop);
  await test.step("two voters join by invite, with no wallet", async () => {
    await joinWithInvite(phone.page, links[0] ?? "");
    await screenshot(phone.page, "join");
    await joinWithInvite(laptop.page, links[1] ?? "");
    await phone.page.goto("/identity");
    await expect(phone.page.getByText("Polls you are registered in")).toBeVisible();
    await expect(phone.page.getByRole("link", { name: "Which colour should the new logo be?" })).toBeVisible();
    await screenshot(phone.page, "identity");
  });

  await test.step("both vote through the relayer once voting opens", async () => {
    await phone.page.goto(`${pollPath}/vote`);
    await expect(phone.page.getByText(/Voting has not opened yet|Choose one option/).first()).toBeVisible();
    const phoneMs = await castBallot(phone.page, pollPath, "Blue");
    await screenshot(phone.page, "receipt");
    const laptopMs = await castBallot(laptop.page, pollPath, "Green");
    console.log(`Vote → counted: ${phoneMs} ms (phone viewport), ${laptopMs} ms (desktop viewport)`);
  });

  await test.step("a second ballot from the same identity is refused", async () => {
    await phone.page.reload();
    await expect(phone.page.getByText(/has already voted in this poll/).first()).toBeVisible();
    // Even with its receipt forgotten, the booth finds the nullifier spent on chain and refuses.
    await phone.page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith("ballotbox:receipt:")) localStorage.removeItem(key);
    });
    await phone.page.reload();
    await expect(phone.page.getByText(/has already voted in this poll/).first()).toBeVisible();
    await expect(phone.page.getByRole("button", { name: "Vote", exact: true })).toHaveCount(0);
  });

  await test.step("the results show the counts", async () => {
    await page.goto(pollPath);
    await expect(page.getByTestId("ballot-count")).toHaveText("2");
    await expect(page.getByTestId("roll-size")).toHaveText("2");
    await expect(page.getByTestId("votes-0")).toHaveText("0 votes");
    await expect(page.getByTestId("votes-1")).toHaveText("1 vote");
    await expect(page.getByTestId("votes-2")).toHaveText("1 vote");
    await screenshot(page, "results");
  });

  await test.step("an observer's recount in the browser says MATCH", async () => {
    const observer = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const observerViolations = recordCspViolations(observer);
    const observerPage = await observer.newPage();
    await observerPage.goto(`${pollPath}/recount`);
    await observerPage.getByRole("button", { name: "Recount from the chain" }).click();
    await expect(observerPage.getByText("MATCH", { exact: true })).toBeVisible({ timeout: 120_000 });
    await expect(observerPage.getByText("MISMATCH")).toHaveCount(0);
    await screenshot(observerPage, "recount");
    expect(observerViolations).toEqual([]);
    await observer.close();
  });

  await test.step("no request carried a voter's secret, nor their commitment or nullifier but to the relayer", async () => {
    const { ballotbox } = await readDeployment(process.cwd(), LOCAL_CHAIN_ID);
    const scope = pollScope({ chainId: LOCAL_CHAIN_ID, ballotbox, pollId: BigInt(pollPath.split("/").pop() ?? "") });
    for (const voter of [phone, laptop]) {
      const identity = await voterIdentity(voter.page);
      const secrets = secretForms(identity);
      const commitment = numberForms(identity.commitment);
      const nullifier = numberForms(ballotNullifier(identity, scope));
      // The proving worker's artifact downloads are in the log: worker traffic is covered too.
      expect(voter.requests.some((request) => /\/zk\/semaphore-\d+\.zkey$/.test(request.url()))).toBe(true);
      const carriers = { commitment: [] as string[], nullifier: [] as string[] };
      for (const request of voter.requests) {
        const carried = [request.url(), JSON.stringify(await request.allHeaders()), request.postData() ?? ""]
          .join("\n")
          .toLowerCase();
        const name = `${request.method()} ${new URL(request.url()).pathname}`;
        for (const secret of secrets) expect(carried.includes(secret.toLowerCase()), name).toBe(false);
        if (commitment.some((form) => carried.includes(form))) carriers.commitment.push(name);
        if (nullifier.some((form) => carried.includes(form))) carriers.nullifier.push(name);
        // Nothing leaves for another host: the app's origin and the chain's RPC only (blob: and data:
        // URLs are the page's own memory, e.g. snarkjs' worker threads).
        const url = new URL(request.url());
        if (url.protocol !== "blob:" && url.protocol !== "data:")
          expect(url.host).toMatch(/^127\.0\.0\.1:(3000|8545)$/);
      }
      // The relayer must have the commitment to register it, and the nullifier to count the ballot:
      // those submissions alone. No RPC call, page or other request names either, before or after voting.
      expect(new Set(carriers.commitment)).toEqual(new Set(["POST /relayer/registrations"]));
      expect(new Set(carriers.nullifier)).toEqual(new Set(["POST /relayer/ballots"]));
      expect(voter.violations).toEqual([]);
    }
    expect(organizerViolations).toEqual([]);
  });

  await Promise.all([organizer.close(), phone.context.close(), laptop.context.close()]);
});
