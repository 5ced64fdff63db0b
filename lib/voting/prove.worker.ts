/**
 * The proving worker: makes a ballot's Groth16 proof off the page's thread, so the page stays
 * responsive and can show progress. Artifacts come from the app's own origin (see artifactUrls),
 * downloaded once per depth with their progress reported, and kept in this worker's memory. After a
 * download the worker makes one throw-away proof, so that the engine (the curve, its threads, the
 * compiled code) is warm by the time the voter presses "Vote".
 */
import { Group } from "@semaphore-protocol/group";
import { createIdentity, importPrivateKey } from "../identity/identity.ts";
import { proveStatement, type BallotStatement } from "./prove-ballot.ts";
import { ProverError, proverFailureOf } from "./prover-error.ts";
import {
  ARTIFACT_SIZE_HEADER,
  artifactUrls,
  type DownloadProgress,
  type ProverEvent,
  type ProverRequest,
} from "./prover-protocol.ts";

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ProverRequest>) => void) | null;
  postMessage: (event: ProverEvent) => void;
  location: { origin: string };
};

interface Artifacts {
  wasm: Uint8Array;
  zkey: Uint8Array;
}

/** How often download progress is posted: often enough to move a bar, rarely enough to cost nothing. */
const PROGRESS_INTERVAL_MS = 200;

/** Reads a response body chunk by chunk, counting its bytes. */
async function download(url: string, onBytes: (bytes: number, total: number | undefined) => void): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new ProverError({ kind: "download", status: response.status });
  // A compressed response's Content-Length (if any) counts compressed bytes, not the bytes the reader sees.
  const length = Number(
    response.headers.get(ARTIFACT_SIZE_HEADER) ??
      (response.headers.has("content-encoding") ? null : response.headers.get("content-length")),
  );
  const total = length > 0 ? length : undefined;
  onBytes(0, total);
  if (response.body === null) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    onBytes(value.byteLength, total);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Downloads both artifacts of a depth at once, posting their combined progress. */
async function downloadArtifacts(depth: number): Promise<Artifacts> {
  const urls = artifactUrls(scope.location.origin, depth);
  const files = {
    wasm: { loaded: 0, total: undefined as number | undefined },
    zkey: { loaded: 0, total: undefined as number | undefined },
  };
  let lastPosted = 0;
  const post = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastPosted < PROGRESS_INTERVAL_MS) return;
    lastPosted = now;
    const known = files.wasm.total !== undefined && files.zkey.total !== undefined;
    const progress: DownloadProgress = {
      loaded: files.wasm.loaded + files.zkey.loaded,
      total: known ? (files.wasm.total ?? 0) + (files.zkey.total ?? 0) : undefined,
    };
    scope.postMessage({ type: "download", depth, progress });
  };
  const count = (file: keyof typeof files) => (bytes: number, total: number | undefined) => {
    files[file].loaded += bytes;
    files[file].total = total;
    post(false);
  };
  const [wasm, zkey] = await Promise.all([download(urls.wasm, count("wasm")), download(urls.zkey, count("zkey"))]);
  post(true);
  return { wasm, zkey };
}

const artifactsByDepth = new Map<number, Promise<Artifacts>>();
const downloadedDepths = new Set<number>();
function artifacts(depth: number): Promise<Artifacts> {
  let loading = artifactsByDepth.get(depth);
  if (loading === undefined) {
    loading = downloadArtifacts(depth);
    artifactsByDepth.set(depth, loading);
    loading.then(
      () => downloadedDepths.add(depth),
      () => artifactsByDepth.delete(depth),
    );
  }
  return loading;
}

/** Proofs run one at a time: a warm-up and a ballot never compete for the engine. */
let queue: Promise<unknown> = Promise.resolve();
function runInTurn<T>(task: () => Promise<T>): Promise<T> {
  const turn = queue.then(task);
  queue = turn.catch(() => undefined);
  return turn;
}

let ballotsWaiting = 0;
const warmedDepths = new Set<number>();

async function prove(statement: BallotStatement, privateKey: string, onStep?: (step: "witness" | "proof") => void) {
  const loaded = await artifacts(statement.depth);
  return proveStatement(importPrivateKey(privateKey), statement, () => loaded, onStep);
}

/** A proof of nothing, with a fresh identity of its own, to warm the engine; its result is dropped. */
async function warmUp(depth: number): Promise<void> {
  if (warmedDepths.has(depth) || ballotsWaiting > 0) return;
  const stranger = createIdentity();
  const statement: BallotStatement = {
    merkleProof: new Group([stranger.commitment]).generateMerkleProof(0),
    message: 0n,
    scope: 0n,
    depth,
  };
  await prove(statement, stranger.export());
  warmedDepths.add(depth);
}

const failed = (error: unknown) => ({
  failure: proverFailureOf(error),
  message: error instanceof Error ? error.message : String(error),
});

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === "prepare") {
    const { depth } = request;
    void artifacts(depth)
      .then(() => runInTurn(() => warmUp(depth)))
      .then(
        () => {
          scope.postMessage({ type: "ready", depth });
        },
        (error: unknown) => {
          scope.postMessage({ type: "prepare-failed", depth, ...failed(error) });
        },
      );
    return;
  }
  const { id, privateKey, statement } = request;
  const started = performance.now();
  ballotsWaiting += 1;
  if (!downloadedDepths.has(statement.depth)) scope.postMessage({ type: "stage", id, stage: "download" });
  void artifacts(statement.depth)
    .then(() =>
      runInTurn(() =>
        prove(statement, privateKey, (stage) => {
          scope.postMessage({ type: "stage", id, stage });
        }),
      ),
    )
    .then(
      (proof) => {
        warmedDepths.add(statement.depth);
        scope.postMessage({ type: "proof", id, proof, milliseconds: performance.now() - started });
      },
      (error: unknown) => {
        scope.postMessage({ type: "error", id, ...failed(error) });
      },
    )
    .finally(() => {
      ballotsWaiting -= 1;
    });
};
