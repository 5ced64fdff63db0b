/**
 * The in-browser recount's bookkeeping: proofs verified chunk by chunk (with a stand-in verifier, then
 * the real batch verifier on stored ballots), the reading progress over a poll's logs, and how errors
 * are classified for the page.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { HttpRequestError } from "viem";
import { PollNotFoundError } from "../../lib/chain/poll-reader.ts";
import { createBatchVerifier } from "../../lib/proofs/batch-verify.ts";
import { decodeProofFile } from "../../lib/proofs/proof-file.ts";
import { loadSemaphoreVerificationKey } from "../../lib/proofs/verification-keys.node.ts";
import {
  ballotsPerSecond,
  chunkedVerifier,
  readingProgress,
  type VerifyProgress,
} from "../../lib/recount/recount-progress.ts";
import { RecountFailedError, failureOf, verificationKeyUrl } from "../../lib/recount/recount-protocol.ts";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";

const BENCH_BALLOTS = new URL("../../bench/data/ballots.json", import.meta.url);

/** Stand-in proofs: only their nullifier matters to the stand-in verifier below. */
const fakeProofs = (count: number): SolidityProof[] =>
  Array.from({ length: count }, (_, i) => ({
    merkleTreeDepth: 10n,
    merkleTreeRoot: 1n,
    nullifier: BigInt(i),
    message: 0n,
    scope: 1n,
    points: [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n],
  }));

/** "Valid" iff the nullifier is even; records the size of every chunk it is given. */
function evenVerifier(chunks: number[]) {
  return (proofs: readonly SolidityProof[]) => {
    chunks.push(proofs.length);
    return Promise.resolve(proofs.map((proof) => proof.nullifier % 2n === 0n));
  };
}

describe("chunked verification", () => {
  it("Should verify in chunks, keep the order, and report after each chunk with the rate", async () => {
    const chunks: number[] = [];
    let clock = 0;
    const reports: VerifyProgress[] = [];
    const recountProgress: [number, number][] = [];
    const verify = chunkedVerifier(evenVerifier(chunks), {
      chunkSize: 4,
      // Each reading of the clock is 100 ms later.
      now: () => (clock += 100),
      onProgress: (progress) => reports.push(progress),
    });
    const results = await verify(fakeProofs(10), (done, total) => recountProgress.push([done, total]));
    assert.deepEqual(results, [true, false, true, false, true, false, true, false, true, false]);
    assert.deepEqual(chunks, [4, 4, 2]);
    assert.deepEqual(recountProgress, [
      [0, 10],
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
    assert.deepEqual(
      reports.map(({ done, total }) => [done, total]),
      recountProgress,
    );
    assert.equal(reports[0]?.ballotsPerSecond, 0);
    // Started at 100 ms; the last report reads the clock at 500 ms: 10 proofs in 0.4 s.
    assert.equal(reports.at(-1)?.ballotsPerSecond, 25);
  });

  it("Should report 0 of 0 and verify nothing for no proofs", async () => {
    const chunks: number[] = [];
    const reports: VerifyProgress[] = [];
    const verify = chunkedVerifier(evenVerifier(chunks), { onProgress: (progress) => reports.push(progress) });
    assert.deepEqual(await verify([]), []);
    assert.deepEqual(chunks, []);
    assert.deepEqual(reports, [{ done: 0, total: 0, ballotsPerSecond: 0 }]);
  });

  it("Should refuse a bad chunk size and a verifier that answers for the wrong number of proofs", async () => {
    assert.throws(() => chunkedVerifier(evenVerifier([]), { chunkSize: 0 }), RangeError);
    assert.throws(() => chunkedVerifier(evenVerifier([]), { chunkSize: 1.5 }), RangeError);
    const short = chunkedVerifier(() => Promise.resolve([true]), { chunkSize: 3 });
    await assert.rejects(short(fakeProofs(3)), /answered for 1 of a chunk's 3 proofs/);
  });

  it("Should give the batch verifier's own answers on stored ballots, one bad proof among them", async () => {
    const stored = decodeProofFile(JSON.parse(await readFile(BENCH_BALLOTS, "utf8"))).slice(0, 5);
    assert.equal(stored.length, 5, "bench/data/ballots.json holds fewer than 5 ballots");
    const proofs = stored.map((proof, i) => (i === 3 ? { ...proof, message: proof.message + 1n } : proof));
    const batch = await createBatchVerifier(loadSemaphoreVerificationKey);
    const verify = chunkedVerifier((chunk) => batch.verify(chunk), { chunkSize: 2 });
    assert.deepEqual(await verify(proofs), [true, true, true, false, true]);
  });

  it("Should compute a rate per second, and 0 when no time has passed", () => {
    assert.equal(ballotsPerSecond(50, 2_000), 25);
    assert.equal(ballotsPerSecond(50, 0), 0);
  });
});

describe("reading progress", () => {
  it("Should count the blocks of both scans, the ballots' one from the poll's creation", () => {
    const reading = readingProgress(100n);
    assert.deepEqual(reading("poll", 149n, 199n), { done: 50, total: 200, lastBlock: 149n, toBlock: 199n });
    assert.equal(reading("poll", 199n, 199n).done, 100);
    // The ballots' scan starts at the poll's block (say 160): the blocks before it count as done.
    assert.equal(reading("ballots", 179n, 199n).done, 180);
    assert.equal(reading("ballots", 199n, 199n).done, 200);
  });

  it("Should never go backwards, ignore the unreported roll scan and stay within the range", () => {
    const reading = readingProgress(10n);
    assert.equal(reading("poll", 30n, 19n).done, 10);
    assert.equal(reading("poll", 12n, 19n).done, 10);
    assert.equal(reading("roll", 19n, 19n).done, 10);
    assert.equal(reading("ballots", 5n, 19n).done, 10);
  });
});

describe("recount failures", () => {
  it("Should tell an unreachable node, however deep the node's error is wrapped", () => {
    const http = new HttpRequestError({ url: "http://127.0.0.1:1", details: "fetch failed" });
    assert.deepEqual(failureOf(http), { kind: "unreachable" });
    const wrapped = new Error("Could not read logs for blocks 0 to 9 after 5 retries", { cause: http });
    assert.deepEqual(failureOf(wrapped), { kind: "unreachable" });
  });

  it("Should tell a missing poll, keep a failure as it was, and pass other errors' messages on", () => {
    assert.deepEqual(failureOf(new PollNotFoundError("Poll 9 does not exist")), {
      kind: "poll-not-found",
      message: "Poll 9 does not exist",
    });
    const keys = new RecountFailedError({ kind: "verification-key", depth: 10, status: 404 });
    assert.deepEqual(failureOf(keys), { kind: "verification-key", depth: 10, status: 404 });
    assert.deepEqual(failureOf(new Error("boom")), { kind: "failed", message: "boom" });
    assert.deepEqual(failureOf("odd"), { kind: "failed", message: "odd" });
  });

  it("Should name the app's verification key URL", () => {
    assert.equal(verificationKeyUrl("https://example.org", 12), "https://example.org/zk/semaphore-12.json");
  });
});
