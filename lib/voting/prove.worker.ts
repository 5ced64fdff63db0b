/**
 * The proving worker: makes a ballot's Groth16 proof off the page's thread, so the page stays
 * responsive and can show progress. It proves public ballots (Semaphore's circuit of the roll's
 * depth) and sealed ones (the sealed-ballot circuit of the poll's option count, which also encrypts
 * the choice under the poll key). Artifacts come from the app's own origin (see artifactUrls),
 * downloaded once per circuit with their progress reported, and kept in this worker's memory. After a
 * download the worker makes one throw-away proof, so that the engine (the curve, its threads, the
 * compiled code) is warm by the time the voter presses "Vote".
 */
import { Group } from "@semaphore-protocol/group";
import { ballotCircuitFor } from "../../circuits/manifest.ts";
import { createIdentity, importPrivateKey } from "../identity/identity.ts";
import { mulBase } from "../sealed/curve.ts";
import { randomScalar } from "../sealed/scalar.ts";
import { proveSealedStatement, type SealedStatement } from "../sealed/sealed-ballot-proof.ts";
import { proveStatement, type BallotStatement, type ProofStep } from "./prove-ballot.ts";
import { ProverError, proverFailureOf } from "./prover-error.ts";
import {
  ARTIFACT_SIZE_HEADER,
  artifactUrls,
  semaphoreCircuit,
  type CircuitName,
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

/** Downloads both artifacts of a circuit at once, posting their combined progress. */
async function downloadArtifacts(circuit: CircuitName): Promise<Artifacts> {
  const urls = artifactUrls(scope.location.origin, circuit);
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
    scope.postMessage({ type: "download", circuit, progress });
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

const artifactsByCircuit = new Map<CircuitName, Promise<Artifacts>>();
const downloadedCircuits = new Set<CircuitName>();
function artifacts(circuit: CircuitName): Promise<Artifacts> {
  let loading = artifactsByCircuit.get(circuit);
  if (loading === undefined) {
    loading = downloadArtifacts(circuit);
    artifactsByCircuit.set(circuit, loading);
    loading.then(
      () => downloadedCircuits.add(circuit),
      () => artifactsByCircuit.delete(circuit),
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
const warmedCircuits = new Set<CircuitName>();

/** A proof the worker can make: on which circuit, and how, from the circuit's artifacts. */
interface ProofJob<T> {
  circuit: CircuitName;
  prove: (loaded: Artifacts, onStep?: (step: ProofStep) => void) => Promise<T>;
}

function publicBallotJob(statement: BallotStatement, privateKey: string): ProofJob<ProverProof> {
  return {
    circuit: semaphoreCircuit(statement.depth),
    prove: async (loaded, onStep) => ({
      type: "proof",
      proof: await proveStatement(importPrivateKey(privateKey), statement, () => loaded, onStep),
    }),
  };
}

function sealedBallotJob(statement: SealedStatement, privateKey: string): ProofJob<ProverProof> {
  return {
    circuit: ballotCircuitFor(statement.poll.pollKeys.length).name,
    prove: async (loaded, onStep) => ({
      type: "sealed-proof",
      ballot: await proveSealedStatement(importPrivateKey(privateKey), statement, loaded, onStep),
    }),
  };
}

type ProverProof =
  | Omit<Extract<ProverEvent, { type: "proof" }>, "id" | "milliseconds">
  | Omit<Extract<ProverEvent, { type: "sealed-proof" }>, "id" | "milliseconds">;

/**
 * A proof of nothing by a stranger, to warm a circuit's engine; its result is dropped. A sealed
 * circuit's warm-up encrypts under random keys for as many options as the circuit has.
 */
function warmUpJob(circuit: CircuitName): ProofJob<unknown> {
  const stranger = createIdentity();
  const merkleProof = new Group([stranger.commitment]).generateMerkleProof(0);
  const sealed = /^sealed-ballot-(\d+)$/.exec(circuit);
  if (sealed === null) {
    const depth = Number(circuit.replace(/^semaphore-/, ""));
    return publicBallotJob({ merkleProof, message: 0n, scope: 0n, depth }, stranger.export());
  }
  const options = Number(sealed[1]);
  const pollKeys = Array.from({ length: options }, () => mulBase(randomScalar()));
  const choices = pollKeys.map((_, option) => (option === 0 ? 1 : 0));
  return sealedBallotJob(
    { merkleProof, poll: { scope: 0n, ballotType: "single", pollKeys }, choices },
    stranger.export(),
  );
}

async function warmUp(circuit: CircuitName): Promise<void> {
  if (warmedCircuits.has(circuit) || ballotsWaiting > 0) return;
  await warmUpJob(circuit).prove(await artifacts(circuit));
  warmedCircuits.add(circuit);
}

const failed = (error: unknown) => ({
  failure: proverFailureOf(error),
  message: error instanceof Error ? error.message : String(error),
});

function runBallot(id: number, job: ProofJob<ProverProof>): void {
  const started = performance.now();
  ballotsWaiting += 1;
  if (!downloadedCircuits.has(job.circuit)) scope.postMessage({ type: "stage", id, stage: "download" });
  void artifacts(job.circuit)
    .then((loaded) =>
      runInTurn(() =>
        job.prove(loaded, (stage) => {
          scope.postMessage({ type: "stage", id, stage });
        }),
      ),
    )
    .then(
      (result) => {
        warmedCircuits.add(job.circuit);
        scope.postMessage({ ...result, id, milliseconds: performance.now() - started });
      },
      (error: unknown) => {
        scope.postMessage({ type: "error", id, ...failed(error) });
      },
    )
    .finally(() => {
      ballotsWaiting -= 1;
    });
}

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.type) {
    case "prepare": {
      const { circuit } = request;
      void artifacts(circuit)
        .then(() => runInTurn(() => warmUp(circuit)))
        .then(
          () => {
            scope.postMessage({ type: "ready", circuit });
          },
          (error: unknown) => {
            scope.postMessage({ type: "prepare-failed", circuit, ...failed(error) });
          },
        );
      return;
    }
    case "prove":
      runBallot(request.id, publicBallotJob(request.statement, request.privateKey));
      return;
    case "prove-sealed":
      runBallot(request.id, sealedBallotJob(request.statement, request.privateKey));
      return;
  }
};
