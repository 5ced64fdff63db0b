/**
 * A whole election driven through the `ballotbox` CLI as a subprocess, against a real Hardhat node
 * on 127.0.0.1: create, register by each way, vote, recount MATCH, export, verify-bundle; and the
 * errors a person meets (bad flag, unreachable RPC, wrong chain, unknown poll, double vote).
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

const root = path.resolve(import.meta.dirname, "../..");
const RPC_URL = "http://127.0.0.1:8545";
// Hardhat's second development account: the allowlisted wallet (a well-known test key).
const WALLET_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const WALLET_ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

let chain: ChildProcess;
let work: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ballotbox(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn("node", [path.join(root, "cli/ballotbox.ts"), ...args], {
      cwd: work,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

async function ok(args: string[], env: Record<string, string> = {}): Promise<string> {
  const run = await ballotbox(args, env);
  assert.equal(run.code, 0, `ballotbox ${args.join(" ")} failed:\n${run.stderr}\n${run.stdout}`);
  return run.stdout;
}

async function fails(args: string[], message: RegExp): Promise<void> {
  const run = await ballotbox(args);
  assert.notEqual(run.code, 0, `ballotbox ${args.join(" ")} should fail`);
  assert.match(run.stderr, message);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace without --verbose");
}

async function rpc(method: string, params: unknown[] = []): Promise<unknown> {
  const response = await fetch(RPC_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return ((await response.json()) as { result: unknown }).result;
}

async function advanceTime(seconds: number): Promise<void> {
  await rpc("evm_increaseTime", [seconds]);
  await rpc("evm_mine");
}

async function commitmentOf(file: string): Promise<string> {
  return (JSON.parse(await readFile(path.join(work, file), "utf8")) as { commitment: string }).commitment;
}

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), "ballotbox-cli-"));
  chain = spawn("node", ["scripts/start.ts", "--no-app"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  chain.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!output.includes("contracts are deployed")) {
    if (Date.now() > deadline || chain.exitCode !== null) throw new Error(`The chain did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

after(async () => {
  chain.kill("SIGINT");
  if (chain.exitCode === null) await once(chain, "exit");
});

describe("ballotbox CLI", () => {
  it(
    "Should run a whole election: create, register three ways, vote, recount, export, verify",
    { timeout: 240_000 },
    async () => {
      // The chain already has a deployment (npm start made it): deploy resumes it and records it again.
      assert.match(await ok(["deploy"]), /Ballotbox 0x[0-9a-fA-F]{40} on chain 31337/);
      for (const voter of ["alice", "bob", "carol"]) await ok(["identity", "create", "--out", `${voter}.json`]);

      const created = await ok([
        "poll",
        "create",
        "--question",
        "Lunch?",
        "--option",
        "Soup",
        "--option",
        "Salad",
        "--option",
        "Pizza",
        "--start",
        "+120s",
        "--duration",
        "1h",
      ]);
      assert.match(created, /Created poll 1/);

      await writeFile(path.join(work, "roll.csv"), `commitment\n${await commitmentOf("alice.json")}\n`);
      assert.match(await ok(["voters", "add", "--poll", "1", "--csv", "roll.csv"]), /Added 1 of 1 voter/);

      await ok(["invites", "create", "--poll", "1", "--count", "2", "--out", "invites", "--qr"]);
      const files = await readdir(path.join(work, "invites"));
      assert.deepEqual(files.sort(), ["invite-1.png", "invite-2.png", "invites.csv"]);
      const [, link] = (await readFile(path.join(work, "invites/invites.csv"), "utf8")).split("\n");
      assert.match(link ?? "", /^http:\/\/127\.0\.0\.1:3000\/join#/);
      await ok(["register", "--identity", "bob.json", "--invite", link ?? ""]);
      await fails(["register", "--identity", "carol.json", "--invite", link ?? ""], /invite has already been used/);

      await writeFile(path.join(work, "allowlist.csv"), `${WALLET_ADDRESS}\n`);
      await ok(["allowlist", "set", "--poll", "1", "--csv", "allowlist.csv"]);
      await ok(["register", "--identity", "carol.json", "--allowlist", "allowlist.csv", "--poll", "1"], {
        BALLOTBOX_PRIVATE_KEY: WALLET_KEY,
      });

      await fails(["vote", "--poll", "1", "--identity", "alice.json", "--choice", "1"], /Voting has not started yet/);
      await advanceTime(180);
      await fails(["voters", "add", "--poll", "1", "--commitment", "12345"], /roll is frozen/);
      await ok(["vote", "--poll", "1", "--identity", "alice.json", "--choice", "1"]);
      await ok(["vote", "--poll", "1", "--identity", "bob.json", "--choice", "3"]);
      await ok(["vote", "--poll", "1", "--identity", "carol.json", "--choice", "3"]);
      await fails(["vote", "--poll", "1", "--identity", "carol.json", "--choice", "1"], /already voted in this poll/);
      await fails(
        ["vote", "--poll", "1", "--identity", "alice.json", "--choice", "4"],
        /Option 4 does not exist: choose from 1 to 3/,
      );

      const status = JSON.parse(await ok(["status", "--poll", "1", "--json"])) as { tally: string[]; phase: string };
      assert.deepEqual(status.tally, ["1", "0", "2"]);
      assert.equal(status.phase, "voting");

      await advanceTime(3600);
      const report = await ok(["recount", "--poll", "1", "--json", "report.json"]);
      assert.match(report, /MATCH/);
      assert.match(report, /poll closed/);
      const json = JSON.parse(await readFile(path.join(work, "report.json"), "utf8")) as { status: string };
      assert.equal(json.status, "MATCH");

      await ok(["export", "--poll", "1", "--out", "bundle.json"]);
      assert.match(await ok(["verify-bundle", "bundle.json"]), /MATCH/);

      const bundle = JSON.parse(await readFile(path.join(work, "bundle.json"), "utf8")) as {
        ballots: { points: string[] }[];
      };
      const first = bundle.ballots[0];
      if (first === undefined) throw new Error("the bundle has no ballots");
      first.points[0] = (BigInt(first.points[0] ?? "0") + 1n).toString();
      await writeFile(path.join(work, "doctored.json"), JSON.stringify(bundle));
      const doctored = await ballotbox(["verify-bundle", "doctored.json"]);
      assert.equal(doctored.code, 1);
      assert.match(doctored.stdout, /MISMATCH/);
      assert.match(doctored.stdout, /the proof does not verify/);
    },
  );

  it("Should explain bad flags, an unreachable node, a wrong chain and an unknown poll", async () => {
    await fails(["status", "--poll", "abc"], /must be a whole number/);
    await fails(["status", "--poll", "1", "--rpc", "http://127.0.0.1:9"], /Cannot reach an Ethereum node/);
    await fails(["status", "--poll", "1", "--chain-id", "1"], /is on chain 31337, not chain 1/);
    await fails(["status", "--poll", "99"], /Poll 99 does not exist/);
    await fails(["vote", "--poll", "1", "--identity", "alice.json"], /required option '--choice/);
    await fails(["verify-bundle", "missing.json"], /Cannot read missing.json/);
  });
});
