/**
 * Browser benchmark, in headless Chromium on the built app (`npm start`; reused if it is already up):
 *   - proof time at tree depths 10, 16 and 20 through the app's own proving worker, from the request
 *     (what "Vote" sends) to the proof: prepared (the booth's way: the worker downloaded the depth's
 *     artifacts and made a warm-up proof while the voter chose; the headline `median`), cold (a new
 *     worker, nothing prepared) and warm (the same worker again), the median of RUNS each; plus the
 *     very first proof of a depth, when the browser must also download its artifacts;
 *   - booth ready: from opening a poll's vote page to its "Vote" button, for rolls of 1,000, 10,000 and
 *     100,000 voters (artifacts already in the browser's cache, the roll not: a voter's first visit),
 *     median of 3; and, in the same visits, "Vote" clicked → proof ready, measured in the page;
 *   - the JavaScript the home page loads (on the wire, and uncompressed).
 * Writes bench/results/web.json.   npm run bench:web   (CHROMIUM_PATH to use another Chromium)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { Group } from "@semaphore-protocol/group";
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  parseEventLogs,
  type Address,
  type Hash,
} from "viem";
import { ballotTypeToNumber } from "../lib/ballots/ballot.ts";
import { chainFor } from "../lib/chain/connection.ts";
import { LOCAL_CHAIN_ID } from "../lib/chain/local-chain.ts";
import { ballotboxAbi } from "../lib/contracts/abis.generated.ts";
import { readDeployment } from "../lib/contracts/deployments.ts";
import { importIdentityBackup } from "../lib/identity/backup.ts";
import { createIdentity, exportPrivateKey, type Identity } from "../lib/identity/identity.ts";
import { median } from "./bench-stats.ts";

const ROOT = path.join(import.meta.dirname, "..");
const RESULTS_FILE = path.join(ROOT, "bench", "results", "web.json");
const APP_URL = "http://127.0.0.1:3000";
const DEPTHS = [10, 16, 20];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The seeded open poll, where demo voter 3 has not voted: its vote page runs the proving worker. */
const DEMO_VOTER = path.join(ROOT, ".data/demo/voter-3.json");
const DEMO_PASSPHRASE = "ballotbox-demo";
/** The seeded demo's open poll (scripts/seed-demo.ts creates it second). */
const DEMO_OPEN_POLL = 2;
const RPC_URL = process.env.BALLOTBOX_RPC_URL ?? "http://127.0.0.1:8545";
/** Hardhat's fourth test account creates the benchmark's polls (the node signs for it). */
const BENCH_ORGANIZER: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const ROLL_SIZES = [1_000, 10_000, 100_000];
const BOOTH_RUNS = 3;
/** Voters per addVoters transaction: each costs about 45k gas (a Poseidon path and a stored leaf). */
const VOTERS_PER_TRANSACTION = 250;
/** Where the app keeps identities and roll checkpoints (app/_lib/identity-store.ts, chain-cache.ts). */
const PLAINTEXT_IDENTITY_KEY = "ballotbox:identity:v1";
const SEALED_IDENTITY_KEY = "ballotbox:identity:v2";
const CHAIN_CACHE_DATABASE = "ballotbox-chain-cache";
/** The performance marks the ballot form sets (app/[locale]/polls/[pollId]/vote/_components/ballot-form.tsx). */
const MARKS = { boothReady: "ballotbox:booth-ready", vote: "ballotbox:vote", proofReady: "ballotbox:proof-ready" };

const round = (value: number) => Math.round(value);
/** The depth of a Semaphore (LeanIMT) tree of this many leaves: the depth its ballots prove at. */
const treeDepth = (size: number) => Math.max(1, Math.ceil(Math.log2(size)));

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

/**
 * Puts an identity in the page's browser the way an older release left it (in the clear); the app
 * seals it on its next page. Written from a page of the origin that does not start the app.
 */
