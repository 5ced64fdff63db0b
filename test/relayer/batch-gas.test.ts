/**
 * Batches sized by gas, end to end: the relayer as a subprocess against a real Hardhat node (port 8549;
 * Osaka rules: 60M-gas blocks and EIP-7825's cap of 2^24 gas a transaction, which the node enforces).
 * With automine off, one ballot goes alone and the others wait in the journal while it is unmined; then
 * blocks are mined until all are counted. The waiting ballots are more than one transaction can carry:
 * the relayer halves the batch until it fits (its estimate over the cap, or the node unable to estimate
 * it at all), sends that, sizes the following batches from its gas, and never drops a ballot. Each test
 * starts from the deployed election (a snapshot) with a relayer and journal of its own.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";
import { parseEventLogs, type Hex } from "viem";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { EIP7825_TX_GAS_CAP } from "../../relayer/gas-cap.ts";
import { ballotBody, loadBallots, post, waitForReceipt, type StoredBallots } from "./helpers/ballots.ts";
import { postAll } from "./helpers/clients.ts";
import { deployElection, expectOpenPollTally, type Deployed } from "./helpers/deploy.ts";
import { BALLOTBOX, OPEN_POLL } from "./helpers/election.ts";
import { killAll, runRelayerExpectingFailure, startChain, startRelayer, type Service } from "./helpers/processes.ts";

const CHAIN_PORT = 8549;
const RELAYER_PORT = 8792;

let chain: Service & { rpcUrl: string };
let deployed: Deployed;
let ballots: StoredBallots;
let baseDir: string;
let snapshot: unknown;

before(async () => {
  ballots = await loadBallots();
  baseDir = await mkdtemp(path.join(tmpdir(), "ballotbox-batch-gas-"));
  chain = await startChain(CHAIN_PORT);
  deployed = await deployElection(chain.rpcUrl);
  snapshot = await deployed.rpc("evm_snapshot");
});

beforeEach(async () => {
  assert.equal(await deployed.rpc("evm_revert", [snapshot]), true);
  snapshot = await deployed.rpc("evm_snapshot");
  await deployed.rpc("evm_setAutomine", [true]);
});

after(async () => {
  await killAll();
  await rm(baseDir, { recursive: true, force: true });
});

interface Batch {
  hash: Hex;
  ballots: number;
  /** The gas limit the relayer signed it with. */
  gas: bigint;
  gasUsed: bigint;
}

const ballotCount = () =>
  deployed.client.readContract({
    address: BALLOTBOX,
    abi: ballotboxAbi,
    functionName: "getBallotCount",
    args: [OPEN_POLL.pollId],
  });

/**
 * Posts the first `count` stored ballots to a fresh relayer: the first alone, the rest while its
 * transaction is unmined (automine off), so they all wait in the journal. Then mines a block at a time
 * until the contract has counted all of them, and returns the transactions, in order, with the
 * relayer's output.
 */
