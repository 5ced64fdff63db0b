/**
 * A vote on a slow phone: the voter's page runs under Chromium's network emulation (1.6 Mbit/s down,
 * 150 ms latency) and 6× CPU throttling, on a machine kept busy by a CPU-heavy process, and it is
 * opened during registration and left open until voting opens. The booth must live through that
 * transition, prepare the prover while waiting (the circuit's download shows its bytes), and the vote
 * must reach "Counted", with the receipt taking the focus. Each proving file is downloaded once: a
 * booth that restarted its worker on the roll's refreshes would download (and prove) again and again,
 * and never finish.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { VIEWPORTS, emulateSlowDevice, injectTestWallet, localDateTime, recordRequests } from "./browser.ts";

/** Long enough for the organizer to publish an invite and the slow phone to join with it. */
const REGISTRATION_SECONDS = 120;
const SLOW_PHONE = { downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000, latencyMs: 150, cpuSlowdown: 6 };
/** The seeded demo's first poll is closed (scripts/seed-demo.ts). */
const CLOSED_DEMO_POLL = "/polls/1";

test.describe.configure({ mode: "serial" });

let busyLoop: ChildProcess | undefined;
test.beforeAll(() => {
  busyLoop = spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" });
});
test.afterAll(() => {
  busyLoop?.kill("SIGKILL");
});

async function createPollWithInvite(page: Page): Promise<{ pollPath: string; invite: string }> {
  await page.goto("/");
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("button", { name: "Injected" }).click();
  await expect(page.getByRole("button", { name: /Disconnect/ })).toBeVisible();
  await page.goto("/polls/new");
  await page.getByLabel("Question").fill("Does a vote finish on a slow phone?");
  await page.getByLabel("Option 1", { exact: true }).fill("Yes");
  await page.getByLabel("Option 2", { exact: true }).fill("No");
  await page.getByLabel("Voting closes").fill(localDateTime(3_600));
  await page.getByLabel("Voting opens").fill(localDateTime(REGISTRATION_SECONDS));
  await page.getByRole("button", { name: "Create poll" }).click();
  await page.waitForURL(/\/polls\/\d+\/manage$/, { timeout: 60_000 });
  const pollPath = new URL(page.url()).pathname.replace(/\/manage$/, "");
  await page.getByLabel("Number of invites").fill("1");
  await page.getByRole("button", { name: "Create invite links" }).click();
  // Invites are published only once saved: the CSV download counts.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  await download;
  await page.getByRole("button", { name: "Publish these invites on chain" }).click();
  await expect(page.getByText(/published/i).first()).toBeVisible({ timeout: 60_000 });
  const [invite] = await page
    .locator('a[href*="/join#"]')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  if (invite === undefined) throw new Error("The manage page shows no invite link.");
  return { pollPath, invite };
}

test("a vote on a slow, throttled phone, opened during registration, is counted", async ({ browser }) => {
  test.setTimeout(12 * 60_000);
  const organizer = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  await injectTestWallet(organizer);
  const { pollPath, invite } = await createPollWithInvite(await organizer.newPage());
  await organizer.close();

  const phone = await browser.newContext({ viewport: VIEWPORTS.phone });
  const requests = recordRequests(phone);
  const page = await phone.newPage();
  await emulateSlowDevice(page, SLOW_PHONE);

  await test.step("the voter joins by invite on the slow phone", async () => {
    await page.goto(invite, { timeout: 120_000 });
    await page.getByRole("button", { name: "Join this poll" }).click({ timeout: 120_000 });
    await expect(page.getByText("You are on the roll.")).toBeVisible({ timeout: 180_000 });
  });

  await test.step("the booth, opened before voting opens, prepares the prover while it waits", async () => {
    await page.goto(`${pollPath}/vote`, { timeout: 120_000 });
    await expect(page.getByText(/Voting has not opened yet/)).toBeVisible({ timeout: 120_000 });
    await expect(page.getByText(/MB downloaded|The prover is ready|Getting the prover ready/).first()).toBeVisible({
      timeout: 60_000,
    });
  });

  await test.step("voting opens in the same page, and the vote is counted", async () => {
    const choice = page.getByRole("radio", { name: "Yes" });
    await choice.check({ timeout: (REGISTRATION_SECONDS + 120) * 1000 });
    await page.getByRole("button", { name: "Vote", exact: true }).click();
    await expect(page.getByText("Counted. Your ballot is in the tally.")).toBeVisible({ timeout: 6 * 60_000 });
    await expect(page.getByRole("heading", { name: "Your ballot receipt" })).toBeFocused();
  });

  const artifactRequests = requests.filter((request) => /\/zk\/semaphore-\d+\.(wasm|zkey)$/.test(request.url()));
  expect(
    artifactRequests.map((request) => new URL(request.url()).pathname).sort(),
    "each proving file is downloaded once",
  ).toHaveLength(2);
  await phone.close();
});

test("a closed poll's booth says voting has ended, with or without an identity", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${CLOSED_DEMO_POLL}/vote`);
  await expect(page.getByText("Voting has ended. The result is final.")).toBeVisible();
  await expect(page.getByRole("link", { name: "See the results" })).toBeVisible();
  await context.close();
});
