/**
 * The app in each of its languages (docs/i18n.md), on a 375 px phone. One poll, one voter per
 * language, each in a browser that prefers that language: the invite link (written without a
 * language) opens in the voter's language, the voter joins, votes through the relayer, reads the
 * receipt, the results and a recount that says MATCH, all in that language. The header's language
 * menu switches the page and the choice outlives a reload and a bare URL; a used invite says so in
 * the chosen language. Every page (home, create, identity, join, vote, receipt, results, recount,
 * manage) is screenshot in every language under test-results/screenshots/ and checked to fit the
 * screen with no text cut off.
 *
 * Everything a language changes is checked here, on pages visited anyway by the flow or while
 * waiting for voting to open; accessibility.spec.ts checks the pages' other properties in English.
 * Every expected text comes from the app's own catalogue (app/_i18n/<locale>/).
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../app/_i18n/routing.ts";
import { VIEWPORTS, injectTestWallet, layoutProblems, messages, organizePoll, screenshot } from "./browser.ts";

/** Long enough for the organizer to publish, four voters to join and the language menu to be tried. */
const REGISTRATION_SECONDS = 100;
const OPTIONS = ["Red", "Blue", "Green"] as const;
/** What each language's voter chooses: the tally is then 1, 2, 1. */
const CHOICE: Readonly<Record<Locale, number>> = { en: 0, "zh-Hans": 1, ms: 1, id: 2 };
const TALLY = [1, 2, 1];
/** The browser language (Accept-Language, navigator.language) that should pick each of the app's. */
const BROWSER_LOCALE: Readonly<Record<Locale, string>> = {
  en: "en-US",
  "zh-Hans": "zh-CN",
  ms: "ms-MY",
  id: "id-ID",
};