async function storeIdentityInBrowser(page: Page, identity: Identity): Promise<void> {
  await page.goto(`${APP_URL}/zk/semaphore-1.json`);
  await page.evaluate(
    ({ keys, privateKey, rollCache }) => {
      localStorage.removeItem(keys.sealed);
      localStorage.setItem(keys.plaintext, privateKey);
      indexedDB.deleteDatabase(rollCache);
    },
    {
      keys: { sealed: SEALED_IDENTITY_KEY, plaintext: PLAINTEXT_IDENTITY_KEY },
      privateKey: exportPrivateKey(identity),
      rollCache: CHAIN_CACHE_DATABASE,
    },
  );
}

/** The URL of the app's proving worker, as the vote page creates it. */
async function proverWorkerUrl(page: Page): Promise<string> {
  await storeIdentityInBrowser(page, await importIdentityBackup(await readFile(DEMO_VOTER, "utf8"), DEMO_PASSPHRASE));
  const worker = page.waitForEvent("worker", { timeout: 60_000 });
  await page.goto(`${APP_URL}/polls/${DEMO_OPEN_POLL}/vote`);
  return (await worker).url();
}

type WorkerMode = "fresh" | "reused" | "prepared";

/**
 * One proof in a worker of the page, in milliseconds from the request to the proof: "fresh" makes a
 * new worker first, "reused" proves in the last one again, "prepared" makes a new worker and lets it
 * prepare the depth (download, warm-up proof) before the clock starts, as the booth does.
 */
async function timeProof(page: Page, workerUrl: string, depth: number, mode: WorkerMode): Promise<number> {
  const identity = createIdentity();
  const merkleProof = new Group([identity.commitment]).generateMerkleProof(0);
  const request = {
    privateKey: exportPrivateKey(identity),
    root: merkleProof.root.toString(),
    leaf: merkleProof.leaf.toString(),
    depth,
  };
  return page.evaluate(
    async ({ url, mode, request }) => {
      const scope = window as unknown as { benchWorker?: Worker };
      if (mode !== "reused" || scope.benchWorker === undefined) {
        scope.benchWorker?.terminate();
        // Turbopack boots workers as classic scripts (importScripts), whatever the app asked for.
        scope.benchWorker = new Worker(url);
      }
      const worker = scope.benchWorker;
      if (mode === "prepared") {
        await new Promise<void>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<{ type: string; message?: string }>) => {
            if (event.data.type === "ready") resolve();
            if (event.data.type === "prepare-failed") reject(new Error(event.data.message));
          };
          worker.postMessage({ type: "prepare", circuit: `semaphore-${request.depth}` });
        });
      }
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
    { url: workerUrl, mode, request },
  );
}

interface BenchPoll {
  rollSize: number;
  pollId: bigint;
  startTime: number;
  /** Voters on the roll whose identities the benchmark holds, one per timed visit. */
  voters: Identity[];
}

const chain = chainFor(LOCAL_CHAIN_ID, RPC_URL);
const chainClient = createPublicClient({ chain, transport: http(RPC_URL) });
const organizer = createWalletClient({ chain, transport: http(RPC_URL), account: BENCH_ORGANIZER });

/** A commitment-like random field element: the roll only hashes them. */
const randomCommitment = () => BigInt(`0x${randomBytes(31).toString("hex")}`) + 1n;

async function mined(hash: Hash): Promise<void> {
  const receipt = await chainClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`Benchmark transaction ${hash} reverted.`);
}

/**
 * Creates a poll whose voting opens after `leadSeconds` and fills its roll: BOOTH_RUNS known voters
 * among random commitments, VOTERS_PER_TRANSACTION per addVoters (sent back to back, waited at the end).
 */
