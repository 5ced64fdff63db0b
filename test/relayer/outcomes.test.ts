/**
 * Settling entries from the chain's evidence, with crafted receipts and logs (no node): a receipt with
 * BallotCast counts the entry; BallotRejected fails it with the contract's sentence for each reason;
 * a reverted transaction re-queues its entries and gives them up after the configured number of
 * failed attempts; with no receipt (dropped, or a crash), the contract's events decide: counted, failed
 * (another ballot of the voter was counted) or queued again. Each test has its own journal.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import {
  createPublicClient,
  custom,
  encodeAbiParameters,
  encodeEventTopics,
  toFunctionSelector,
  toHex,
  type Hex,
  type Log as ViemLog,
  type TransactionReceipt,
} from "viem";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { contractError, contractErrorsAbi, type ContractErrorName } from "../../lib/contracts/contract-errors.ts";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";
import { Journal, type Entry } from "../../relayer/journal.ts";
import { applyReceipt, resolveFromChain, type ChainContext } from "../../relayer/outcomes.ts";
import { encodePayload } from "../../relayer/payload.ts";
import { reconcile } from "../../relayer/reconcile.ts";
import { BALLOTBOX } from "./helpers/election.ts";

/** A mined log, as receipts and eth_getLogs carry them. */
type Log = ViemLog<bigint, number, false>;

const POLL = 1n;
const TX: Hex = `0x${"ab".repeat(32)}`;
const OTHER_TX: Hex = `0x${"cd".repeat(32)}`;
const BLOCK = 42n;

let dir: string;
let journals = 0;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ballotbox-outcomes-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const proof = (nullifier: bigint, message = 1n): SolidityProof => ({
  merkleTreeDepth: 10n,
  merkleTreeRoot: 7n,
  nullifier,
  message,
  scope: 9n,
  points: [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n],
});

/** The logs the crafted chain holds, served to eth_getLogs by address and indexed topics. */
function chainWith(logs: Log[]) {
  const matches = (log: Log, filter: { address?: string; topics?: (Hex | Hex[] | null)[] }) =>
    (filter.address === undefined || filter.address.toLowerCase() === log.address.toLowerCase()) &&
    (filter.topics ?? []).every((wanted, i) => {
      if (wanted === null) return true;
      const topic = log.topics[i];
      return Array.isArray(wanted) ? wanted.includes(topic as Hex) : wanted === topic;
    });
  return createPublicClient({
    transport: custom({
      request: ({ method, params }: { method: string; params: unknown }) => {
        if (method !== "eth_getLogs") throw new Error(`The crafted chain answers eth_getLogs only, not ${method}`);
        const [filter] = params as [{ address?: string; topics?: (Hex | Hex[] | null)[] }];
        return Promise.resolve(
          logs
            .filter((log) => matches(log, filter))
            .map((log) => ({ ...log, blockNumber: toHex(log.blockNumber), logIndex: toHex(log.logIndex) })),
        );
      },
    }),
  });
}

function context(logs: Log[] = [], maxFailedAttempts = 3): ChainContext {
  return {
    client: chainWith(logs),
    ballotbox: BALLOTBOX,
    sealedBallots: undefined,
    fromBlock: 0n,
    journal: new Journal(path.join(dir, String(journals++))),
    maxFailedAttempts,
  };
}

function log(topics: Hex[], data: Hex, transactionHash: Hex = TX): Log {
  return {
    address: BALLOTBOX,
    topics: topics as [Hex, ...Hex[]],
    data,
    blockNumber: BLOCK,
    blockHash: `0x${"11".repeat(32)}`,
    logIndex: 0,
    transactionHash,
    transactionIndex: 0,
    removed: false,
  };
}

function ballotCast(ballot: SolidityProof, transactionHash: Hex = TX): Log {
  const topics = encodeEventTopics({
    abi: ballotboxAbi,
    eventName: "BallotCast",
    args: { pollId: POLL, nullifier: ballot.nullifier },
  });
  const data = encodeAbiParameters(
    [{ type: "uint256" }, { type: "uint256" }, { type: "uint256" }, { type: "uint256" }, { type: "uint256[8]" }],
    [ballot.message, ballot.merkleTreeDepth, ballot.merkleTreeRoot, ballot.scope, ballot.points],
  );
  return log(topics as Hex[], data, transactionHash);
}

