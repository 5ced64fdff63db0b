/**
 * The proving and verification artifacts, served by the app itself: Semaphore's (a circuit's wasm, its
 * zkey, its verification key, from @zk-kit/semaphore-artifacts) and Ballotbox's own sealed circuits
 * (circuits/keys/, circuits/manifest.ts). The browser never asks an outside host, and only the
 * circuit a proof needs is fetched, when it is needed.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import path from "node:path";
import { CIRCUITS } from "@/circuits/manifest.ts";
import { MAX_TREE_DEPTH, MIN_TREE_DEPTH } from "@/lib/proofs/proof-checks.ts";
import { ARTIFACT_SIZE_HEADER } from "@/lib/voting/prover-protocol.ts";

const SEMAPHORE_ARTIFACT = /^semaphore-(\d{1,2})\.(wasm|zkey|json)$/;
const OWN_ARTIFACT = /^([a-z0-9-]+)\.(wasm|zkey|vkey\.json)$/;
const CONTENT_TYPES = {
  wasm: "application/wasm",
  zkey: "application/octet-stream",
  json: "application/json",
  "vkey.json": "application/json",
};
type Kind = keyof typeof CONTENT_TYPES;
const SEMAPHORE_DIR = path.join(process.cwd(), "node_modules", "@zk-kit", "semaphore-artifacts");
const KEYS_DIR = path.join(process.cwd(), "circuits", "keys");

interface Artifact {
  filePath: string;
  kind: Kind;
  /**
   * Semaphore's files are pinned with the package version: a browser keeps them for a day. Ours
   * change when the circuits are re-keyed (npm run ceremony), so a browser keeps them but asks again
   * each visit, and is answered 304 while they are unchanged.
   */
  cacheControl: string;
}

function artifactOf(file: string): Artifact | undefined {
  const semaphore = SEMAPHORE_ARTIFACT.exec(file);
  if (semaphore !== null) {
    const depth = Number(semaphore[1]);
    if (depth < MIN_TREE_DEPTH || depth > MAX_TREE_DEPTH) return undefined;
    return {
      filePath: path.join(SEMAPHORE_DIR, file),
      kind: semaphore[2] as Kind,
      cacheControl: "public, max-age=86400, immutable",
    };
  }
  const own = OWN_ARTIFACT.exec(file);
  if (own === null || !CIRCUITS.some(({ name }) => name === own[1])) return undefined;
  return { filePath: path.join(KEYS_DIR, file), kind: own[2] as Kind, cacheControl: "public, no-cache" };
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const artifact = artifactOf(file);
  if (artifact === undefined) {
    return new Response(
      `No artifact "${file}": expected semaphore-<1..32>.(wasm|zkey|json) or <circuit>.(wasm|zkey|vkey.json) for a circuit of circuits/manifest.ts.`,
      { status: 404 },
    );
  }
  try {
    const { size, mtimeMs } = await stat(artifact.filePath);
    const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
    const headers = {
      "content-type": CONTENT_TYPES[artifact.kind],
      // Kept when the response is compressed (and Content-Length dropped): the booth shows progress.
      [ARTIFACT_SIZE_HEADER]: String(size),
      "cache-control": artifact.cacheControl,
      etag,
    };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    const body = Readable.toWeb(createReadStream(artifact.filePath)) as ReadableStream<Uint8Array>;
    return new Response(body, { headers: { ...headers, "content-length": String(size) } });
  } catch {
    return new Response(`The artifact "${file}" is not on this server (npm install; circuits/keys/ in the checkout).`, {
      status: 500,
    });
  }
}