async function createRollPoll(ballotbox: Address, rollSize: number, leadSeconds: number): Promise<BenchPoll> {
  const now = Number((await chainClient.getBlock()).timestamp);
  const startTime = now + leadSeconds;
  const hash = await organizer.writeContract({
    address: ballotbox,
    abi: ballotboxAbi,
    functionName: "createPoll",
    args: [
      `Benchmark: a roll of ${rollSize} voters`,
      ["Yes", "No"],
      ballotTypeToNumber("single"),
      startTime,
      startTime + 86_400,
    ],
  });
  const receipt = await chainClient.waitForTransactionReceipt({ hash });
  const [created] = parseEventLogs({ abi: ballotboxAbi, eventName: "PollCreated", logs: receipt.logs });
  if (created === undefined) throw new Error("The benchmark poll was not created.");
  const voters = Array.from({ length: BOOTH_RUNS }, () => createIdentity());
  const commitments = [...voters.map((voter) => voter.commitment)];
  while (commitments.length < rollSize) commitments.push(randomCommitment());
  const sent: Hash[] = [];
  for (let i = 0; i < commitments.length; i += VOTERS_PER_TRANSACTION) {
    sent.push(
      await organizer.writeContract({
        address: ballotbox,
        abi: ballotboxAbi,
        functionName: "addVoters",
        args: [created.args.pollId, commitments.slice(i, i + VOTERS_PER_TRANSACTION)],
        gas: 16_000_000n,
      }),
    );
  }
  for (const transaction of sent) await mined(transaction);
  return { rollSize, pollId: created.args.pollId, startTime, voters };
}

/** Opens voting in the benchmark's polls by moving the local chain's clock past their start. */
async function openVoting(polls: readonly BenchPoll[]): Promise<void> {
  const now = Number((await chainClient.getBlock()).timestamp);
  const latestStart = Math.max(...polls.map((poll) => poll.startTime));
  const clock = createTestClient({ chain, mode: "hardhat", transport: http(RPC_URL) });
  await clock.increaseTime({ seconds: latestStart - now + 1 });
  await clock.mine({ blocks: 1 });
}

/** Milliseconds between two of the page's marks, or from the page's start to one. */
function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate((mark) => performance.getEntriesByName(mark).at(-1)?.startTime ?? Number.NaN, name);
}

/**
 * One voter's visit to a poll's booth: page open → "Vote" enabled, then (once the prover says it is
 * ready) "Vote" → proof ready. The ballot is sent on through the relayer, as any vote.
 */