function ballotRejected(nullifier: bigint, reason: ContractErrorName): Log {
  const item = contractErrorsAbi.find((error) => error.name === reason);
  assert.ok(item);
  const selector = toFunctionSelector(`${item.name}(${item.inputs.map((input) => input.type).join(",")})`);
  const topics = encodeEventTopics({
    abi: ballotboxAbi,
    eventName: "BallotRejected",
    args: { pollId: POLL, nullifier },
  });
  return log(topics as Hex[], encodeAbiParameters([{ type: "bytes4" }], [selector]));
}

function receipt(logs: Log[], status: "success" | "reverted" = "success"): TransactionReceipt {
  return {
    blockHash: `0x${"11".repeat(32)}`,
    blockNumber: BLOCK,
    contractAddress: null,
    cumulativeGasUsed: 1n,
    effectiveGasPrice: 1n,
    from: BALLOTBOX,
    gasUsed: 1n,
    logs,
    logsBloom: "0x",
    status,
    to: BALLOTBOX,
    transactionHash: TX,
    transactionIndex: 0,
    type: "eip1559",
  };
}

/** Journals ballots as submitted in one transaction (nonce 0), as the submitter would. */
function submitted(ctx: ChainContext, ballots: SolidityProof[]): Entry[] {
  const ids = ballots.map((ballot) =>
    ctx.journal.add("ballot", POLL, ballot.nullifier.toString(), encodePayload({ pollId: POLL, proof: ballot })),
  );
  ctx.journal.recordTransaction({
    hash: TX,
    nonce: 0,
    raw: "0x00",
    entryIds: ids,
    maxFeePerGas: 1n,
    maxPriorityFeePerGas: 1n,
  });
  return ctx.journal.entriesIn(ids);
}

const REJECTIONS: ContractErrorName[] = [
  "Ballotbox__WrongScope",
  "Ballotbox__InvalidBallot",
  "Ballotbox__UnsupportedTreeDepth",
  "Ballotbox__WrongRoot",
  "Ballotbox__InvalidProof",
  "Ballotbox__NotInSnarkScalarField",
];

