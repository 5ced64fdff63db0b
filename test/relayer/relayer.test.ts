/**
 * The relayer as a subprocess against a real Hardhat node on 127.0.0.1 (port 8546, not `npm start`'s):
 * its configuration check, the happy path (the chain sees only the relayer), every rejection, receipts
 * through queued → submitted → counted and failed, batching, invite registrations, the queue bound and
 * rate limit, a kill -9 between broadcast and mining, a resubmitted ballot (same receipt), an entry
 * whose simulation fails undecodably (parked, the others counted) and receipts looked for once per
 * block. Ballots are the stored proofs of test/data/relayer-ballots.json (see helpers/election.ts).
 *
 * No test depends on another or on their order: each starts from the same chain state (a snapshot of
 * the freshly deployed election, reverted to before every test) with a relayer and journal of its own.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, afterEach, before, beforeEach, describe, it } from "node:test";
import { createWalletClient, getAbiItem, http, toFunctionSelector, toHex, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { chainFor } from "../../lib/chain/connection.ts";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { buildDirectVote } from "../../lib/voting/direct-vote.ts";
import { createInvites, signInviteRegistration, type InviteSet } from "../../lib/registration/invites.ts";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";
import { LOCAL_RELAYER_KEY } from "../../relayer/config.ts";
import {
  ballotBody,
  get,
  loadBallots,
  post,
  waitForReceipt,
  type ReplyBody,
  type StoredBallots,
} from "./helpers/ballots.ts";
import { deployElection, REGISTRATION_POLL_ID, type Deployed } from "./helpers/deploy.ts";
import { BALLOTBOX, CHAIN_ID, CLOSED_POLL, OPEN_POLL, choiceOf, voter } from "./helpers/election.ts";
import { killAll, runRelayerExpectingFailure, startChain, startRelayer, type Service } from "./helpers/processes.ts";
import { startRpcProxy, type RpcProxy } from "./helpers/rpc-proxy.ts";

const CHAIN_PORT = 8546;
const RELAYER_PORT = 8788;
const SECOND_RELAYER_PORT = 8790;
// Hardhat's development account #8: a second relayer must not share #9's nonces.
const SECOND_RELAYER_KEY = "0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97";

let chain: Service & { rpcUrl: string };
let deployed: Deployed;
let ballots: StoredBallots;
let invites: InviteSet;
let baseDir: string;
/** The chain as deployed, before any test: every test starts from it. */
let snapshot: unknown;
/** This test's relayer (started by beforeEach) and its data directory. */
let relayer: Service & { url: string };
let dataDir: string;
/** Services a test started besides the chain: stopped after it. */
const perTest: { close: () => Promise<void> }[] = [];

function relayerEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    RELAYER_RPC_URL: chain.rpcUrl,
    RELAYER_CONTRACT: BALLOTBOX,
    RELAYER_DATA_DIR: dataDir,
    RELAYER_PORT: String(RELAYER_PORT),
    RELAYER_RATE_BURST: "1000",
    RELAYER_RATE_PER_SECOND: "1000",
    // Short, so the dropped-transaction test need not wait a minute for the replacement.
    RELAYER_RECEIPT_TIMEOUT_MS: "2000",
    ...extra,
  };
}

/** Starts a relayer that stops after this test. */
async function startTestRelayer(env: Record<string, string>): Promise<Service & { url: string }> {
  const service = await startRelayer(env);
  perTest.push({ close: () => service.kill("SIGKILL") });
  return service;
}

const open = (i: number): SolidityProof => {
  const proof = ballots.open[i];
  if (proof === undefined) throw new Error(`No stored ballot ${i}: run npm run relayer:generate`);
  return proof;
};
const body = (proof: SolidityProof, pollId: bigint = OPEN_POLL.pollId) => ballotBody(pollId, proof);

async function tally(pollId: bigint): Promise<bigint[]> {
  return [
    ...(await deployed.client.readContract({
      address: BALLOTBOX,
      abi: ballotboxAbi,
      functionName: "getTally",
      args: [pollId],
    })),
  ];
}

/**
 * With automine off, mines a block at a time until the receipt reaches the state: the submitter
 * marks a ballot submitted just before it broadcasts, so one block might come too early.
 */
