/**
 * A whole election driven through the `ballotbox` CLI as a subprocess, against a real Hardhat node
 * on 127.0.0.1 and the relayer beside it: create, register by each way, vote, recount MATCH, export,
 * verify-bundle; a sealed election with its ceremony, ballots through the relayer (batched, and its
 * refusals), decryption and recount; and the errors a person meets (bad flag, unreachable RPC, wrong
 * chain, unknown poll, double vote).
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createPublicClient, http, parseEventLogs } from "viem";
import { sealedBallotsAbi } from "../../lib/contracts/abis.generated.ts";
import { relayerClient, type RelayerReceipt } from "../../lib/relayer/client.ts";
import { encodeBallotRequest, encodeSealedBallotRequest } from "../../lib/relayer/protocol.ts";
import { SNARK_SCALAR_FIELD } from "../../lib/snark/field.ts";

const root = path.resolve(import.meta.dirname, "../..");
const RPC_URL = "http://127.0.0.1:8545";
// Hardhat's second development account: the allowlisted wallet (a well-known test key).
const WALLET_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const WALLET_ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
// Hardhat's development accounts #5, #6 and #7: the sealed poll's trustees (well-known test keys).
const TRUSTEES = [
  {
    key: "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
    address: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  },
  {
    key: "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
    address: "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
  },
  {
    key: "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
    address: "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
  },
];
const TRUSTEE_PASSPHRASE = { BALLOTBOX_TRUSTEE_PASSPHRASE: "correct horse battery staple" };
// The relayer `npm start --no-app` runs beside the chain.
const RELAYER_URL = "http://127.0.0.1:8787";

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

/** Mines a block every half second until every receipt is counted; the receipts, in order. */
async function minedUntilCounted(ids: readonly string[]): Promise<RelayerReceipt[]> {
  const relayer = relayerClient(RELAYER_URL);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const receipts = await Promise.all(ids.map((id) => relayer.ballotReceipt(id)));
    if (receipts.every((receipt) => receipt.state === "counted")) return receipts;
    const failed = receipts.find((receipt) => receipt.state === "failed");
    if (failed !== undefined) throw new Error(`A relayed ballot failed: ${failed.reason ?? "no reason"}`);
    if (Date.now() > deadline) throw new Error(`Not all counted: ${receipts.map((r) => r.state).join(", ")}`);
    await rpc("evm_mine");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * What the relayer refuses of a sealed poll, each with the contract's code, before spending gas: a
 * counted ballot resent (the same receipt, idempotent), its ciphertexts and proof under another
 * nullifier (a copied ballot), another ballot under its nullifier, a ballot of the wrong size, a word
 * outside the field, a sealed ballot for a public poll, and a public ballot for the sealed poll.
 */
async function sealedRelayerRefusals(pollId: string, countedIn: string): Promise<void> {
  const client = createPublicClient({ transport: http(RPC_URL) });
  const receipt = await client.getTransactionReceipt({ hash: countedIn as `0x${string}` });
  const [cast] = parseEventLogs({ abi: sealedBallotsAbi, eventName: "SealedBallotCast", logs: receipt.logs });
  if (cast === undefined) throw new Error("no SealedBallotCast in dana's transaction");
  const ballot = { nullifier: cast.args.nullifier, ciphertexts: [...cast.args.ciphertexts], proof: cast.args.proof };
  const post = async (body: unknown) => {
    const response = await fetch(`${RELAYER_URL}/ballots`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { state?: string; error?: { code: string } } };
  };
  const sealedBody = (changes: Partial<typeof ballot>, poll = BigInt(pollId)) =>
    encodeSealedBallotRequest(poll, { ...ballot, ...changes });

  const again = await post(sealedBody({}));
  assert.equal(again.status, 200);
  assert.equal(again.body.state, "counted");
  const expect = async (body: unknown, status: number, code: string) => {
    const reply = await post(body);
    assert.equal(reply.status, status, JSON.stringify(reply.body));
    assert.equal(reply.body.error?.code, code);
  };
  await expect(sealedBody({ nullifier: ballot.nullifier + 1n }), 422, "invalid_sealed_proof");
  await expect(
    sealedBody({ ciphertexts: ballot.ciphertexts.map((word, i) => (i === 0 ? word + 1n : word)) }),
    409,
    "already_voted",
  );
  await expect(sealedBody({ nullifier: 7n, ciphertexts: ballot.ciphertexts.slice(2) }), 422, "wrong_ciphertext_count");
  await expect(sealedBody({ nullifier: SNARK_SCALAR_FIELD }), 422, "value_outside_field");
  await expect(sealedBody({}, 1n), 409, "poll_not_sealed");
  const anyProof = {
    merkleTreeDepth: 1n,
    merkleTreeRoot: 1n,
    nullifier: 1n,
    message: 0n,
    scope: 1n,
    points: ballot.proof,
  };
  await expect(encodeBallotRequest(BigInt(pollId), anyProof), 409, "poll_is_sealed");
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

  it(
    "Should run a whole sealed election: trustees' ceremony, sealed ballots, two of three decrypt, recount MATCH",
    { timeout: 300_000 },
    async () => {
      const trustee = (i: number) => ({ ...TRUSTEE_PASSPHRASE, BALLOTBOX_PRIVATE_KEY: TRUSTEES[i]?.key ?? "" });
      for (const i of [0, 1, 2]) {
        assert.match(
          await ok(["trustee", "key", "create", "--out", `trustee-${i}.json`], TRUSTEE_PASSPHRASE),
          /fingerprint [0-9a-f]{16}/,
        );
      }
      await fails(["trustee", "key", "create", "--out", "unencrypted.json"], /BALLOTBOX_TRUSTEE_PASSPHRASE/);
      for (const voter of ["dana", "eve", "frank"]) await ok(["identity", "create", "--out", `${voter}.json`]);
      const sealedPoll = [
        "poll",
        "create",
        "--question",
        "Budget?",
        "--option",
        "Parks",
        "--option",
        "Roads",
        "--option",
        "Schools",
        "--start",
        "+50m",
        "--duration",
        "1h",
        "--sealed",
      ];
      await fails(sealedPoll, /needs its trustees/);
      const trusteeFlags = TRUSTEES.flatMap(({ address }) => ["--trustee", address]);
      await fails([...sealedPoll, ...trusteeFlags, "--threshold", "4"], /--threshold must be 1 to 3/);
      const created = await ok([...sealedPoll, ...trusteeFlags, "--threshold", "2"]);
      const pollId = /Created poll (\d+)/.exec(created)?.[1] ?? "";
      assert.match(created, /2 of 3 decrypt/);
      for (const voter of ["dana", "eve", "frank"]) {
        await ok(["voters", "add", "--poll", pollId, "--commitment", await commitmentOf(`${voter}.json`)]);
      }
      const step = (i: number) => ok(["trustee", "step", "--poll", pollId, "--key", `trustee-${i}.json`], trustee(i));

      // Step by step, each trustee a separate run, as people in separate places would.
      for (const i of [0, 1, 2]) assert.match(await step(i), /Published this trustee's key/);
      assert.match(await step(0), /Nothing is due[\s\S]*the other trustees' keys/);
      const outsider = await ballotbox(
        ["trustee", "step", "--poll", pollId, "--key", "trustee-0.json"],
        TRUSTEE_PASSPHRASE,
      );
      assert.match(outsider.stderr, /is not a trustee of poll/);
      const wrongPassphrase = await ballotbox(["trustee", "step", "--poll", pollId, "--key", "trustee-0.json"], {
        ...trustee(0),
        BALLOTBOX_TRUSTEE_PASSPHRASE: "not the passphrase",
      });
      assert.match(wrongPassphrase.stderr, /passphrase does not open this backup/);
      await fails(["vote", "--poll", pollId, "--identity", "dana.json", "--choice", "1"], /takes no ballots/);
      await advanceTime(600);
      for (const i of [0, 1, 2]) assert.match(await step(i), /Dealt/);
      await advanceTime(600);
      for (const i of [0, 1, 2]) assert.match(await step(i), /Nothing is due/);
      await advanceTime(600);
      assert.match(await step(1), /Nothing is due/);
      await advanceTime(600);
      assert.match(await step(1), /Fixed the poll key/);
      const ceremony = await ok(["status", "--poll", pollId]);
      assert.match(ceremony, /finished: the poll key is fixed/);
      assert.match(ceremony, /qualified: 1, 2, 3/);

      await advanceTime(700);
      // Through the relayer, which batches the ballots that wait: with mining paused, dana's transaction
      // waits for a block, and eve's and frank's, accepted meanwhile, go together in one castSealedVotes.
      await rpc("evm_setAutomine", [false]);
      const receipts: string[] = [];
      for (const [voter, choice] of [
        ["dana", "3"],
        ["eve", "1"],
        ["frank", "3"],
      ] as const) {
        const sent = await ok([
          "vote",
          "--poll",
          pollId,
          "--identity",
          `${voter}.json`,
          "--choice",
          choice,
          "--relayer",
          RELAYER_URL,
          "--no-wait",
        ]);
        receipts.push(/receipt ([0-9a-f-]+)\./.exec(sent)?.[1] ?? "");
      }
      const counted = await minedUntilCounted(receipts);
      await rpc("evm_setAutomine", [true]);
      const [dana, eve, frank] = counted;
      assert.ok(dana && eve && frank);
      assert.notEqual(dana.transactionHash, eve.transactionHash);
      assert.equal(eve.transactionHash, frank.transactionHash, "the two ballots that waited went in one batch");
      await fails(["vote", "--poll", pollId, "--identity", "eve.json", "--choice", "2"], /already voted/);
      await sealedRelayerRefusals(pollId, dana.transactionHash ?? "");
      const voting = JSON.parse(await ok(["status", "--poll", pollId, "--json"])) as Record<string, unknown>;
      assert.equal(voting.secrecy, "sealed");
      assert.equal(voting.ballotCount, "3");
      assert.equal(voting.tally, undefined, "nobody reads a sealed tally before close");
      assert.match(await step(0), /close of voting/);
      assert.match(await ok(["recount", "--poll", pollId]), /MATCH: every ballot and the ceremony verify/);

      // Trustee 2 never shows up: 1 and 3 decrypt, and 3's run also publishes the total.
      await advanceTime(3700);
      assert.match(await step(0), /Published this trustee's partial decryption[\s\S]*1 of the 2/);
      assert.match(await step(2), /partial decryption[\s\S]*Published the total: 1, 0, 2/);
      const closed = await ok(["status", "--poll", pollId]);
      assert.match(closed, /Schools: 2/);
      const recount = await ok(["recount", "--poll", pollId, "--json", "sealed-report.json"]);
      assert.match(recount, /total decrypted with 1, 3/);
      assert.match(recount, /MATCH: every ballot, the ceremony, every partial decryption and the total verify/);
      const report = JSON.parse(await readFile(path.join(work, "sealed-report.json"), "utf8")) as { tally: string[] };
      assert.deepEqual(report.tally, ["1", "0", "2"]);

      // The sealed audit bundle: the same recount offline, and a doctored ballot caught.
      assert.match(await ok(["export", "--poll", pollId, "--out", "sealed-bundle.json"]), /3 ballot\(s\)/);
      assert.match(await ok(["verify-bundle", "sealed-bundle.json"]), /MATCH: every ballot, the ceremony/);
      const bundle = JSON.parse(await readFile(path.join(work, "sealed-bundle.json"), "utf8")) as {
        format: string;
        ballots: { ciphertexts: string[] }[];
      };
      assert.equal(bundle.format, "ballotbox-sealed-audit-bundle");
      const ballot = bundle.ballots[1];
      if (ballot === undefined) throw new Error("the sealed bundle has no second ballot");
      ballot.ciphertexts[3] = (BigInt(ballot.ciphertexts[3] ?? "0") + 1n).toString();
      await writeFile(path.join(work, "sealed-doctored.json"), JSON.stringify(bundle));
      const doctored = await ballotbox(["verify-bundle", "sealed-doctored.json"]);
      assert.equal(doctored.code, 1);
      assert.match(doctored.stdout, /MISMATCH/);
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
