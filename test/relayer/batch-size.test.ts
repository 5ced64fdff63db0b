/**
 * Sizing batches by gas, without a chain: the margin and the cap (gasLimitFor), halving, the sizer's
 * growth from a batch that fitted (against a gas model shaped like castVotes': a fixed part, a part per
 * ballot and memory's quadratic term), the cap read from the latest block, and the configuration's
 * bounds on RELAYER_BATCH_SIZE and RELAYER_TX_GAS_CAP, each refused with a sentence.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createPublicClient, custom, toHex } from "viem";
import { BatchSizer, GAS_MARGIN_PERCENT, firstHalf, gasLimitFor } from "../../relayer/batch-size.ts";
import { ConfigError, loadConfig, MAX_BATCH_SIZE, MIN_TX_GAS_CAP } from "../../relayer/config.ts";
import { EIP7825_TX_GAS_CAP, transactionGasCap } from "../../relayer/gas-cap.ts";
import type { Entry } from "../../relayer/journal.ts";
import { queuedEntry } from "./helpers/entries.ts";

const entry = (seq: number, kind: Entry["kind"] = "ballot"): Entry => queuedEntry(seq, { kind });
const entries = (count: number) => Array.from({ length: count }, (_, i) => entry(i + 1));

/**
 * castVotes' gas for n ballots, shaped like bench/results/gas.md: about 240k for the batch (closing
 * pairings, key read, tally), 85.1k a ballot, and memory's quadratic term (about 700 bytes a ballot).
 */
const castVotesGas = (n: number): bigint => {
  const words = BigInt(n) * 22n;
  return 240_000n + BigInt(n) * 85_100n + (words * words) / 512n;
};
const fits = (n: number, cap: bigint) => gasLimitFor(castVotesGas(n), n, cap) !== undefined;
/** The largest batch the model says fits under `cap` with the margin. */
const largestFit = (cap: bigint) => {
  let n = 1;
  while (fits(n + 1, cap)) n++;
  return n;
};

/** One submitter round against the model: the sizer's first guess, halved until it fits. */
function round(sizer: BatchSizer, waiting: number, cap: bigint): number {
  let batch = entries(sizer.size(waiting, cap));
  while (batch.length > 1 && !fits(batch.length, cap)) batch = firstHalf(batch);
  sizer.fitted(batch, castVotesGas(batch.length));
  return batch.length;
}

describe("gasLimitFor", () => {
  it("Should sign with the estimate plus the margin, and only when that is within the cap", () => {
    assert.equal(GAS_MARGIN_PERCENT, 120n);
    assert.equal(gasLimitFor(1_000_000n, 10, 2_000_000n), 1_200_000n);
    assert.equal(gasLimitFor(1_000_000n, 10, 1_200_000n), 1_200_000n);
    assert.equal(gasLimitFor(1_000_001n, 10, 1_200_000n), undefined);
  });

  it("Should give a lone entry, which cannot be split, the room the cap leaves", () => {
    assert.equal(gasLimitFor(1_100_000n, 1, 1_200_000n), 1_200_000n);
    assert.equal(gasLimitFor(1_200_001n, 1, 1_200_000n), undefined);
  });
});

describe("firstHalf", () => {
  it("Should keep the older half, rounded up, so that every split makes progress", () => {
    assert.deepEqual(
      firstHalf(entries(5)).map((e) => e.seq),
      [1, 2, 3],
    );
    assert.deepEqual(
      firstHalf(entries(2)).map((e) => e.seq),
      [1],
    );
    assert.deepEqual(
      firstHalf(entries(1)).map((e) => e.seq),
      [1],
    );
  });
});

