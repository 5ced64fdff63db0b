/**
 * `npm run bench:relayer`: how fast the relayer accepts ballots and how long a ballot takes from POST to
 * counted, on a local Hardhat node. Posts the stored ballots of test/data/relayer-ballots.json (all of
 * them, or --count N) from --clients concurrent clients, waits until the chain has counted them all,
 * and writes bench/results/relayer.json:
 *   accepted ballots per second (first POST to last 202), POST → counted seconds (median, p95: the
 *   counted time is when the relayer read the receipt, from its journal), gas per ballot in the batches
 *   it formed (the transaction's gasUsed over its ballots), and any ballot lost.
 *
 *   npm run bench:relayer -- --count 1000 --clients 64
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Hex } from "viem";
import { openDatabase } from "../relayer/sqlite.ts";
import { ballotBody, loadBallots } from "../test/relayer/helpers/ballots.ts";
import { postAll } from "../test/relayer/helpers/clients.ts";
import { deployElection, waitForBallotCount } from "../test/relayer/helpers/deploy.ts";
import { BALLOTBOX, OPEN_POLL } from "../test/relayer/helpers/election.ts";
import { killAll, ROOT, startChain, startRelayer } from "../test/relayer/helpers/processes.ts";

const CHAIN_PORT = 8548;
const RELAYER_PORT = 8791;
const RESULTS_FILE = path.join(ROOT, "bench", "results", "relayer.json");

const { values } = parseArgs({
  options: { count: { type: "string" }, clients: { type: "string", default: "64" } },
});

const dataDir = await mkdtemp(path.join(tmpdir(), "ballotbox-relayer-bench-"));
process.on("SIGINT", () => {
  void killAll().then(() => process.exit(130));
});
try {
  await main();
} finally {
  await killAll();
  await rm(dataDir, { recursive: true, force: true });
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

async function main(): Promise<void> {
  const stored = (await loadBallots()).open;
  const count = values.count === undefined ? stored.length : Math.min(Number(values.count), stored.length);
  const clients = Number(values.clients);
  console.error(`Posting ${count} ballots from ${clients} clients.`);

  const chain = await startChain(CHAIN_PORT);
  const deployed = await deployElection(chain.rpcUrl);
  const relayer = await startRelayer({
    RELAYER_RPC_URL: chain.rpcUrl,
    RELAYER_CONTRACT: BALLOTBOX,
    RELAYER_DATA_DIR: dataDir,
    RELAYER_PORT: String(RELAYER_PORT),
    RELAYER_RATE_BURST: "1000000",
    RELAYER_RATE_PER_SECOND: "1000000",
  });

  const requests = stored
    .slice(0, count)
    .map((proof) => ({ valid: true, body: JSON.stringify(ballotBody(OPEN_POLL.pollId, proof)) }));
  const started = performance.now();
  const outcomes = await postAll(relayer.url, requests, clients);
  const accepted = outcomes.filter((outcome) => outcome.status === 202);
  const lastAccepted = Math.max(...accepted.map((outcome) => outcome.answeredAt));
  const acceptedPerSecond = accepted.length / ((lastAccepted - started) / 1000);
  console.error(`Accepted ${accepted.length} of ${count} at ${acceptedPerSecond.toFixed(1)} ballots/s.`);

  const counted = await waitForBallotCount(deployed.client, accepted.length, 600_000);

  // When the relayer marked each ballot counted (its journal's clock is this machine's clock).
  const db = openDatabase(path.join(dataDir, "journal.sqlite"));
  const rows = db.prepare("SELECT id, tx_hash, updated_at FROM entries WHERE state = 'counted'").all() as unknown as {
    id: string;
    tx_hash: string;
    updated_at: number;
  }[];
  db.close();
  const countedAt = new Map(rows.map((row) => [row.id, row]));
  const seconds = accepted
    .flatMap((outcome) => {
      const row = countedAt.get(outcome.body.id ?? "");
      return row ? [(row.updated_at - (performance.timeOrigin + outcome.postedAt)) / 1000] : [];
    })
    .sort((a, b) => a - b);

  const ballotsPerTx = new Map<string, number>();
  for (const row of rows) ballotsPerTx.set(row.tx_hash, (ballotsPerTx.get(row.tx_hash) ?? 0) + 1);
  const gasPerBallot: number[] = [];
  for (const [hash, ballots] of ballotsPerTx) {
    const receipt = await deployed.client.getTransactionReceipt({ hash: hash as Hex });
    const perBallot = Number(receipt.gasUsed) / ballots;
    for (let i = 0; i < ballots; i++) gasPerBallot.push(perBallot);
  }
  gasPerBallot.sort((a, b) => a - b);
  const batchSizes = [...ballotsPerTx.values()].sort((a, b) => a - b);

  const results = {
    sent: count,
    accepted: accepted.length,
    rejected: outcomes.length - accepted.length,
    counted,
    lost: accepted.length - counted,
    acceptedPerSecond: Math.round(acceptedPerSecond * 10) / 10,
    postToCountedSeconds: {
      median: Math.round(quantile(seconds, 0.5) * 100) / 100,
      p95: Math.round(quantile(seconds, 0.95) * 100) / 100,
    },
    gasPerBallot: { median: Math.round(quantile(gasPerBallot, 0.5)) },
    transactions: ballotsPerTx.size,
    batchSize: { median: quantile(batchSizes, 0.5), max: batchSizes[batchSizes.length - 1] ?? 0 },
    clients,
    machine: `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "unknown"}), Node ${process.version}, Hardhat node with automine`,
    date: new Date().toISOString().slice(0, 10),
  };
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}
