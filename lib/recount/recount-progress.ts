/**
 * The bookkeeping of a recount that reports its progress, independent of where it runs (the browser's
 * recount worker, a test): proofs verified chunk by chunk with the rate so far, the way
 * lib/proofs/verify-pool.node.ts feeds its threads, and the reading of a poll's logs as one done/total.
 */
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import type { CollectStage } from "./input.ts";
import type { ProofVerifier } from "./recount.ts";

/**
 * Proofs per chunk: one batch equation each. Its fixed cost (3 extra pairings, one final
 * exponentiation) stays small next to 48 Miller loops, and a chunk takes a fraction of a second on
 * one thread, so progress moves often.
 */
export const DEFAULT_CHUNK_SIZE = 48;

export interface VerifyProgress {
  /** Proofs verified so far. */
  done: number;
  total: number;
  /** Proofs verified per second since the verification started (0 before the first chunk). */
  ballotsPerSecond: number;
}

/** done / elapsed, per second; 0 when no time has passed. */
export function ballotsPerSecond(done: number, elapsedMilliseconds: number): number {
  return elapsedMilliseconds > 0 ? (1000 * done) / elapsedMilliseconds : 0;
}

export interface ChunkedVerifierOptions {
  /** Most proofs per call of `verify`; default DEFAULT_CHUNK_SIZE. */
  chunkSize?: number;
  /** Milliseconds on a monotonic clock; default performance.now. */
  now?: () => number;
  /** Called before the first chunk (done = 0) and after each one, with the rate so far. */
  onProgress?: (progress: VerifyProgress) => void;
}

/**
 * A ProofVerifier that hands `verify` (e.g. a BatchVerifier's) the proofs a chunk at a time and
 * reports after each chunk, both to the recount's own onProgress (done, total) and, with the rate,
 * to options.onProgress.
 */
export function chunkedVerifier(
  verify: (proofs: readonly SolidityProof[]) => Promise<boolean[]>,
  options: ChunkedVerifierOptions = {},
): ProofVerifier {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError("chunkSize must be a positive integer");
  const now = options.now ?? (() => performance.now());
  return async (proofs, onProgress) => {
    const total = proofs.length;
    const started = now();
    const report = (done: number): void => {
      onProgress?.(done, total);
      options.onProgress?.({ done, total, ballotsPerSecond: ballotsPerSecond(done, now() - started) });
    };
    report(0);
    const results: boolean[] = [];
    for (let start = 0; start < total; start += chunkSize) {
      const chunk = proofs.slice(start, start + chunkSize);
      const verified = await verify(chunk);
      if (verified.length !== chunk.length) {
        throw new Error(`The verifier answered for ${verified.length} of a chunk's ${chunk.length} proofs`);
      }
      results.push(...verified);
      report(results.length);
    }
    return results;
  };
}

/** The scans of a deployment's logs that collectRecountInput reports: the poll's creation, then its ballots. */
const SCANS: readonly CollectStage[] = ["poll", "ballots"];

export interface ReadingProgress {
  /** Blocks scanned so far, over both scans. */
  done: number;
  /** Blocks to scan in all: twice the range from the deployment to the pinned block. */
  total: number;
  /** The last block read and the block everything is read at. */
  lastBlock: bigint;
  toBlock: bigint;
}

/**
 * Turns collectRecountInput's onProgress(stage, lastBlock, toBlock) into one done/total in blocks. Both
 * scans end at the pinned block; the ballots' scan starts at the poll's creation, and the blocks
 * before it count as done (there is nothing of the poll in them), so the total never moves.
 * @param fromBlock the first block of the deployment (BallotboxConnection.fromBlock)
 */
export function readingProgress(
  fromBlock: bigint,
): (stage: CollectStage, lastBlock: bigint, toBlock: bigint) => ReadingProgress {
  const scanned = new Map<CollectStage, number>();
  return (stage, lastBlock, toBlock) => {
    const span = toBlock >= fromBlock ? Number(toBlock - fromBlock) + 1 : 0;
    if (SCANS.includes(stage)) {
      const blocks = lastBlock >= fromBlock ? Math.min(span, Number(lastBlock - fromBlock) + 1) : 0;
      scanned.set(stage, Math.max(scanned.get(stage) ?? 0, blocks));
    }
    const done = SCANS.reduce((sum, scan) => sum + (scanned.get(scan) ?? 0), 0);
    return { done, total: SCANS.length * span, lastBlock, toBlock };
  };
}
