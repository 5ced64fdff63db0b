/**
 * Sealed polls as observers see them, on the two sealed demo polls `npm start` seeds
 * (scripts/seed-sealed-demo.ts): one closed and decrypted by trustees 1 and 3 of three (trustee 2
 * never acts), one open. The closed poll's results show the decrypted counts, who decrypted them and
 * the whole ceremony; the open one shows turnout and no tally. The pages are screenshot at 1280 and
 * 375 px in light and dark, and read in Chinese too.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { pollScope } from "../../lib/ballots/scope.ts";
import { LOCAL_CHAIN_ID } from "../../lib/chain/local-chain.ts";
import { readDeployment } from "../../lib/contracts/deployments.ts";
import { importIdentityBackup } from "../../lib/identity/backup.ts";
import { exportPrivateKey } from "../../lib/identity/identity.ts";
import { ballotNullifier } from "../../lib/voting/nullifier.ts";
import { VIEWPORTS, layoutProblems, messages, recordCspViolations, recordRequests, screenshot } from "./browser.ts";

const SEALED_DEMO = {
  closed: "Which site should the new community garden use?",
  open: "Which evening classes should the library add?",
};
/** The closed demo poll's ballots: one for "Old rail yard", two for "Riverside lot". */
const CLOSED_COUNTS = ["1 vote", "0 votes", "2 votes"];
const en = messages("en");
/** Demo voter 5 is on the open sealed poll's roll and has not voted in it (scripts/seed-sealed-demo.ts). */
const DEMO_VOTER = path.join(process.cwd(), ".data/demo/voter-5.json");
const DEMO_PASSPHRASE = "ballotbox-demo";

async function ballotboxAddress() {
  return (await readDeployment(process.cwd(), LOCAL_CHAIN_ID)).ballotbox;
}

async function sealedPollPath(page: Page, question: string): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: new RegExp(question.replace(/[?]/g, "\\?")) }).getAttribute("href");
  expect(href, `the sealed demo poll "${question}" is listed`).toMatch(/^\/polls\/\d+$/);
  return href ?? "";
}

