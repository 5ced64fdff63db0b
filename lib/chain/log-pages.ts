/**
 * Reads logs over a block range in pages, the way public RPC endpoints require: they cap the
 * block range of `eth_getLogs`, the number of results, or the time a query may take. A refused
 * page is halved and retried; other failures are retried with backoff; a range that still fails
 * throws, naming the blocks. No range is ever skipped.
 */

export interface PageOptions {
  fromBlock: bigint;
  toBlock: bigint;
  /** The first page size, in blocks. */
  initialPageSize?: bigint;
  /** The page size never grows beyond this. */
  maxPageSize?: bigint;
  /** Retries of a page for failures other than a refused range. */
  maxRetries?: number;
  /** The first backoff, doubled on each retry. */
  backoffMs?: number;
  /** Called after each page with the last block read. */
  onProgress?: (lastBlock: bigint, toBlock: bigint) => void;
}

/** Error messages and codes by which nodes say a query was too large or took too long. */
const REFUSAL_PATTERNS = [
  /range/i,
  /too (many|large|big)/i,
  /limit/i,
  /exceed/i,
  /more than/i,
  /timed? ?out/i,
  /response size/i,
  /query returned/i,
];
const REFUSAL_CODES = new Set([-32005, -32600, -32602, -32614, 413]);

/** Whether an error is a node refusing a page as too large (rather than any other failure). */
export function isRangeRefusal(error: unknown): boolean {
  const texts: string[] = [];
  const codes: unknown[] = [];
  let current: unknown = error;
  // viem wraps the node's error several levels deep; look at every level.
  for (let depth = 0; depth < 8 && typeof current === "object" && current !== null; depth++) {
    const record = current as {
      message?: unknown;
      details?: unknown;
      code?: unknown;
      status?: unknown;
      cause?: unknown;
    };
    for (const text of [record.message, record.details]) if (typeof text === "string") texts.push(text);
    codes.push(record.code, record.status);
    current = record.cause;
  }
  return (
    codes.some((code) => typeof code === "number" && REFUSAL_CODES.has(code)) ||
    texts.some((text) => REFUSAL_PATTERNS.some((pattern) => pattern.test(text)))
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fetches `[fromBlock, toBlock]` page by page and returns every result, in block order. */
export async function fetchInPages<T>(
  fetchPage: (fromBlock: bigint, toBlock: bigint) => Promise<T[]>,
  {
    fromBlock,
    toBlock,
    initialPageSize = 10_000n,
    maxPageSize = 100_000n,
    maxRetries = 5,
    backoffMs = 250,
    onProgress,
  }: PageOptions,
): Promise<T[]> {
  if (fromBlock > toBlock) return [];
  const results: T[] = [];
  let pageSize = initialPageSize < 1n ? 1n : initialPageSize;
  let start = fromBlock;
  let failures = 0;
  while (start <= toBlock) {
    const end = start + pageSize - 1n > toBlock ? toBlock : start + pageSize - 1n;
    try {
      results.push(...(await fetchPage(start, end)));
    } catch (error) {
      if (isRangeRefusal(error) && pageSize > 1n) {
        pageSize = pageSize / 2n;
        continue;
      }
      if (++failures > maxRetries) {
        throw new Error(`Could not read logs for blocks ${start} to ${end} after ${maxRetries} retries`, {
          cause: error,
        });
      }
      if (backoffMs > 0) await sleep(backoffMs * 2 ** (failures - 1));
      continue;
    }
    failures = 0;
    onProgress?.(end, toBlock);
    start = end + 1n;
    // The node accepted this size: try a larger one next, up to the cap.
    if (pageSize * 2n <= maxPageSize) pageSize *= 2n;
  }
  return results;
}
