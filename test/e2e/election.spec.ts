/**
 * A whole election in the browser, as people do it: the organizer creates a poll and invite links
 * (with an injected wallet); two voters with no wallet join by invite and vote through the relayer
 * (one on a phone-sized screen); a second ballot is refused; the results show the counts; an
 * observer's in-browser recount says MATCH. Every request the voters' pages and workers make is
 * recorded, and none may carry their identity's secret.
 */
import { Identity } from "@semaphore-protocol/identity";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { VIEWPORTS, injectTestWallet, localDateTime, recordRequests, screenshot } from "./browser.ts";

const IDENTITY_KEY = "ballotbox:identity:v1";
/** Voting opens this long after the poll is created: enough to publish invites and join twice. */
const REGISTRATION_SECONDS = 75;

test.describe.configure({ mode: "serial" });

async function voterContext(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  return { context, requests: recordRequests(context), page: await context.newPage() };
}

async function identitySecrets(page: Page): Promise<string[]> {
  const privateKey = await page.evaluate((key) => localStorage.getItem(key), IDENTITY_KEY);
  expect(privateKey, "the voter has an identity in this browser").not.toBeNull();
  const identity = Identity.import(privateKey ?? "");
  const keyBytes = Buffer.from(privateKey ?? "", "base64");
  return [
    privateKey ?? "",
    encodeURIComponent(privateKey ?? ""),
    keyBytes.toString("base64url"),
    keyBytes.toString("hex"),
    identity.secretScalar.toString(),
    identity.secretScalar.toString(16),
  ];
}

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
    const observerPage = await observer.newPage();
    await observerPage.goto(`${pollPath}/recount`);
    await observerPage.getByRole("button", { name: "Recount from the chain" }).click();
    await expect(observerPage.getByText("MATCH", { exact: true })).toBeVisible({ timeout: 120_000 });
    await expect(observerPage.getByText("MISMATCH")).toHaveCount(0);
    await screenshot(observerPage, "recount");
    await observer.close();
  });

  await test.step("no request carried a voter's identity secret", async () => {
    for (const voter of [phone, laptop]) {
      const secrets = await identitySecrets(voter.page);
      // The proving worker's artifact downloads are in the log: worker traffic is covered too.
      expect(voter.requests.some((request) => /\/zk\/semaphore-\d+\.zkey$/.test(request.url()))).toBe(true);
      expect(voter.requests.some((request) => request.url().includes("/relayer/ballots"))).toBe(true);
      for (const request of voter.requests) {
        const carried = [request.url(), JSON.stringify(await request.allHeaders()), request.postData() ?? ""].join(
          "\n",
        );
        for (const secret of secrets)
          expect(carried.includes(secret), `${request.method()} ${request.url()}`).toBe(false);
        // Nothing leaves for another host: the app's origin and the chain's RPC only (blob: and data:
        // URLs are the page's own memory, e.g. snarkjs' worker threads).
        const url = new URL(request.url());
        if (url.protocol !== "blob:" && url.protocol !== "data:")
          expect(url.host).toMatch(/^127\.0\.0\.1:(3000|8545)$/);
      }
    }
  });

  await Promise.all([organizer.close(), phone.context.close(), laptop.context.close()]);
});