async function castWaiting(count: number, env: Record<string, string> = {}) {
  const relayer = await startRelayer({
    RELAYER_RPC_URL: chain.rpcUrl,
    RELAYER_CONTRACT: BALLOTBOX,
    RELAYER_DATA_DIR: await mkdtemp(path.join(baseDir, "relayer-")),
    RELAYER_PORT: String(RELAYER_PORT),
    RELAYER_RATE_BURST: "100000",
    RELAYER_RATE_PER_SECOND: "100000",
    ...env,
  });
  const proofs = ballots.open.slice(0, count);
  assert.equal(proofs.length, count, `needs ${count} stored ballots: npm run relayer:generate`);
  const ids: string[] = [];
  await deployed.rpc("evm_setAutomine", [false]);
  try {
    const [alone, ...waiting] = proofs.map((proof) => JSON.stringify(ballotBody(OPEN_POLL.pollId, proof)));
    assert.ok(alone !== undefined);
    const first = await post(`${relayer.url}/ballots`, alone, true);
    assert.equal(first.status, 202, JSON.stringify(first.body));
    ids.push(String(first.body.id));
    await waitForReceipt(`${relayer.url}/ballots/${String(first.body.id)}`, (r) => r.state === "submitted");
    const answers = await postAll(
      relayer.url,
      waiting.map((body) => ({ valid: true, body })),
      16,
    );
    for (const answer of answers) {
      assert.equal(answer.status, 202, JSON.stringify(answer.body));
      ids.push(String(answer.body.id));
    }
    const deadline = Date.now() + 300_000;
    while ((await ballotCount()) < BigInt(count)) {
      assert.ok(Date.now() < deadline, `not all counted:\n${relayer.output()}`);
      await deployed.rpc("evm_mine");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await deployed.rpc("evm_setAutomine", [true]);
  }
  // Every receipt the relayer handed out reads counted.
  for (const id of ids) {
    const receipt = await waitForReceipt(`${relayer.url}/ballots/${id}`, (r) => r.state !== "submitted");
    assert.equal(receipt.state, "counted", JSON.stringify(receipt));
  }
  const output = relayer.output();
  await relayer.kill("SIGTERM");

  const logs = parseEventLogs({
    abi: ballotboxAbi,
    eventName: "BallotCast",
    logs: await deployed.client.getLogs({ address: BALLOTBOX, fromBlock: 0n, toBlock: "latest" }),
  });
  // Exactly once each: every stored ballot's nullifier, and no other.
  assert.deepEqual(
    logs.map((log) => log.args.nullifier).sort((a, b) => (a < b ? -1 : 1)),
    proofs.map((proof) => proof.nullifier).sort((a, b) => (a < b ? -1 : 1)),
  );
  const perTx = new Map<Hex, number>();
  for (const log of logs) perTx.set(log.transactionHash, (perTx.get(log.transactionHash) ?? 0) + 1);
  const batches: Batch[] = [];
  for (const [hash, size] of perTx) {
    const tx = await deployed.client.getTransaction({ hash });
    const receipt = await deployed.client.getTransactionReceipt({ hash });
    assert.equal(receipt.status, "success");
    batches.push({ hash, ballots: size, gas: tx.gas, gasUsed: receipt.gasUsed });
  }

  await expectOpenPollTally(
    deployed.client,
    proofs.map((_, i) => i),
  );
  console.log(`batches: ${batches.map((b) => `${b.ballots} (${b.gasUsed} gas, limit ${b.gas})`).join(", ")}`);
  return { batches, output };
}

const largest = (batches: readonly Batch[]) =>
  batches.reduce((best, batch) => (batch.ballots > best.ballots ? batch : best));

describe("batches sized by gas", () => {
  it(
    "Should split a batch whose estimate is over a configured cap, fill later batches to it, and count every ballot",
    { timeout: 300_000 },
    async () => {
      const cap = 2_500_000n;
      const { batches, output } = await castWaiting(60, { RELAYER_TX_GAS_CAP: cap.toString() });
      assert.match(output, /A batch of 59 needs \d+ gas, over 2500000 with the margin: trying its first half/);
      for (const batch of batches) assert.ok(batch.gas <= cap, `a transaction of ${batch.gas} gas, over ${cap}`);
      assert.equal(
        batches.reduce((sum, batch) => sum + batch.ballots, 0),
        60,
      );
      // One more ballot costs about 85k gas, 102k with the margin: 4% of this cap. A batch that signs
      // for over 90% of it is within two ballots of the most that fit.
      const biggest = largest(batches);
      assert.ok(biggest.gas * 10n >= cap * 9n, `the largest batch, ${biggest.ballots}, signs for ${biggest.gas}`);
      // The first split batch was a half; later ones grew from its gas to fill the cap.
      const [, firstSplit] = batches;
      assert.ok(
        firstSplit !== undefined && biggest.ballots > firstSplit.ballots,
        JSON.stringify(batches.map((b) => b.ballots)),
      );
    },
  );

  it(
    "Should split a batch too big for one transaction under 2^24 gas (EIP-7825) and count every ballot",
    { timeout: 600_000 },
    async () => {
      const { batches, output } = await castWaiting(401);
      // 400 waiting ballots need about 34M gas: the node cannot run them within 2^24 (Hardhat's
      // estimate fails), or its estimate is over the cap. Either way the batch is halved.
      assert.match(output, /(A batch of 400 needs \d+ gas, over 16777216|The estimate of a batch of 400 failed)/);
      for (const batch of batches) {
        assert.ok(batch.gas <= EIP7825_TX_GAS_CAP, `a transaction of ${batch.gas} gas, over 2^24`);
      }
      assert.equal(
        batches.reduce((sum, batch) => sum + batch.ballots, 0),
        401,
      );
      // One more ballot adds 0.6% of 2^24 with the margin: over 95% of it is the cap filled.
      const biggest = largest(batches);
      assert.ok(
        biggest.gas * 100n >= EIP7825_TX_GAS_CAP * 95n,
        `the largest batch, ${biggest.ballots}, signs for ${biggest.gas}`,
      );
      assert.ok(biggest.ballots > 150, `${biggest.ballots}`);
    },
  );

  it("Should refuse to start on a batch size or gas cap it cannot use, with a sentence each", async () => {
    const result = await runRelayerExpectingFailure({
      RELAYER_RPC_URL: chain.rpcUrl,
      RELAYER_CONTRACT: BALLOTBOX,
      RELAYER_DATA_DIR: path.join(baseDir, "refused"),
      RELAYER_BATCH_SIZE: "0",
      RELAYER_TX_GAS_CAP: "16M",
    });
    assert.equal(result.code, 2);
    assert.match(result.output, /RELAYER_BATCH_SIZE must be a whole number from 1 to 512/);
    assert.match(result.output, /RELAYER_TX_GAS_CAP must be a whole number of at least 1,000,000/);
    assert.doesNotMatch(result.output, /\n\s+at /, "no stack trace");
  });
});