async function screenshotBothSchemes(page: Page, name: string): Promise<void> {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("a closed sealed poll shows the decrypted total, who decrypted it and the ceremony", async ({ page }) => {
  const closed = await sealedPollPath(page, SEALED_DEMO.closed);
  await page.goto(closed);
  await expect(page.getByText(en("sealed.badge")).first()).toBeVisible();
  await expect(page.getByText(en("results.finalResult"))).toBeVisible({ timeout: 60_000 });
  for (const [index, votes] of CLOSED_COUNTS.entries()) {
    await expect(page.getByTestId(`votes-${index}`)).toHaveText(votes);
  }
  await expect(page.getByText(en("results.winner", { label: "Riverside lot" }))).toBeVisible();
  await expect(page.getByTestId("decrypted-by")).toHaveText(en("sealed.decryptedBy", { trustees: "1 and 3" }));
  await expect(page.getByTestId("ballot-count")).toHaveText("3");

  const panel = page.getByTestId("ceremony-panel");
  await expect(panel.getByTestId("ceremony-status")).toHaveAttribute("data-status", "finalised");
  await expect(panel.getByText(en("sealed.ceremony.intro", { threshold: "2", trustees: "3" }))).toBeVisible();
  for (const trustee of [1, 2, 3]) await expect(panel.getByTestId(`trustee-${trustee}`)).toBeVisible();
  await expect(panel.getByTestId("trustee-1-decrypted")).toHaveText(en("sealed.ceremony.yes"));
  await expect(panel.getByTestId("trustee-2-decrypted")).toHaveText(en("sealed.ceremony.no"));
  await expect(panel.getByTestId("trustee-3-decrypted")).toHaveText(en("sealed.ceremony.yes"));
  await expect(panel.getByText(en("sealed.ceremony.noComplaints"))).toBeVisible();
  await expect(panel.getByText(en("sealed.ceremony.pollKeyHash"))).toBeVisible();
  await screenshotBothSchemes(page, "sealed-results-closed");
  await page.setViewportSize(VIEWPORTS.phone);
  expect(await layoutProblems(page)).toEqual([]);
  await page.setViewportSize(VIEWPORTS.desktop);

  await test.step("its recount page says where the sealed recount runs", async () => {
    await page.goto(`${closed}/recount`);
    await expect(page.getByText(en("recount.sealedCli"))).toBeVisible();
    await expect(page.getByText(`node cli/ballotbox.ts recount --poll ${closed.split("/").pop() ?? ""}`)).toBeVisible();
  });

  await test.step("in Chinese", async () => {
    const zh = messages("zh-Hans");
    await page.goto(`/zh-Hans${closed}`);
    await expect(page.getByTestId("decrypted-by")).toHaveText(zh("sealed.decryptedBy", { trustees: "1和3" }));
    await expect(page.getByText(zh("sealed.ceremony.title"))).toBeVisible();
    await screenshot(page, "sealed-results-closed-zh-Hans");
  });
});

test("an open sealed poll shows turnout only: no tally until it closes", async ({ page }) => {
  const open = await sealedPollPath(page, SEALED_DEMO.open);
  await page.goto(open);
  const sealedCard = page.getByTestId("sealed-until-close");
  await expect(sealedCard).toBeVisible({ timeout: 60_000 });
  await expect(sealedCard.getByText(en("sealed.sealedNote", { threshold: "2", trustees: "3" }))).toBeVisible();
  await expect(page.getByTestId("votes-0")).toHaveCount(0);
  await expect(page.getByText(en("results.liveTally"))).toHaveCount(0);
  // Demo voters 4 and 5 may vote in it (the test below does), so turnout is a count, not a figure.
  await expect(page.getByTestId("ballot-count")).toHaveText(/^\d+$/);
  await expect(page.getByTestId("ceremony-status")).toHaveAttribute("data-status", "finalised");
  await screenshotBothSchemes(page, "sealed-results-open");
  await page.setViewportSize(VIEWPORTS.phone);
  expect(await layoutProblems(page)).toEqual([]);
});

test("a voter casts a sealed ballot in the browser: encrypted and proved in the worker, counted once, nothing secret sent or kept", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone });
  const requests = recordRequests(context);
  const violations = recordCspViolations(context);
  const page = await context.newPage();
  const open = await sealedPollPath(page, SEALED_DEMO.open);
  const pollId = BigInt(open.split("/").pop() ?? "");
  await page.goto(open);
  const turnoutBefore = Number(await page.getByTestId("ballot-count").textContent());

  const identity = await importIdentityBackup(await readFile(DEMO_VOTER, "utf8"), DEMO_PASSPHRASE);
  await page.goto("/identity");
  const restore = page.locator("section", { has: page.getByRole("heading", { name: en("identity.restoreTitle") }) });
  await restore.getByLabel(en("identity.restoreFile")).setInputFiles(DEMO_VOTER);
  await restore.getByLabel(en("identity.passphrase"), { exact: true }).fill(DEMO_PASSPHRASE);
  await restore.getByRole("button", { name: en("identity.restore") }).click();
  await expect(page.getByText(en("identity.restored"))).toBeVisible();

  await page.goto(`${open}/vote`);
  await expect(page.getByText(en("vote.sealedTitle"))).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(en("vote.sealedNote", { threshold: "2", trustees: "3" }))).toBeVisible();
  await expect(page.getByText(en("vote.sealedPrivacyNote"))).toBeVisible();
  await expect(page.getByTestId("prover-status")).toHaveText(en("vote.prover.ready"), { timeout: 120_000 });
  expect(await layoutProblems(page)).toEqual([]);
  await screenshotBothSchemes(page, "sealed-booth");
  await page.getByRole("checkbox", { name: "First aid" }).check();
  await page.getByRole("checkbox", { name: "Bookkeeping" }).check();
  await page.getByRole("button", { name: en("vote.submit") }).click();
  await expect(page.getByText(en("vote.receiptStates.counted"))).toBeVisible({ timeout: 180_000 });
  const scope = pollScope({ chainId: LOCAL_CHAIN_ID, ballotbox: await ballotboxAddress(), pollId });
  const nullifier = ballotNullifier(identity, scope);
  await expect(page.getByText(nullifier.toString())).toBeVisible();
  await screenshot(page, "sealed-receipt", { phone: VIEWPORTS.phone });

  await test.step("the poll's turnout counts it, and the tally stays sealed", async () => {
    await page.goto(open);
    await expect(page.getByTestId("ballot-count")).toHaveText(String(turnoutBefore + 1));
    await expect(page.getByTestId("votes-0")).toHaveCount(0);
  });

  await test.step("the one request that carries the ballot holds ciphertexts and a proof only", async () => {
    const submissions = requests.filter(
      (request) => request.method() === "POST" && request.url().endsWith("/relayer/ballots"),
    );
    expect(submissions).toHaveLength(1);
    const body = JSON.parse(submissions[0]?.postData() ?? "{}") as {
      pollId: string;
      sealedBallot: { nullifier: string; ciphertexts: string[]; proof: string[] };
    };
    expect(Object.keys(body).sort()).toEqual(["pollId", "sealedBallot"]);
    expect(Object.keys(body.sealedBallot).sort()).toEqual(["ciphertexts", "nullifier", "proof"]);
    expect(BigInt(body.sealedBallot.nullifier)).toBe(nullifier);
    // C₁ and one C₂ per option of the 4-option circuit: (1 + 4) points.
    expect(body.sealedBallot.ciphertexts).toHaveLength(10);
    // The sealed circuit came from the app's own origin.
    expect(requests.some((request) => /\/zk\/sealed-ballot-4\.zkey$/.test(request.url()))).toBe(true);
    const secrets = [exportPrivateKey(identity), identity.secretScalar.toString(), identity.secretScalar.toString(16)];
    const nullifierForms = [nullifier.toString(), nullifier.toString(16).padStart(64, "0")];
    for (const request of requests) {
      const carried = [request.url(), JSON.stringify(await request.allHeaders()), request.postData() ?? ""].join("\n");
      const name = `${request.method()} ${new URL(request.url()).pathname}`;
      for (const secret of secrets) expect(carried.includes(secret), name).toBe(false);
      // The booth finds its ballot by reading every ballot of the poll: the node is never asked about it.
      if (name !== "POST /relayer/ballots" && !name.startsWith("GET /relayer/ballots/")) {
        for (const form of nullifierForms) expect(carried.toLowerCase().includes(form), name).toBe(false);
      }
    }
    expect(violations).toEqual([]);
  });

  await test.step("the browser keeps the receipt, never the choice nor the ciphertexts", async () => {
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ""}`),
    );
    const everything = stored.join("\n");
    expect(everything).toContain(nullifier.toString());
    const submission = requests.find((request) => request.url().endsWith("/relayer/ballots"));
    const { sealedBallot } = JSON.parse(submission?.postData() ?? "{}") as { sealedBallot: { ciphertexts: string[] } };
    for (const word of sealedBallot.ciphertexts.slice(0, 2)) expect(everything.includes(word)).toBe(false);
    expect(everything).not.toMatch(/First aid|Bookkeeping|"choice/);
  });
  await context.close();
});