describe("BatchSizer", () => {
  it("Should try every waiting entry until a batch has fitted", () => {
    const sizer = new BatchSizer();
    assert.equal(sizer.size(512, EIP7825_TX_GAS_CAP), 512);
    assert.equal(sizer.size(3, EIP7825_TX_GAS_CAP), 3);
  });

  it("Should pick, from the last batch that fitted, a size that fits the cap and nearly fills it", () => {
    for (const cap of [2_500_000n, EIP7825_TX_GAS_CAP, 30_000_000n]) {
      const best = largestFit(cap);
      const sizer = new BatchSizer();
      sizer.fitted(entries(10), castVotesGas(10));
      const size = sizer.size(MAX_BATCH_SIZE, cap);
      assert.ok(fits(size, cap), `${size} ballots fit ${cap}`);
      assert.equal(round(sizer, MAX_BATCH_SIZE, cap), size, "no halving needed");
      // Grown from a batch of 10 in one step, to over three quarters of the most that fit (the fixed
      // part, a fifth of a batch of 10's gas, is what it overcounts)...
      assert.ok(size > 10 && size >= best * 0.75, `${size} of the ${best} that fit ${cap}`);
      // ...and one more round reaches the most that fit, or stops one short.
      const next = round(sizer, MAX_BATCH_SIZE, cap);
      assert.ok(next >= best - 1 && next <= best, `${next} of the ${best} that fit ${cap}`);
    }
  });

  it("Should halve down from RELAYER_BATCH_SIZE once, then size every later batch from the gas", () => {
    const cap = EIP7825_TX_GAS_CAP;
    const best = largestFit(cap);
    // About 160 ballots: 512 → 256 → 128, which fits; the next rounds grow to the cap.
    assert.ok(best > 150 && best < 170, `${best}`);
    const sizer = new BatchSizer();
    const sizes = [round(sizer, MAX_BATCH_SIZE, cap), round(sizer, MAX_BATCH_SIZE, cap)];
    assert.equal(sizes[0], 128);
    assert.ok((sizes[1] ?? 0) >= best - 1 && (sizes[1] ?? 0) <= best, `${sizes.join(", ")} (best ${best})`);
    // Fewer waiting than fit: all of them.
    assert.equal(sizer.size(7, cap), 7);
  });

  it("Should learn nothing from castVote or a registration, whose gas says nothing about castVotes", () => {
    const sizer = new BatchSizer();
    sizer.fitted(entries(1), 288_501n);
    sizer.fitted([entry(1, "registration")], 235_030n);
    assert.equal(sizer.size(300, EIP7825_TX_GAS_CAP), 300);
  });
});

describe("transactionGasCap", () => {
  const chainWithBlockGasLimit = (gasLimit: bigint) =>
    createPublicClient({
      transport: custom({
        request: ({ method }: { method: string }) => {
          if (method !== "eth_getBlockByNumber") throw new Error(`Unexpected ${method}`);
          return Promise.resolve({
            number: "0x10",
            hash: `0x${"11".repeat(32)}`,
            parentHash: `0x${"22".repeat(32)}`,
            timestamp: "0x1",
            gasLimit: toHex(gasLimit),
            gasUsed: "0x0",
            baseFeePerGas: "0x1",
            transactions: [],
          });
        },
      }),
    });

  it("Should cap a transaction at 2^24 gas (EIP-7825) under a larger block gas limit", async () => {
    assert.equal(EIP7825_TX_GAS_CAP, 2n ** 24n);
    assert.equal(await transactionGasCap(chainWithBlockGasLimit(60_000_000n), undefined), 2n ** 24n);
  });

  it("Should never go above the block gas limit, configured or not", async () => {
    assert.equal(await transactionGasCap(chainWithBlockGasLimit(8_000_000n), undefined), 8_000_000n);
    assert.equal(await transactionGasCap(chainWithBlockGasLimit(30_000_000n), 50_000_000n), 30_000_000n);
  });

  it("Should take a configured cap instead of 2^24", async () => {
    assert.equal(await transactionGasCap(chainWithBlockGasLimit(60_000_000n), 30_000_000n), 30_000_000n);
    assert.equal(await transactionGasCap(chainWithBlockGasLimit(60_000_000n), 2_000_000n), 2_000_000n);
  });
});

describe("batch and gas configuration", () => {
  const refused = (env: Record<string, string>, message: RegExp) => {
    assert.throws(
      () => loadConfig(env),
      (error: unknown) => error instanceof ConfigError && message.test(error.message),
    );
  };

  it("Should default to at most 512 ballots a batch and Osaka's cap", () => {
    const config = loadConfig({});
    assert.equal(config.batchSize, MAX_BATCH_SIZE);
    assert.equal(MAX_BATCH_SIZE, 512);
    assert.equal(config.txGasCap, undefined);
  });

  it("Should accept a batch size from 1 to 512 and a gas cap from 1,000,000 up", () => {
    assert.equal(loadConfig({ RELAYER_BATCH_SIZE: "1" }).batchSize, 1);
    assert.equal(loadConfig({ RELAYER_BATCH_SIZE: " 200 " }).batchSize, 200);
    assert.equal(loadConfig({ RELAYER_TX_GAS_CAP: "30000000" }).txGasCap, 30_000_000n);
    assert.equal(loadConfig({ RELAYER_TX_GAS_CAP: String(MIN_TX_GAS_CAP) }).txGasCap, 1_000_000n);
  });

  it("Should refuse a batch size that is not a whole number from 1 to 512, saying so", () => {
    for (const value of ["0", "-3", "513", "2.5", "ten", "50 ballots"]) {
      refused({ RELAYER_BATCH_SIZE: value }, /RELAYER_BATCH_SIZE must be a whole number from 1 to 512/);
    }
  });

  it("Should refuse a gas cap too small for one ballot, or not a number, saying so", () => {
    for (const value of ["999999", "0", "16M", "1.5e6x", "1e30"]) {
      refused({ RELAYER_TX_GAS_CAP: value }, /RELAYER_TX_GAS_CAP must be a whole number of at least 1,000,000/);
    }
  });
});
