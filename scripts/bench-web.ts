/**
 * Browser benchmark, in headless Chromium on the built app (`npm start`; reused if it is already up):
 *   - proof time at tree depths 10, 16 and 20 through the app's own proving worker, from the request
 *     (what "Vote" sends) to the proof: cold (a new worker, as on the first ballot of a page visit; the
 *     artifacts are in the browser's cache) and warm (the same worker again), the median of RUNS each;
 *     plus the very first proof of a depth, when the browser must also download its artifacts;
 *   - the JavaScript the home page loads (on the wire, and uncompressed).
 * Writes bench/results/web.json.   npm run bench:web   (CHROMIUM_PATH to use another Chromium)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { Group } from "@semaphore-protocol/group";
import { importIdentityBackup } from "../lib/identity/backup.ts";
import { createIdentity, exportPrivateKey } from "../lib/identity/identity.ts";

const ROOT = path.join(import.meta.dirname, "..");
const RESULTS_FILE = path.join(ROOT, "bench", "results", "web.json");
const APP_URL = "http://127.0.0.1:3000";
const DEPTHS = [10, 16, 20];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The seeded open poll, where demo voter 3 has not voted: its vote page runs the proving worker. */
const DEMO_VOTER = path.join(ROOT, ".data/demo/voter-3.json");
const DEMO_PASSPHRASE = "ballotbox-demo";
const OPEN_POLL_QUESTION = "Which projects should the community fund this quarter?";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const round = (value: number) => Math.round(value);

async function appAnswers(): Promise<boolean> {
  try {
    return (await fetch(APP_URL, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/** Starts `npm start` unless the app is up, and resolves once it says it is ready. */
async function ensureApp(): Promise<ChildProcess | undefined> {
  if (await appAnswers()) return undefined;
  console.log("Starting the app (npm start)…");
  const child = spawn("node", ["scripts/start.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("is ready")) resolve();
    });
    child.on("exit", (code) => {
      reject(new Error(`npm start exited (${code ?? "signal"}) before the app was ready.`));
    });
  });
  return child;
}

/** The URL of the app's proving worker, as the vote page creates it. */
async function proverWorkerUrl(page: Page): Promise<string> {
  const privateKey = exportPrivateKey(await importIdentityBackup(await readFile(DEMO_VOTER, "utf8"), DEMO_PASSPHRASE));
  await page.addInitScript((key) => {
    localStorage.setItem("ballotbox:identity:v1", key);
  }, privateKey);
  await page.goto(APP_URL);
  const card = page.getByRole("link", { name: `Open poll: ${OPEN_POLL_QUESTION}` });
  const href = await card.getAttribute("href", { timeout: 30_000 });
  const worker = page.waitForEvent("worker", { timeout: 60_000 });
  await page.goto(`${APP_URL}${href ?? ""}/vote`);
  return (await worker).url();
}

/** One proof in a worker of the page: `fresh` makes a new worker first. Returns milliseconds. */
async function timeProof(page: Page, workerUrl: string, depth: number, fresh: boolean): Promise<number> {
  const identity = createIdentity();
  const merkleProof = new Group([identity.commitment]).generateMerkleProof(0);
  const request = {
    privateKey: exportPrivateKey(identity),
    root: merkleProof.root.toString(),
    leaf: merkleProof.leaf.toString(),
    depth,
  };
  return page.evaluate(
    async ({ url, fresh, request }) => {
      const scope = window as unknown as { benchWorker?: Worker };
      if (fresh || scope.benchWorker === undefined) {
        scope.benchWorker?.terminate();
        // Turbopack boots workers as classic scripts (importScripts), whatever the app asked for.
        scope.benchWorker = new Worker(url);
      }
      const worker = scope.benchWorker;
      const statement = {
        merkleProof: { root: BigInt(request.root), leaf: BigInt(request.leaf), index: 0, siblings: [] },
        message: 0n,
        scope: 1n,
        depth: request.depth,
      };
      const started = performance.now();
      return new Promise<number>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<{ type: string; message?: string }>) => {
          if (event.data.type === "proof") resolve(performance.now() - started);
          if (event.data.type === "error") reject(new Error(event.data.message));
        };
        worker.onerror = (event) => {
          reject(new Error(`The proving worker failed: ${event.message}`));
        };
        worker.postMessage({ type: "prove", id: 1, privateKey: request.privateKey, statement });
      });
    },
    { url: workerUrl, fresh, request },
  );
}

async function homeJavaScript(page: Page): Promise<{ wireKb: number; uncompressedKb: number }> {
  await page.goto(APP_URL, { waitUntil: "networkidle" });
  const sizes = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((entry): entry is PerformanceResourceTiming => entry.name.endsWith(".js"))
      .map((entry) => ({ wire: entry.encodedBodySize, body: entry.decodedBodySize })),
  );
  const sum = (pick: (size: { wire: number; body: number }) => number) =>
    Math.round(sizes.reduce((total, size) => total + pick(size), 0) / 102.4) / 10;
  return { wireKb: sum((size) => size.wire), uncompressedKb: sum((size) => size.body) };
}

const server = await ensureApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const home = await homeJavaScript(await (await browser.newContext()).newPage());
  console.log(`Home page JavaScript: ${home.wireKb} KB on the wire, ${home.uncompressedKb} KB uncompressed`);

  const page = await (await browser.newContext()).newPage();
  const workerUrl = await proverWorkerUrl(page);
  console.log(`Proving worker: ${workerUrl}`);
  const proofMs: Record<
    string,
    { median: number; coldMedian: number; warmMedian: number; firstLoadMs: number; cold: number[]; warm: number[] }
  > = {};
  for (const depth of DEPTHS) {
    const firstLoadMs = await timeProof(page, workerUrl, depth, true);
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      cold.push(await timeProof(page, workerUrl, depth, true));
      warm.push(await timeProof(page, workerUrl, depth, false));
    }
    proofMs[depth] = {
      // The headline is the cold figure: a voter's first (usually only) proof on a page visit.
      median: round(median(cold)),
      coldMedian: round(median(cold)),
      warmMedian: round(median(warm)),
      firstLoadMs: round(firstLoadMs),
      cold: cold.map(round),
      warm: warm.map(round),
    };
    console.log(
      `Depth ${depth}: cold median ${round(median(cold))} ms, warm median ${round(median(warm))} ms, first load (downloading artifacts) ${round(firstLoadMs)} ms`,
    );
  }
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown" },
    browser: `Chromium ${browser.version()} (headless)`,
    runs: RUNS,
    proofMs,
    homeJsKb: home.wireKb,
    homeJsKbUncompressed: home.uncompressedKb,
  };
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${path.relative(ROOT, RESULTS_FILE)}`);
} finally {
  await browser.close();
  if (server?.pid !== undefined) process.kill(-server.pid, "SIGTERM");
}