/** A path in `locale`, as the app writes it: English at the bare path, the others under their prefix. */
function localized(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path === "/" ? "" : path}`;
}

/** The page is in `locale`: its <html lang>, and the header's navigation in that language's words. */
async function expectLanguage(page: Page, locale: Locale): Promise<void> {
  const t = messages(locale);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  const navigation = page.getByRole("navigation", { name: t("common.nav.main") });
  await expect(navigation.getByRole("link", { name: t("common.nav.polls"), exact: true })).toBeVisible();
}

/** Once the page has loaded what it shows: a phone screenshot, and every layout problem (soft). */
async function capture(page: Page, locale: Locale, name: string): Promise<void> {
  await expect(page.getByText(messages(locale)("common.loading"))).toHaveCount(0, { timeout: 30_000 });
  await expectLanguage(page, locale);
  await screenshot(page, `${name}-${locale}`, { phone: VIEWPORTS.phone });
  expect.soft(await layoutProblems(page), `${name} in ${locale} fits a 375 px screen`).toEqual([]);
}

async function voterIn(browser: Browser, locale: Locale) {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: BROWSER_LOCALE[locale] });
  return { locale, t: messages(locale), context, page: await context.newPage() };
}

test("in each language a voter joins by invite, votes, and reads the receipt, results and recount", async ({
  browser,
}) => {
  test.setTimeout(10 * 60_000);
  const organizer = await browser.newContext({ viewport: VIEWPORTS.desktop });
  await injectTestWallet(organizer);
  const organizerPage = await organizer.newPage();
  const { pollPath, invites } = await test.step("the organizer creates a poll with an invite per language", () =>
    organizePoll(organizerPage, {
      question: "Which colour should the new logo be?",
      options: OPTIONS,
      registrationSeconds: REGISTRATION_SECONDS,
      invites: LOCALES.length,
    }));
  for (const link of invites) expect(new URL(link).pathname, "an invite link names no language").toBe("/join");

  const voters = await Promise.all(LOCALES.map((locale) => voterIn(browser, locale)));
  for (const [index, { locale, t, page }] of voters.entries()) {
    await test.step(`a voter whose browser prefers ${BROWSER_LOCALE[locale]} joins in ${locale}`, async () => {
      const link = new URL(invites[index] ?? "");
      await page.goto(link.href);
      await expect(page).toHaveURL(`${link.origin}${localized(locale, "/join")}${link.hash}`);
      await expect(page.getByRole("button", { name: t("join.joinButton") })).toBeVisible({ timeout: 30_000 });
      await capture(page, locale, "join");
      await page.getByRole("button", { name: t("join.joinButton") }).click();
      await expect(page.getByText(t("join.joined"))).toBeVisible({ timeout: 60_000 });
    });
  }

  await test.step("the language menu switches the page, and the cookie keeps the choice; a used invite says so in it", async () => {
    // A browser that prefers Chinese, with no identity: the used invite is refused, not recognised.
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: BROWSER_LOCALE["zh-Hans"] });
    const page = await context.newPage();
    const used = new URL(invites[0] ?? "");
    let current: Locale = "zh-Hans";
    await page.goto(used.href);
    await expect(page).toHaveURL(`${used.origin}${localized(current, "/join")}${used.hash}`);
    await expect(page.getByText(messages(current)("join.used"))).toBeVisible({ timeout: 30_000 });
    for (const chosen of ["ms", "id", "en", "zh-Hans"] as const) {
      const t = messages(chosen);
      await page.getByLabel(messages(current)("common.language.label")).selectOption(chosen);
      // The same page in the chosen language, the invite's key still in the fragment.
      await expect(page).toHaveURL(`${used.origin}${localized(chosen, "/join")}${used.hash}`);
      await expectLanguage(page, chosen);
      await expect(page.getByText(t("join.used"))).toBeVisible({ timeout: 30_000 });
      await page.reload();
      await expectLanguage(page, chosen);
      await expect(page.getByText(t("join.used"))).toBeVisible({ timeout: 30_000 });
      // A bare URL: the cookie's language, over the browser's Chinese.
      await page.goto("/");
      await expect(page).toHaveURL(`${used.origin}${localized(chosen, "/")}`);
      await expectLanguage(page, chosen);
      await page.goto(used.href);
      await expect(page).toHaveURL(`${used.origin}${localized(chosen, "/join")}${used.hash}`);
      await expect(page.getByText(t("join.used"))).toBeVisible({ timeout: 30_000 });
      current = chosen;
    }
    await context.close();
  });

  await test.step("home, create, identity and manage fit a phone in every language", async () => {
    await organizerPage.setViewportSize(VIEWPORTS.phone);
    for (const { locale, t, page } of voters) {
      await page.goto("/");
      await expect(page.getByRole("heading", { name: t("home.title"), exact: true })).toBeVisible();
      await capture(page, locale, "home");
      await page.goto("/polls/new");
      await expect(page.getByLabel(t("create.question"))).toBeVisible();
      await capture(page, locale, "create");
      await page.goto("/identity");
      await expect(page.getByText(t("identity.pollsTitle"))).toBeVisible({ timeout: 30_000 });
      await capture(page, locale, "identity");
      // The organizer's view, the fullest: a prefixed URL opens it in this language. The links' keys
      // lived only in the page that made them, so it now says the invite set is on.
      await organizerPage.goto(localized(locale, `${pollPath}/manage`));
      await expect(organizerPage.getByText(t("manage.invites.statusOn"))).toBeVisible({ timeout: 30_000 });
      await capture(organizerPage, locale, "manage");
    }
  });

  for (const { locale, t, page } of voters) {
    await test.step(`the ${locale} voter votes through the relayer once voting opens`, async () => {
      // A bare path: the language the browser chose before (its cookie) or prefers.
      await page.goto(`${pollPath}/vote`);
      await expect(page).toHaveURL(new RegExp(`${localized(locale, `${pollPath}/vote`)}$`));
      const option = OPTIONS[CHOICE[locale]] ?? "";
      await page.getByRole("radio", { name: option }).check({ timeout: 2 * REGISTRATION_SECONDS * 1_000 });
      await capture(page, locale, "vote");
      await page.getByRole("button", { name: t("vote.submit"), exact: true }).click();
      await expect(page.getByText(t("vote.receiptStates.counted"))).toBeVisible({ timeout: 120_000 });
      await expect(page.getByText(t("vote.receiptTitle"))).toBeVisible();
      await capture(page, locale, "receipt");
    });
  }

  for (const { locale, t, page } of voters) {
    await test.step(`the ${locale} voter reads the results and recounts: MATCH`, async () => {
      await page.goto(pollPath);
      await expect(page.getByTestId("ballot-count")).toHaveText(String(LOCALES.length));
      for (const [index, count] of TALLY.entries()) {
        await expect(page.getByTestId(`votes-${index}`)).toHaveText(t("results.votes", { count }));
      }
      await capture(page, locale, "results");
      await page.goto(`${pollPath}/recount`);
      await page.getByRole("button", { name: t("recount.fromChain") }).click();
      await expect(page.getByText("MATCH", { exact: true })).toBeVisible({ timeout: 120_000 });
      await expect(page.getByText(t("recount.verdictExplanation.MATCH"))).toBeVisible();
      await capture(page, locale, "recount");
    });
  }

  await Promise.all([organizer.close(), ...voters.map(({ context }) => context.close())]);
});
