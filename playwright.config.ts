/**
 * Browser tests: the built app with its relayer and a real `hardhat node`, all started by `npm start`
 * (scripts/start.ts), in Chromium. Playwright cannot download browsers here, so it drives an installed
 * Chromium: Debian's /usr/bin/chromium by default, or CHROMIUM_PATH.
 */
import { defineConfig, devices } from "@playwright/test";

export const APP_URL = "http://127.0.0.1:3000";

/** Whether an app already answers here (a developer's `npm start`, seeded): outside CI it is used as it is. */
async function appAnswers(): Promise<boolean> {
  try {
    await fetch(APP_URL, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}
const reuseRunningApp = process.env.CI === undefined && (await appAnswers());

export default defineConfig({
  testDir: "test/e2e",
  outputDir: "test-results/e2e",
  // One chain and one relayer for all: the tests run one after the other.
  workers: 1,
  fullyParallel: false,
  timeout: 5 * 60_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: APP_URL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
  },
  // Locally, a running `npm start` is reused; CI always starts its own.
  ...(reuseRunningApp
    ? {}
    : {
        webServer: {
          command: "node scripts/start.ts",
          // Ready once start.ts says so: after the build *and* the demo's seeding, not when the app first
          // answers (the tests read the demo polls, and the sealed one is decrypted at the end of the
          // seeding). So no `url`: Playwright takes whichever of url and output comes first.
          wait: { stdout: /Ballotbox is ready on/ },
          timeout: 10 * 60_000,
          stdout: "pipe",
          stderr: "pipe",
          gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
        },
      }),
});
