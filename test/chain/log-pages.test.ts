import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { fetchInPages, isRangeRefusal } from "../../lib/chain/log-pages.ts";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** A node that holds one log per block, refuses ranges wider than `maxRange`, and fails now and then. */
function flakyNode(maxRange: bigint, failEvery: number) {
  let calls = 0;
  const requested: [bigint, bigint][] = [];
  const fetchPage = (fromBlock: bigint, toBlock: bigint): Promise<bigint[]> => {
    calls++;
    if (toBlock - fromBlock + 1n > maxRange) {
      return Promise.reject(new Error("query returned more than 10000 results. Try with this block range [0x1, 0x2]."));
    }
    if (failEvery > 0 && calls % failEvery === 0) return Promise.reject(new Error("fetch failed: ECONNRESET"));
    requested.push([fromBlock, toBlock]);
    const blocks: bigint[] = [];
    for (let block = fromBlock; block <= toBlock; block++) blocks.push(block);
    return Promise.resolve(blocks);
  };
  return { fetchPage, requested };
}

describe("fetchInPages", () => {
  it("Should read every block exactly once, in order, whatever the node refuses", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: 0n, max: 500n }),
        fc.bigInt({ min: 0n, max: 700n }),
        fc.bigInt({ min: 1n, max: 64n }),
        fc.integer({ min: 0, max: 6 }),
        async (fromBlock, length, maxRange, failEvery) => {
          const toBlock = fromBlock + length;
          const node = flakyNode(maxRange, failEvery === 1 ? 2 : failEvery);
          const logs = await fetchInPages(node.fetchPage, { fromBlock, toBlock, initialPageSize: 100n, backoffMs: 0 });
          assert.equal(logs.length, Number(length) + 1);
          logs.forEach((block, index) => {
            assert.equal(block, fromBlock + BigInt(index));
          });
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("Should throw, naming the blocks, rather than skip a range that keeps failing", async () => {
    const failing = (): Promise<never> => Promise.reject(new Error("503 Service Unavailable"));
    await assert.rejects(
      fetchInPages(failing, { fromBlock: 10n, toBlock: 20n, maxRetries: 2, backoffMs: 0 }),
      /Could not read logs for blocks 10 to 20 after 2 retries/,
    );
  });

  it("Should stop halving at one block and report the failure", async () => {
    const refusing = (): Promise<never> => Promise.reject(new Error("block range too large"));
    await assert.rejects(
      fetchInPages(refusing, { fromBlock: 0n, toBlock: 3n, maxRetries: 1, backoffMs: 0 }),
      /Could not read logs for blocks 0 to 0/,
    );
  });

  it("Should recognise the ways public nodes refuse a page", () => {
    for (const refusal of [
      new Error("query returned more than 10000 results"),
      new Error("eth_getLogs is limited to a 10,000 range"),
      new Error("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range"),
      new Error("request timed out"),
      Object.assign(new Error("Limit exceeded"), { code: -32005 }),
      new Error("wrapped", { cause: { code: -32602, message: "invalid params" } }),
    ]) {
      assert.equal(isRangeRefusal(refusal), true, refusal.message);
    }
    assert.equal(isRangeRefusal(new Error("execution reverted")), false);
  });
});