describe("settling from a receipt", () => {
  it("Should count the ballots a mined batch cast, at its block", async () => {
    const ctx = context();
    const ballots = [proof(11n), proof(12n)];
    const entries = submitted(ctx, ballots);
    await applyReceipt(ctx, receipt(ballots.map((ballot) => ballotCast(ballot))), entries, 0);
    for (const entry of ctx.journal.entriesIn(entries.map((e) => e.id))) {
      assert.equal(entry.state, "counted");
      assert.equal(entry.txHash, TX);
      assert.equal(entry.blockNumber, BLOCK);
    }
    assert.deepEqual(ctx.journal.pendingTransactions(), [], "the nonce is closed");
  });

  it("Should fail each rejected ballot with the contract's sentence for its reason", async () => {
    const ctx = context();
    const ballots = REJECTIONS.map((_, i) => proof(100n + BigInt(i)));
    const entries = submitted(ctx, ballots);
    const logs = REJECTIONS.map((reason, i) => ballotRejected(100n + BigInt(i), reason));
    await applyReceipt(ctx, receipt(logs), entries, 0);
    REJECTIONS.forEach((reason, i) => {
      const entry = ctx.journal.get(entries[i]?.id ?? "");
      assert.equal(entry?.state, "failed", reason);
      assert.equal(entry.reason, contractError(reason).message);
    });
  });

  it("Should settle 'already used' from the chain: failed when no ballot of its own was cast", async () => {
    const ctx = context();
    const [entry] = submitted(ctx, [proof(21n)]);
    assert.ok(entry);
    await applyReceipt(ctx, receipt([ballotRejected(21n, "Ballotbox__NullifierAlreadyUsed")]), [entry], 0);
    const settled = ctx.journal.get(entry.id);
    assert.equal(settled?.state, "failed");
    assert.equal(settled.reason, contractError("Ballotbox__NullifierAlreadyUsed").message);
  });

  it("Should count an 'already used' ballot when the chain holds this very ballot (an earlier send)", async () => {
    const ballot = proof(22n);
    const ctx = context([ballotCast(ballot, OTHER_TX)]);
    const [entry] = submitted(ctx, [ballot]);
    assert.ok(entry);
    await applyReceipt(ctx, receipt([ballotRejected(22n, "Ballotbox__NullifierAlreadyUsed")]), [entry], 0);
    const settled = ctx.journal.get(entry.id);
    assert.equal(settled?.state, "counted");
    assert.equal(settled.txHash, OTHER_TX);
  });

  it("Should re-queue the entries of a reverted transaction, and give them up after maxFailedAttempts", async () => {
    const ctx = context([], 2);
    const [entry] = submitted(ctx, [proof(31n)]);
    assert.ok(entry);
    await applyReceipt(ctx, receipt([], "reverted"), [entry], 0);
    assert.equal(ctx.journal.get(entry.id)?.state, "queued");
    assert.equal(ctx.journal.get(entry.id)?.failures, 1);
    ctx.journal.recordTransaction({
      hash: OTHER_TX,
      nonce: 1,
      raw: "0x00",
      entryIds: [entry.id],
      maxFeePerGas: 1n,
      maxPriorityFeePerGas: 1n,
    });
    await applyReceipt(ctx, receipt([], "reverted"), ctx.journal.entriesIn([entry.id]), 1);
    const parked = ctx.journal.get(entry.id);
    assert.equal(parked?.state, "failed");
    assert.match(parked.reason ?? "", /kept failing.*given up after 2 attempts/);
  });
});

describe("settling from the chain alone (dropped transaction, crash)", () => {
  it("Should count a ballot whose BallotCast is on chain, fail one whose voter cast another, re-queue the rest", async () => {
    const mine = proof(41n, 1n);
    const replaced = proof(42n, 1n);
    const ctx = context([ballotCast(mine, OTHER_TX), ballotCast(proof(42n, 2n), OTHER_TX)]);
    const [counted, failed, dropped] = submitted(ctx, [mine, replaced, proof(43n)]);
    assert.ok(counted && failed && dropped);
    for (const entry of [counted, failed, dropped]) await resolveFromChain(ctx, entry);
    assert.equal(ctx.journal.get(counted.id)?.state, "counted");
    assert.equal(ctx.journal.get(counted.id)?.txHash, OTHER_TX);
    assert.equal(ctx.journal.get(failed.id)?.state, "failed");
    assert.match(ctx.journal.get(failed.id)?.reason ?? "", /Another ballot of this voter was counted first/);
    assert.equal(ctx.journal.get(dropped.id)?.state, "queued");
  });

  it("Should reconcile after a crash: settle submitted entries outside the pending nonce from the chain", async () => {
    const onChain = proof(51n);
    const ctx = context([ballotCast(onChain)]);
    const [early, late] = submitted(ctx, [onChain, proof(52n)]);
    assert.ok(early && late);
    ctx.journal.settleNonce(0);
    // A later transaction, still pending at the crash: left to the submitter.
    const pending = ctx.journal.add("ballot", POLL, "53", encodePayload({ pollId: POLL, proof: proof(53n) }));
    ctx.journal.recordTransaction({
      hash: OTHER_TX,
      nonce: 1,
      raw: "0x00",
      entryIds: [pending],
      maxFeePerGas: 1n,
      maxPriorityFeePerGas: 1n,
    });
    const summary = await reconcile(ctx);
    assert.deepEqual(summary, { pendingTransactions: 1, settledFromChain: 2 });
    assert.equal(ctx.journal.get(early.id)?.state, "counted");
    assert.equal(ctx.journal.get(late.id)?.state, "queued");
    assert.equal(ctx.journal.get(pending)?.state, "submitted");
  });
});