async function timeBoothVisit(
  context: BrowserContext,
  poll: BenchPoll,
  voter: Identity,
): Promise<{ boothReadyMs: number; clickToProofMs: number }> {
  const page = await context.newPage();
  await storeIdentityInBrowser(page, voter);
  await page.goto(`${APP_URL}/polls/${poll.pollId}/vote`);
  const vote = page.getByRole("button", { name: "Vote", exact: true });
  await vote.waitFor({ timeout: 120_000 });
  const boothReadyMs = await markTime(page, MARKS.boothReady);
  await page.getByText("The prover is ready.").waitFor({ timeout: 120_000 });
  await page.getByRole("radio", { name: "Yes" }).check();
  await vote.click();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARKS.proofReady, {
    timeout: 120_000,
  });
  const clickToProofMs = (await markTime(page, MARKS.proofReady)) - (await markTime(page, MARKS.vote));
  await page.close();
  return { boothReadyMs, clickToProofMs };
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
  const { ballotbox } = await readDeployment(ROOT, LOCAL_CHAIN_ID);
  console.log(`Creating polls with rolls of ${ROLL_SIZES.join(", ")} voters…`);
  const rollStarted = performance.now();
  const polls: BenchPoll[] = [];
  for (const rollSize of ROLL_SIZES) {
    // Voting opens when the benchmark moves the chain's clock on (openVoting), once every roll is full.
    polls.push(await createRollPoll(ballotbox, rollSize, 3_600));
    console.log(
      `  poll ${polls.at(-1)?.pollId ?? ""}: ${rollSize} voters (${Math.round((performance.now() - rollStarted) / 1000)} s)`,
    );
  }
  // The app's snapshot of each roll is built once per poll, as for the first voter of an election.
  const snapshotBuildMs: Record<string, number> = {};
  for (const poll of polls) {
    const started = performance.now();
    const response = await fetch(`${APP_URL}/rolls/${poll.pollId}`);
    if (!response.ok) throw new Error(`The roll snapshot of poll ${poll.pollId} failed: ${await response.text()}`);
    await response.arrayBuffer();
    snapshotBuildMs[poll.rollSize] = round(performance.now() - started);
    console.log(`  snapshot of ${poll.rollSize} voters built in ${snapshotBuildMs[poll.rollSize] ?? 0} ms`);
  }

  const home = await homeJavaScript(await (await browser.newContext()).newPage());
  console.log(`Home page JavaScript: ${home.wireKb} KB on the wire, ${home.uncompressedKb} KB uncompressed`);

  const page = await (await browser.newContext()).newPage();
  const workerUrl = await proverWorkerUrl(page);
  console.log(`Proving worker: ${workerUrl}`);
  const proofMs: Record<
    string,
    {
      median: number;
      preparedMedian: number;
      coldMedian: number;
      warmMedian: number;
      firstLoadMs: number;
      prepared: number[];
      cold: number[];
      warm: number[];
    }
  > = {};
  for (const depth of DEPTHS) {
    const firstLoadMs = await timeProof(page, workerUrl, depth, "fresh");
    const prepared: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      prepared.push(await timeProof(page, workerUrl, depth, "prepared"));
      cold.push(await timeProof(page, workerUrl, depth, "fresh"));
      warm.push(await timeProof(page, workerUrl, depth, "reused"));
    }
    proofMs[depth] = {
      // The headline is the booth's figure: its worker is prepared while the voter chooses.
      median: round(median(prepared)),
      preparedMedian: round(median(prepared)),
      coldMedian: round(median(cold)),
      warmMedian: round(median(warm)),
      firstLoadMs: round(firstLoadMs),
      prepared: prepared.map(round),
      cold: cold.map(round),
      warm: warm.map(round),
    };
    console.log(
      `Depth ${depth}: prepared median ${round(median(prepared))} ms, cold ${round(median(cold))} ms, warm ${round(median(warm))} ms, first load (downloading artifacts) ${round(firstLoadMs)} ms`,
    );
  }

  const boothReadyMs: Record<string, number> = {};
  const boothReadyRuns: Record<string, number[]> = {};
  const clickToProofMs: Record<string, { depth: number; median: number; runs: number[] }> = {};
  await openVoting(polls);
  for (const poll of polls) {
    const context = await browser.newContext();
    // An untimed first visit puts this depth's artifacts in the browser's cache.
    const warmUp = await context.newPage();
    await storeIdentityInBrowser(warmUp, poll.voters[0] ?? createIdentity());
    await warmUp.goto(`${APP_URL}/polls/${poll.pollId}/vote`);
    await warmUp.getByText("The prover is ready.").waitFor({ timeout: 300_000 });
    await warmUp.close();
    const visits = [];
    for (const voter of poll.voters) visits.push(await timeBoothVisit(context, poll, voter));
    await context.close();
    const ready = visits.map((visit) => round(visit.boothReadyMs));
    const clicks = visits.map((visit) => round(visit.clickToProofMs));
    boothReadyMs[poll.rollSize] = round(median(ready));
    boothReadyRuns[poll.rollSize] = ready;
    clickToProofMs[poll.rollSize] = { depth: treeDepth(poll.rollSize), median: round(median(clicks)), runs: clicks };
    console.log(
      `Roll of ${poll.rollSize}: booth ready median ${boothReadyMs[poll.rollSize] ?? 0} ms (${ready.join(", ")}), Vote → proof ${round(median(clicks))} ms (${clicks.join(", ")})`,
    );
  }

  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown" },
    browser: `Chromium ${browser.version()} (headless)`,
    runs: RUNS,
    proofMs,
    boothReadyMs,
    boothReadyRuns,
    clickToProofMs,
    rollSnapshotBuildMs: snapshotBuildMs,
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
