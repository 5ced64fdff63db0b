/**
 * The recount worker: reads a poll from the chain (or an audit bundle), re-verifies every proof with
 * the batch verifier (single-threaded WebAssembly, off the page's thread) and recounts, reporting its
 * progress. Verification keys come from the app's own origin. One recount per worker: the page ends
 * the worker to cancel.
 */
import { createPublicClient, http } from "viem";
import { chainFor, type BallotboxConnection } from "../chain/connection.ts";
import { createBatchVerifier } from "../proofs/batch-verify.ts";
import { MAX_TREE_DEPTH, MIN_TREE_DEPTH } from "../proofs/proof-checks.ts";
import {
  parseSemaphoreVerificationKey,
  type Groth16VerificationKey,
  type VerificationKeySource,
} from "../proofs/verification-key.ts";
import { InvalidBundleError, parseBundle, serializeBundle } from "./bundle.ts";
import { collectRecountInput, type RecountInput } from "./input.ts";
import { recount } from "./recount.ts";
import { chunkedVerifier, readingProgress } from "./recount-progress.ts";
import {
  RecountFailedError,
  failureOf,
  verificationKeyUrl,
  type RecountEvent,
  type RecountOutcome,
  type RecountProgress,
  type RecountRequest,
} from "./recount-protocol.ts";
import { reportToJson } from "./report-text.ts";

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<RecountRequest>) => void) | null;
  postMessage: (event: RecountEvent) => void;
  location: { origin: string };
};

const post = (event: RecountEvent): void => {
  scope.postMessage(event);
};
const progress = (value: RecountProgress): void => {
  post({ type: "progress", progress: value });
};

/** Each depth's key, fetched once from the app. */
const keys = new Map<number, Promise<Groth16VerificationKey>>();
const verificationKey: VerificationKeySource = (depth) => {
  let key = keys.get(depth);
  if (key === undefined) {
    key = (async () => {
      const response = await fetch(verificationKeyUrl(scope.location.origin, depth));
      if (!response.ok) throw new RecountFailedError({ kind: "verification-key", depth, status: response.status });
      return parseSemaphoreVerificationKey(await response.json());
    })();
    keys.set(depth, key);
    key.catch(() => keys.delete(depth));
  }
  return key;
};

/** The BN254 engine compiles while the chain is read. */
const verifier = createBatchVerifier(verificationKey);
verifier.catch(() => undefined);

async function fromChain(request: Extract<RecountRequest, { type: "chain" }>): Promise<RecountInput> {
  const { rpcUrl, chainId, ballotbox, semaphore, fromBlock, pollId } = request;
  progress({ stage: "reading", done: 0, total: 0, ballotsPerSecond: 0 });
  const chain = chainFor(chainId, rpcUrl);
  const client = createPublicClient({ chain, transport: http(rpcUrl, { retryCount: 2, timeout: 20_000 }) });
  const actual = await client.getChainId();
  if (actual !== chainId) throw new RecountFailedError({ kind: "wrong-chain", actual });
  const conn: BallotboxConnection = { client, chain, chainId, ballotbox, semaphore, fromBlock };
  const reading = readingProgress(fromBlock);
  return collectRecountInput(conn, pollId, {
    onProgress: (stage, lastBlock, toBlock) => {
      const { done, total } = reading(stage, lastBlock, toBlock);
      progress({ stage: "reading", done, total, ballotsPerSecond: 0, blocks: { last: lastBlock, to: toBlock } });
    },
  });
}

function fromBundle(text: string): RecountInput {
  progress({ stage: "reading", done: 0, total: 0, ballotsPerSecond: 0 });
  try {
    return parseBundle(text);
  } catch (error) {
    if (!(error instanceof InvalidBundleError)) throw error;
    throw new RecountFailedError({ kind: "bad-bundle", problem: error.problem, field: error.field });
  }
}

async function recountInput(input: RecountInput): Promise<RecountOutcome["report"]> {
  progress({ stage: "verifying", done: 0, total: input.ballots.length, ballotsPerSecond: 0 });
  // The keys of the depths in use are fetched before the clock of the verification starts.
  const depths = new Set(input.ballots.map((ballot) => ballot.merkleTreeDepth));
  await Promise.all(
    [...depths]
      .filter((depth) => depth >= BigInt(MIN_TREE_DEPTH) && depth <= BigInt(MAX_TREE_DEPTH))
      .map((depth) => verificationKey(Number(depth))),
  );
  const batch = await verifier;
  const verify = chunkedVerifier((proofs) => batch.verify(proofs), {
    onProgress: ({ done, total, ballotsPerSecond }) => {
      progress({ stage: "verifying", done, total, ballotsPerSecond });
    },
  });
  return recount(input, verify);
}

let started = false;

scope.onmessage = (event) => {
  // One recount per worker.
  if (started) return;
  started = true;
  const request = event.data;
  void (async () => {
    try {
      const input = request.type === "chain" ? await fromChain(request) : fromBundle(request.text);
      const report = await recountInput(input);
      const outcome: RecountOutcome = { report, reportJson: reportToJson(report) };
      if (request.type === "chain") outcome.bundleText = serializeBundle(input);
      post({ type: "done", outcome });
    } catch (error) {
      post({ type: "error", failure: failureOf(error) });
    }
  })();
};