async function mineUntil(url: string, state: string): Promise<ReplyBody> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await deployed.rpc("evm_mine");
    const { body: receipt } = await get(url);
    if (receipt.state === state) return receipt;
    if (Date.now() > deadline) throw new Error(`Receipt ${url} stayed ${JSON.stringify(receipt)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function expectRejection(payload: unknown, status: number, code: string, message?: RegExp, raw = false) {
  const reply = await post(`${relayer.url}/ballots`, payload, raw);
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  const { error } = reply.body;
  assert.ok(error, "a refusal carries an error");
  assert.equal(error.code, code);
  assert.equal(typeof error.message, "string");
  if (message) assert.match(error.message, message);
}

before(async () => {
  ballots = await loadBallots();
  baseDir = await mkdtemp(path.join(tmpdir(), "ballotbox-relayer-"));
  chain = await startChain(CHAIN_PORT);
  invites = createInvites({ chainId: CHAIN_ID, ballotbox: BALLOTBOX, pollId: REGISTRATION_POLL_ID }, 3);
  deployed = await deployElection(chain.rpcUrl, { inviteRoot: invites.root });
  snapshot = await deployed.rpc("evm_snapshot");
});

beforeEach(async () => {
  // Back to the deployed election (a snapshot is used up by reverting to it: take it again).
  assert.equal(await deployed.rpc("evm_revert", [snapshot]), true);
  snapshot = await deployed.rpc("evm_snapshot");
  await deployed.rpc("evm_setAutomine", [true]);
  dataDir = await mkdtemp(path.join(baseDir, "test-"));
  relayer = await startTestRelayer(relayerEnv());
});

afterEach(async () => {
  await Promise.all(perTest.splice(0).map((service) => service.close()));
});

after(async () => {
  await killAll();
  await rm(baseDir, { recursive: true, force: true });
});

describe("relayer configuration", () => {
  it("Should refuse to start with a sentence naming each bad setting", async () => {
    const result = await runRelayerExpectingFailure(
      relayerEnv({ RELAYER_RPC_URL: "not a url", RELAYER_BATCH_SIZE: "513", RELAYER_PORT: "0" }),
    );
    assert.equal(result.code, 2);
    assert.match(result.output, /RELAYER_RPC_URL must be an http\(s\) URL/);
    assert.match(result.output, /RELAYER_BATCH_SIZE must be a whole number from 1 to 512/);
    assert.doesNotMatch(result.output, /\n\s+at /, "no stack trace");
  });

  it("Should refuse a key file that holds no key, without printing its content", async () => {
    const result = await runRelayerExpectingFailure(
      relayerEnv({ RELAYER_KEY_FILE: path.join(import.meta.dirname, "relayer.test.ts"), RELAYER_PORT: "0" }),
    );
    assert.equal(result.code, 2);
    assert.match(result.output, /is not a private key/);
  });

  it("Should report its chain, contract and address on /health, never its key", async () => {
    const reply = await get(`${relayer.url}/health`);
    assert.equal(reply.status, 200);
    assert.equal(reply.body.chainId, CHAIN_ID);
    assert.equal(reply.body.contract, BALLOTBOX);
    assert.equal(reply.body.relayer, privateKeyToAccount(LOCAL_RELAYER_KEY).address);
    assert.ok(!JSON.stringify(reply.body).includes(LOCAL_RELAYER_KEY.slice(2)));
  });
});

describe("POST /ballots", () => {
  it("Should count a valid ballot, sent from the relayer's account only", async () => {
    const reply = await post(`${relayer.url}/ballots`, body(open(0)));
    assert.equal(reply.status, 202);
    assert.equal(reply.body.state, "queued");
    const receipt = await waitForReceipt(
      `${relayer.url}/ballots/${String(reply.body.id)}`,
      (r) => r.state === "counted",
    );
    assert.match(String(receipt.transactionHash), /^0x[0-9a-f]{64}$/);
    assert.match(String(receipt.blockNumber), /^[0-9]+$/);
    const tx = await deployed.client.getTransaction({ hash: receipt.transactionHash as Hex });
    assert.equal(tx.from.toLowerCase(), privateKeyToAccount(LOCAL_RELAYER_KEY).address.toLowerCase());
    assert.equal((await tally(OPEN_POLL.pollId))[Number(choiceOf(0))], 1n);
  });

  it("Should refuse malformed JSON", () => expectRejection("{not json", 400, "malformed_json", /not valid JSON/, true));

  it("Should refuse a body of the wrong shape, naming the field", async () => {
    await expectRejection({ pollId: 1 }, 400, "invalid_body", /pollId/);
    await expectRejection({ ...body(open(1)), extra: "x" }, 400, "invalid_body");
    const numbers = body(open(1));
    await expectRejection(
      { ...numbers, proof: { ...numbers.proof, points: numbers.proof.points.slice(0, 7) } },
      400,
      "invalid_body",
      /points/,
    );
    await expectRejection(
      { ...numbers, proof: { ...numbers.proof, nullifier: "-1" } },
      400,
      "invalid_body",
      /nullifier/,
    );
  });

  it("Should refuse a body over the size limit", async () => {
    await expectRejection(
      JSON.stringify({ pollId: "1", padding: "x".repeat(20_000) }),
      413,
      "body_too_large",
      undefined,
      true,
    );
  });

  it("Should refuse a poll that does not exist", () => expectRejection(body(open(1), 99n), 404, "poll_not_found"));

  it("Should refuse a poll that has not opened", () =>
    expectRejection(body(open(1), REGISTRATION_POLL_ID), 409, "voting_not_started", /not started/));

  it("Should refuse a closed poll", async () => {
    const closed = ballots.closed[0];
    assert.ok(closed);
    await expectRejection(body(closed, CLOSED_POLL.pollId), 409, "voting_ended", /ended/);
  });

  it("Should refuse another poll's proof (wrong scope)", async () => {
    const closed = ballots.closed[0];
    assert.ok(closed);
    await expectRejection(body(closed, OPEN_POLL.pollId), 422, "wrong_scope", /another poll/);
  });

  it("Should refuse a ballot that is not a choice of the poll", () =>
    expectRejection(body({ ...open(1), message: 9n }), 422, "invalid_ballot"));

  it("Should refuse a tampered ballot: another valid choice under the voter's proof", async () => {
    const proof = open(1);
    const other = (proof.message + 1n) % BigInt(OPEN_POLL.optionCount);
    await expectRejection(body({ ...proof, message: other }), 422, "invalid_proof", /altered/);
  });

  it("Should refuse a proof with altered points", async () => {
    const proof = open(1);
    const points = [...proof.points] as unknown as SolidityProof["points"];
    (points as unknown as bigint[])[7] = proof.points[7] + 1n;
    await expectRejection(body({ ...proof, points }), 422, "invalid_proof");
  });

  it("Should refuse a proof against another roll", () =>
    expectRejection(body({ ...open(1), merkleTreeRoot: 12345n }), 422, "wrong_root"));

  it("Should refuse an unsupported tree depth", () =>
    expectRejection(body({ ...open(1), merkleTreeDepth: 33n }), 422, "unsupported_tree_depth"));

  it("Should answer a resent ballot with the receipt it has, queued or counted (idempotent)", async () => {
    await deployed.rpc("evm_setAutomine", [false]);
    let first: Awaited<ReturnType<typeof post>>;
    try {
      first = await post(`${relayer.url}/ballots`, body(open(0)));
      assert.equal(first.status, 202);
      // The voter's answer was lost: the same ballot again gets the same receipt, not a refusal.
      const again = await post(`${relayer.url}/ballots`, body(open(0)));
      assert.equal(again.status, 200, JSON.stringify(again.body));
      assert.equal(again.body.id, first.body.id);
      assert.equal(again.body.kind, "ballot");
      await mineUntil(`${relayer.url}/ballots/${String(first.body.id)}`, "counted");
    } finally {
      await deployed.rpc("evm_setAutomine", [true]);
    }
    const counted = await post(`${relayer.url}/ballots`, body(open(0)));
    assert.equal(counted.status, 200);
    assert.equal(counted.body.id, first.body.id);
    assert.equal(counted.body.state, "counted");
  });

  it("Should let a voter who distrusts the relayer send the same call from a wallet, and then refuse it", async () => {
    // Hardhat's development account #1 stands for the voter's own wallet.
    const wallet = createWalletClient({
      account: privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"),
      chain: chainFor(CHAIN_ID, chain.rpcUrl),
      transport: http(chain.rpcUrl),
    });
    const hash = await wallet.sendTransaction(buildDirectVote(BALLOTBOX, OPEN_POLL.pollId, open(11)));
    const receipt = await deployed.client.waitForTransactionReceipt({ hash });
    assert.equal(receipt.status, "success");
    await expectRejection(body(open(11)), 409, "already_voted", /already voted/);
  });

  it("Should answer 404 for unknown endpoints and receipts", async () => {
    assert.equal((await get(`${relayer.url}/ballots/nope`)).status, 404);
    assert.equal((await get(`${relayer.url}/admin`)).status, 404);
    assert.equal((await get(`${relayer.url}/registrations/nope`)).body.error?.code, "receipt_not_found");
  });
});

describe("receipts and the submitter", () => {
  it("Should go queued → submitted → counted, batching the ballots that wait", async () => {
    await deployed.rpc("evm_setAutomine", [false]);
    try {
      const first = await post(`${relayer.url}/ballots`, body(open(2)));
      assert.equal(first.status, 202);
      const firstUrl = `${relayer.url}/ballots/${String(first.body.id)}`;
      await waitForReceipt(firstUrl, (r) => r.state === "submitted");
      // The same ballot again while it is in flight: its receipt, not a second entry.
      const again = await post(`${relayer.url}/ballots`, body(open(2)));
      assert.equal(again.status, 200);
      assert.equal(again.body.id, first.body.id);
      assert.equal(again.body.state, "submitted");

      const later = [];
      for (const i of [3, 4, 5, 6]) later.push(await post(`${relayer.url}/ballots`, body(open(i))));
      const laterUrls = later.map((reply) => `${relayer.url}/ballots/${String(reply.body.id)}`);
      // One transaction at a time: these wait in the queue while the first is unmined.
      assert.equal((await get(laterUrls[0] ?? "")).body.state, "queued");

      const counted = await mineUntil(firstUrl, "counted");
      assert.ok(counted.blockNumber);
      const counts: ReplyBody[] = [];
      for (const url of laterUrls) counts.push(await mineUntil(url, "counted"));
      assert.equal(
        new Set(counts.map((r) => r.transactionHash)).size,
        1,
        "the four waiting ballots go in one castVotes",
      );
    } finally {
      await deployed.rpc("evm_setAutomine", [true]);
    }
    const expected = [0n, 0n, 0n, 0n];
    for (const i of [2, 3, 4, 5, 6]) expected[Number(choiceOf(i))] = (expected[Number(choiceOf(i))] ?? 0n) + 1n;
    assert.deepEqual(await tally(OPEN_POLL.pollId), expected);
  });

  it("Should survive kill -9 between broadcast and mining, and count the ballot once", async () => {
    await deployed.rpc("evm_setAutomine", [false]);
    let url: string;
    try {
      const reply = await post(`${relayer.url}/ballots`, body(open(7)));
      url = `${relayer.url}/ballots/${String(reply.body.id)}`;
      await waitForReceipt(url, (r) => r.state === "submitted");
      await relayer.kill("SIGKILL");
      await deployed.rpc("evm_mine");
    } finally {
      await deployed.rpc("evm_setAutomine", [true]);
    }
    relayer = await startTestRelayer(relayerEnv());
    const receipt = await waitForReceipt(url.replace(/^http:\/\/[^/]+/, relayer.url), (r) => r.state === "counted");
    assert.ok(receipt.blockNumber);
    const count = await deployed.client.readContract({
      address: BALLOTBOX,
      abi: ballotboxAbi,
      functionName: "getBallotCount",
      args: [OPEN_POLL.pollId],
    });
    assert.equal(count, 1n, "counted once");
  });

  it("Should refuse with 503 when the queue is full, and rate-limit each client", async () => {
    const second = await startTestRelayer(
      relayerEnv({
        RELAYER_PORT: String(SECOND_RELAYER_PORT),
        RELAYER_DATA_DIR: path.join(dataDir, "second"),
        RELAYER_PRIVATE_KEY: SECOND_RELAYER_KEY,
        RELAYER_MAX_QUEUE: "1",
        RELAYER_RATE_BURST: "3",
        RELAYER_RATE_PER_SECOND: "0.001",
      }),
    );
    await deployed.rpc("evm_setAutomine", [false]);
    try {
      const accepted = await post(`${second.url}/ballots`, body(open(8)));
      assert.equal(accepted.status, 202);
      const full = await post(`${second.url}/ballots`, body(open(9)));
      assert.equal(full.status, 503);
      assert.equal(full.body.error?.code, "queue_full");
      assert.equal((await post(`${second.url}/ballots`, "{", true)).status, 503);
      const limited = await post(`${second.url}/ballots`, body(open(9)));
      assert.equal(limited.status, 429);
      assert.equal(limited.body.error?.code, "rate_limited");
      await mineUntil(`${second.url}/ballots/${String(accepted.body.id)}`, "counted");
    } catch (error) {
      console.error(second.output());
      throw error;
    } finally {
      await deployed.rpc("evm_setAutomine", [true]);
      await second.kill("SIGTERM");
    }
  });

  it("Should replace a dropped transaction with higher fees under the same nonce", async () => {
    await deployed.rpc("evm_setAutomine", [false]);
    try {
      const reply = await post(`${relayer.url}/ballots`, body(open(12)));
      const url = `${relayer.url}/ballots/${String(reply.body.id)}`;
      const submitted = await waitForReceipt(url, (r) => r.state === "submitted");
      const dropped = submitted.transactionHash as Hex;
      // Wait until the node has it (the relayer journals a transaction just before broadcasting it).
      const deadline = Date.now() + 10_000;
      let original = await deployed.client.getTransaction({ hash: dropped }).catch(() => undefined);
      while (original === undefined) {
        assert.ok(Date.now() < deadline, "the transaction never reached the node");
        await new Promise((resolve) => setTimeout(resolve, 50));
        original = await deployed.client.getTransaction({ hash: dropped }).catch(() => undefined);
      }
      // The node forgets it, as a congested mempool might.
      assert.equal(await deployed.rpc("hardhat_dropTransaction", [dropped]), true);
      // After RELAYER_RECEIPT_TIMEOUT_MS the relayer signs a replacement and journals it.
      const replaced = await waitForReceipt(url, (r) => r.transactionHash !== dropped);
      assert.equal(replaced.state, "submitted");
      const counted = await mineUntil(url, "counted");
      assert.equal(counted.transactionHash, replaced.transactionHash);
      const replacement = await deployed.client.getTransaction({ hash: counted.transactionHash as Hex });
      assert.equal(replacement.nonce, original.nonce);
      assert.ok((replacement.maxPriorityFeePerGas ?? 0n) > (original.maxPriorityFeePerGas ?? 0n));
    } finally {
      await deployed.rpc("evm_setAutomine", [true]);
    }
  });

  it("Should mark a ballot failed, with the reason, when the poll closes before it is mined", async () => {
    await deployed.rpc("evm_setAutomine", [false]);
    let url: string;
    try {
      const reply = await post(`${relayer.url}/ballots`, body(open(10)));
      url = `${relayer.url}/ballots/${String(reply.body.id)}`;
      await waitForReceipt(url, (r) => r.state === "submitted");
      await deployed.rpc("evm_increaseTime", [31 * 86_400]);
      await mineUntil(url, "failed");
    } finally {
      await deployed.rpc("evm_setAutomine", [true]);
    }
    const { body: receipt } = await get(url);
    assert.match(String(receipt.reason), /Voting has ended/);
  });
});

/** A second relayer (Hardhat's account #8) reaching the chain through a fault-injecting RPC proxy. */
async function relayerBehindProxy(selectors: readonly Hex[], extra: Record<string, string> = {}) {
  const proxy: RpcProxy = await startRpcProxy(chain.rpcUrl, selectors);
  perTest.push(proxy);
  const service = await startTestRelayer(
    relayerEnv({
      RELAYER_RPC_URL: proxy.url,
      RELAYER_PORT: String(SECOND_RELAYER_PORT),
      RELAYER_DATA_DIR: path.join(dataDir, "behind-proxy"),
      RELAYER_PRIVATE_KEY: SECOND_RELAYER_KEY,
      ...extra,
    }),
  );
  return { proxy, relayer: service };
}

const castSelectors = [
  toFunctionSelector(getAbiItem({ abi: ballotboxAbi, name: "castVote" })),
  toFunctionSelector(getAbiItem({ abi: ballotboxAbi, name: "castVotes" })),
];

describe("the submitter under faults", () => {
  it("Should park an entry whose simulation fails with an undecodable error, and count the others", async () => {
    const { proxy, relayer: faulty } = await relayerBehindProxy(castSelectors, { RELAYER_MAX_FAILED_ATTEMPTS: "3" });
    const poisoned = open(13);
    // Every castVote(s) carrying this nullifier fails with "execution reverted" and no data.
    proxy.poisoned.add(toHex(poisoned.nullifier, { size: 32 }).slice(2));
    const first = await post(`${faulty.url}/ballots`, body(poisoned));
    assert.equal(first.status, 202);
    const others = [];
    for (const i of [14, 15, 16]) others.push(await post(`${faulty.url}/ballots`, body(open(i))));
    for (const reply of others) {
      await waitForReceipt(`${faulty.url}/ballots/${String(reply.body.id)}`, (r) => r.state === "counted");
    }
    const parked = await waitForReceipt(`${faulty.url}/ballots/${String(first.body.id)}`, (r) => r.state === "failed");
    assert.match(String(parked.reason), /could not submit it.*given up after 3 attempts/);
    assert.equal(
      await deployed.client.readContract({
        address: BALLOTBOX,
        abi: ballotboxAbi,
        functionName: "getBallotCount",
        args: [OPEN_POLL.pollId],
      }),
      3n,
    );
  });

  it("Should look for a transaction's receipt once per block, not in a busy loop", async () => {
    const { proxy, relayer: watched } = await relayerBehindProxy([], {
      RELAYER_RECEIPT_TIMEOUT_MS: "60000",
      RELAYER_POLL_INTERVAL_MS: "500",
    });
    await deployed.rpc("evm_setAutomine", [false]);
    try {
      const reply = await post(`${watched.url}/ballots`, body(open(17)));
      const url = `${watched.url}/ballots/${String(reply.body.id)}`;
      await waitForReceipt(url, (r) => r.state === "submitted");
      await new Promise((resolve) => setTimeout(resolve, 200));
      proxy.calls.clear();
      // Three seconds with no block: nothing new to find.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const receipts = proxy.calls.get("eth_getTransactionReceipt") ?? 0;
      const blockNumbers = proxy.calls.get("eth_blockNumber") ?? 0;
      // Polling every 50 ms asked about 60 times; once per block asks none while no block comes.
      assert.ok(receipts <= 1, `${receipts} receipt requests in 3 s without a block`);
      assert.ok(blockNumbers >= 3 && blockNumbers <= 8, `${blockNumbers} block-number requests in 3 s`);
      await mineUntil(url, "counted");
    } finally {
      await deployed.rpc("evm_setAutomine", [true]);
    }
  });
});

describe("POST /registrations", () => {
  const registrationBody = async (index: number, commitment: bigint) => {
    const invite = invites.invites[index];
    assert.ok(invite);
    const signed = await signInviteRegistration(invite, commitment);
    return {
      pollId: signed.pollId.toString(),
      identityCommitment: signed.identityCommitment.toString(),
      invite: signed.invite,
      inviteProof: signed.inviteProof,
      signature: signed.signature,
    };
  };

  it("Should register an invited voter who has no wallet", async () => {
    const reply = await post(`${relayer.url}/registrations`, await registrationBody(0, voter(5000).commitment));
    assert.equal(reply.status, 202, JSON.stringify(reply.body));
    await waitForReceipt(`${relayer.url}/registrations/${String(reply.body.id)}`, (r) => r.state === "counted");
    const size = await deployed.client.readContract({
      address: BALLOTBOX,
      abi: ballotboxAbi,
      functionName: "getRollSize",
      args: [REGISTRATION_POLL_ID],
    });
    assert.equal(size, 1n);
    const again = await post(`${relayer.url}/registrations`, await registrationBody(0, voter(5001).commitment));
    assert.equal(again.status, 409);
    assert.equal(again.body.error?.code, "invite_used");
  });

  it("Should refuse a registration whose signature is for another commitment", async () => {
    const signed = await registrationBody(1, voter(5002).commitment);
    const reply = await post(`${relayer.url}/registrations`, {
      ...signed,
      identityCommitment: voter(5003).commitment.toString(),
    });
    assert.equal(reply.status, 422);
    assert.equal(reply.body.error?.code, "invalid_invite");
  });
});
