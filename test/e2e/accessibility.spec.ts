/**
 * Every page, as organizers and voters met it: axe finds no accessibility violation in light and dark
 * mode at desktop and phone width, and no element is wider than a 375 px screen, even with a long
 * URL in the question. Then what people stumbled on: the organizer's own changes show at once,
 * repeated commitments are skipped and counted, the local account survives a reload, a damaged
 * invite link says so, times name their zone and follow the chain's clock, approval shares are of
 * ballots, a receipt can be checked by link without the node seeing it, results download.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPublicClient, getAbiItem, http } from "viem";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { readDeployment } from "../../lib/contracts/deployments.ts";
import { RPC_URL, VIEWPORTS, injectTestWallet, layoutProblems, localDateTime, recordRequests } from "./browser.ts";

/** The demo polls `npm start` seeds (scripts/seed-demo.ts), found by their questions. */
const DEMO = {
  closed: "Which evening should the monthly meetup move to?",
  open: "Which projects should the community fund this quarter?",
  upcoming: "Should the park stay open until midnight in summer?",
  /** The sealed demo (scripts/seed-sealed-demo.ts): closed and decrypted, and open. */
  sealedClosed: "Which site should the new community garden use?",
  sealedOpen: "Which evening classes should the library add?",
};
/** A question no phone screen can fit on one line unless it breaks inside the words. */
const LONG_URL = `https://example.org/${"really-long-path-segment-".repeat(8)}end`;
const LONG_QUESTION = `Should we adopt the plan at ${LONG_URL}?`;
const LONG_OPTION = `Yes${"x".repeat(90)}`;

const SCHEMES = ["light", "dark"] as const;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // Experimental in axe, and the one the home cards failed: a link's name must contain its visible text.
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.nodes.length}): ${violation.help}\n    ${violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(" ")} ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`)
        .join("\n    ")}`,
  );
}

interface Visit {
  name: string;
  path: string;
  /** Visible once the page has read what it shows. */
  ready: (page: Page) => ReturnType<Page["getByText"]>;
}

/** Opens each page in both schemes at both widths; collects every violation and overflow. */
async function checkPages(page: Page, visits: readonly Visit[]): Promise<string[]> {
  const problems: string[] = [];
  for (const visit of visits) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      await page.goto(visit.path);
      await expect(visit.ready(page).first(), `${visit.name} is ready`).toBeVisible({ timeout: 60_000 });
      await expect(page.getByText("Loading…")).toHaveCount(0, { timeout: 30_000 });
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        // Past the buttons' colour transition (150 ms).
        await page.waitForTimeout(250);
        const where = `${visit.name} (${size}, ${colorScheme})`;
        for (const violation of await axeViolations(page)) problems.push(`${where}: ${violation}`);
        if (size === "phone") {
          for (const overflow of await layoutProblems(page)) problems.push(`${where} overflows: ${overflow}`);
        }
      }
    }
  }
  return problems;
}

async function demoPollPath(page: Page, question: string): Promise<string> {
  await page.goto("/");
  const link = page.getByRole("link", { name: new RegExp(question.replace(/[?]/g, "\\?")) });
  const href = await link.getAttribute("href");
  expect(href, `the demo poll "${question}" is listed`).toMatch(/^\/polls\/\d+$/);
  return href ?? "";
}

async function connectInjected(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("button", { name: "Injected" }).click();
  await expect(page.getByRole("button", { name: /Disconnect/ })).toBeVisible();
}

