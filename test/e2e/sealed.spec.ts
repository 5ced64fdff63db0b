/**
 * Sealed polls as observers see them, on the two sealed demo polls `npm start` seeds
 * (scripts/seed-sealed-demo.ts): one closed and decrypted by trustees 1 and 3 of three (trustee 2
 * never acts), one open. The closed poll's results show the decrypted counts, who decrypted them and
 * the whole ceremony; the open one shows turnout and no tally. The pages are screenshot at 1280 and
 * 375 px in light and dark, and read in Chinese too.
 */
import { expect, test, type Page } from "@playwright/test";
import { VIEWPORTS, layoutProblems, messages, screenshot } from "./browser.ts";

const SEALED_DEMO = {
  closed: "Which site should the new community garden use?",
  open: "Which evening classes should the library add?",
};
/** The closed demo poll's ballots: one for "Old rail yard", two for "Riverside lot". */
const CLOSED_COUNTS = ["1 vote", "0 votes", "2 votes"];
const en = messages("en");

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
  await expect(page.getByTestId("ballot-count")).toHaveText("0");
  await expect(page.getByTestId("ceremony-status")).toHaveAttribute("data-status", "finalised");
  await screenshotBothSchemes(page, "sealed-results-open");
  await page.setViewportSize(VIEWPORTS.phone);
  expect(await layoutProblems(page)).toEqual([]);

  await test.step("its booth says how a sealed ballot is cast today", async () => {
    await page.goto(`${open}/vote`);
    await expect(page.getByTestId("sealed-booth-cli")).toContainText(en("vote.sealedCliTitle"));
  });
});