async function demoInviteLink(): Promise<string> {
  const csv = await readFile(path.join(process.cwd(), ".data/demo/invites.csv"), "utf8");
  const [, first] = csv.trim().split("\n");
  expect(first, "npm start wrote the demo's invite links").toMatch(/\/join#/);
  return first ?? "";
}

async function organizerPage(browser: Browser) {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  await injectTestWallet(context);
  return { context, page: await context.newPage() };
}

test("the organizer's pages: own changes show at once, repeats are skipped, long text wraps", async ({ browser }) => {
  const { context, page } = await organizerPage(browser);
  await page.goto("/");
  await connectInjected(page);

  await test.step("creating a poll with a long URL in its question", async () => {
    await page.goto("/polls/new");
    await expect(page.getByTestId("time-zone")).toContainText(Intl.DateTimeFormat().resolvedOptions().timeZone);
    await page.getByLabel("Question").fill(LONG_QUESTION);
    await page.getByLabel("Option 1", { exact: true }).fill(LONG_OPTION);
    await page.getByLabel("Option 2", { exact: true }).fill("No");
    await page.getByLabel("Voting closes").fill(localDateTime(3 * 86_400));
    await page.getByLabel("Voting opens").fill(localDateTime(2 * 3_600));
    await page.getByRole("button", { name: "Create poll" }).click();
    await page.waitForURL(/\/polls\/\d+\/manage$/, { timeout: 60_000 });
  });
  const created = new URL(page.url()).pathname.replace(/\/manage$/, "");

  await test.step("adding commitments skips those on the roll and those repeated, and the roll shows them at once", async () => {
    const box = page.getByLabel("Identity commitments");
    await box.fill("101\n102\n101\n");
    await page.getByRole("button", { name: "Add voters" }).click();
    await expect(page.getByText("0 already on the roll, 1 repeated, 2 added.")).toBeVisible({ timeout: 60_000 });
    // Refetched before "done" shows: no wait for the next poll of the chain.
    await expect(page.getByText("2 voters on the roll")).toBeVisible({ timeout: 1_000 });
    await box.fill("102\n103\n103\n104\n");
    await expect(page.getByText("1 commitment is already on the roll and will be skipped:")).toBeVisible();
    await page.getByRole("button", { name: "Add voters" }).click();
    await expect(page.getByText("1 already on the roll, 1 repeated, 2 added.")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText("4 voters on the roll")).toBeVisible({ timeout: 1_000 });
  });

  let link = "";
  await test.step("publishing invites shows them on at once", async () => {
    await expect(page.getByText("Invites are off: no invite link works until you publish a set.")).toBeVisible();
    await page.getByLabel("Number of invites").fill("2");
    await page.getByRole("button", { name: "Create invite links" }).click();
    await page.getByLabel("I have saved these links").check();
    await page.getByRole("button", { name: "Publish these invites on chain" }).click();
    await expect(page.getByText("Published: the links below now let voters join.")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText("These links are live: the poll's invite set is the one below.")).toBeVisible({
      timeout: 1_000,
    });
    await expect(page.getByText(/Invites are off/)).toHaveCount(0);
    link = (await page.locator('a[href*="/join#"]').first().getAttribute("href")) ?? "";
  });

  await test.step("a damaged invite link says it is damaged", async () => {
    // One character of the Merkle proof changed: the code still decodes, but matches no published set.
    const index = link.length - 5;
    const damaged = `${link.slice(0, index)}${link[index] === "A" ? "B" : "A"}${link.slice(index + 1)}`;
    const voter = await browser.newContext();
    const joinPage = await voter.newPage();
    await joinPage.goto(damaged);
    await expect(joinPage.getByText(/This invite link is damaged/)).toBeVisible({ timeout: 30_000 });
    await expect(joinPage.getByText(/replaced this poll's invites/)).toHaveCount(0);
    await voter.close();
  });

  await test.step("the manage and results pages of the long question pass axe and fit a phone", async () => {
    const problems = await checkPages(page, [
      { name: "manage (organizer)", path: `${created}/manage`, ready: (p) => p.getByText("Add voters") },
      { name: "results (long text)", path: created, ready: (p) => p.getByTestId("ballot-count") },
    ]);
    expect(problems, problems.join("\n")).toEqual([]);
  });
  await context.close();
});

test("every page passes axe in light and dark mode and fits a 375 px screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const page = await context.newPage();
  const closed = await demoPollPath(page, DEMO.closed);
  const open = await demoPollPath(page, DEMO.open);
  const upcoming = await demoPollPath(page, DEMO.upcoming);
  const sealedClosed = await demoPollPath(page, DEMO.sealedClosed);
  const sealedOpen = await demoPollPath(page, DEMO.sealedOpen);
  const invite = new URL(await demoInviteLink());
  const problems = await checkPages(page, [
    { name: "home", path: "/", ready: (p) => p.getByRole("link", { name: new RegExp(DEMO.open.slice(0, 20)) }) },
    { name: "create", path: "/polls/new", ready: (p) => p.getByLabel("Question") },
    { name: "results (closed)", path: closed, ready: (p) => p.getByText("Final result") },
    { name: "results (open)", path: open, ready: (p) => p.getByText("Live tally") },
    { name: "results (upcoming)", path: upcoming, ready: (p) => p.getByTestId("roll-size") },
    { name: "results (sealed, decrypted)", path: sealedClosed, ready: (p) => p.getByTestId("decrypted-by") },
    { name: "results (sealed, open)", path: sealedOpen, ready: (p) => p.getByTestId("sealed-until-close") },
    { name: "vote (open)", path: `${open}/vote`, ready: (p) => p.getByRole("heading").first() },
    { name: "vote (closed)", path: `${closed}/vote`, ready: (p) => p.getByRole("heading").first() },
    { name: "manage (visitor)", path: `${upcoming}/manage`, ready: (p) => p.getByText("Registrations") },
    { name: "recount (closed)", path: `${closed}/recount`, ready: (p) => p.getByText("Recount from the chain") },
    { name: "recount (upcoming)", path: `${upcoming}/recount`, ready: (p) => p.getByText(/Voting has not started/) },
    { name: "join", path: `${invite.pathname}${invite.hash}`, ready: (p) => p.getByText(DEMO.upcoming) },
    { name: "identity", path: "/identity", ready: (p) => p.getByRole("heading").first() },
  ]);
  expect(problems, problems.join("\n")).toEqual([]);
  await context.close();
});

test("voters' checks: approval shares, receipts by link, downloads, share link, join preview", async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  const requests = recordRequests(context);
  const page = await context.newPage();
  const closed = await demoPollPath(page, DEMO.closed);
  const open = await demoPollPath(page, DEMO.open);
  const upcoming = await demoPollPath(page, DEMO.upcoming);

  await test.step("approval results give each option its share of the ballots", async () => {
    // The demo's two ballots approve options 1+3 and 3+4: option 3 is on 2 of 2 ballots.
    await page.goto(open);
    await expect(page.getByTestId("ballot-count")).toHaveText("2");
    await expect(page.getByTestId("share-2")).toHaveText(
      new Intl.NumberFormat(undefined, { style: "percent" }).format(1),
    );
    await expect(page.getByTestId("share-0")).toHaveText(
      new Intl.NumberFormat(undefined, { style: "percent" }).format(0.5),
    );
  });

  await test.step("results download as CSV and JSON, and the poll has a link to share", async () => {
    await page.goto(closed);
    await expect(page.getByTestId("ballot-count")).toHaveText("4");
    const csvDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    const csv = await readFile(await (await csvDownload).path(), "utf8");
    expect(csv).toBe("Option,Votes,Share of ballots\nMonday,1,0.2500\nWednesday,2,0.5000\nThursday,1,0.2500\n");
    const jsonDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download JSON" }).click();
    const json = JSON.parse(await readFile(await (await jsonDownload).path(), "utf8")) as {
      question: string;
      final: boolean;
    };
    expect(json).toMatchObject({ question: DEMO.closed, final: true });
    await expect(page.getByLabel("Link to this poll")).toHaveValue(new RegExp(`${closed}$`));
  });

  await test.step("a receipt link says where the ballot was counted, and the node never sees the nullifier", async () => {
    const { ballotbox } = await readDeployment(process.cwd(), 31337);
    const client = createPublicClient({ transport: http(RPC_URL) });
    const pollId = BigInt(closed.split("/").at(-1) ?? "0");
    const [ballot] = await client.getLogs({
      address: ballotbox,
      event: getAbiItem({ abi: ballotboxAbi, name: "BallotCast" }),
      args: { pollId },
      fromBlock: 0n,
      strict: true,
    });
    const nullifier = ballot?.args.nullifier ?? 0n;
    const before = requests.length;
    for (const where of [closed, `${closed}/recount`]) {
      await page.goto(`${where}?receipt=${nullifier.toString()}`);
      await expect(page.getByText("Counted.", { exact: true })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText(`block ${(ballot?.blockNumber ?? 0n).toLocaleString("en-US")}`)).toBeVisible();
    }
    const hex = nullifier.toString(16);
    const toNode = requests
      .slice(before)
      .filter((request) => request.url().startsWith(RPC_URL))
      .map((request) => request.postData() ?? "");
    expect(toNode.length, "the page read the ballots from the node").toBeGreaterThan(0);
    for (const form of [nullifier.toString(), hex, hex.padStart(64, "0")]) {
      expect(toNode.filter((body) => body.includes(form))).toEqual([]);
    }
    await page.goto(`${open}?receipt=12345`);
    await expect(page.getByText(/No ballot with this nullifier is counted in this poll/)).toBeVisible({
      timeout: 30_000,
    });
  });

  await test.step("the join page shows the question, options and voting window before joining", async () => {
    const invite = new URL(await demoInviteLink());
    await page.goto(`${invite.pathname}${invite.hash}`);
    await expect(page.getByText(DEMO.upcoming)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("listitem").filter({ hasText: /^Yes$/ })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: /^No$/ })).toBeVisible();
    await expect(page.getByText(/^Voting opens .+ and closes .+\.$/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Join this poll" })).toBeVisible();
  });

  await test.step("a recount before voting opens says voting has not started", async () => {
    await page.goto(`${upcoming}/recount`);
    await expect(page.getByText(/Voting has not started/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("button", { name: "Recount from the chain" })).toBeDisabled();
  });
  await context.close();
});

test("times name their zone and phases follow the chain's clock, not the browser's", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  const open = await demoPollPath(page, DEMO.open);
  // This browser's clock is 8 days ahead: by it, the open poll (a week long) would have closed.
  await page.clock.setSystemTime(new Date(Date.now() + 8 * 86_400_000));
  await page.goto(open);
  await expect(page.getByText(/^Voting from .+ to .+$/)).toContainText("GMT+9");
  await expect(page.getByText("Voting open", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Closes in /)).toBeVisible();
  await context.close();
});

test("the local development account stays connected across a reload", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("button", { name: "Local development account" }).click();
  const connected = page.getByRole("button", { name: /Disconnect/ });
  await expect(connected).toHaveAttribute("title", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  await page.reload();
  await expect(connected).toHaveAttribute("title", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", { timeout: 15_000 });
  await connected.click();
  await page.reload();
  await expect(page.getByRole("button", { name: "Connect wallet" })).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(page.getByRole("button", { name: /Disconnect/ })).toHaveCount(0);
  await context.close();
});
