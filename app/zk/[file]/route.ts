/**
 * Semaphore's proving and verification artifacts (the circuit's wasm, its zkey, its verification key),
 * served by the app itself from @zk-kit/semaphore-artifacts: the browser never asks an outside host.
 * Only the depth a proof needs is fetched, when it is needed.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import path from "node:path";
import { MAX_TREE_DEPTH, MIN_TREE_DEPTH } from "@/lib/proofs/proof-checks.ts";
import { ARTIFACT_SIZE_HEADER } from "@/lib/voting/prover-protocol.ts";

const ARTIFACT = /^semaphore-(\d{1,2})\.(wasm|zkey|json)$/;
const CONTENT_TYPES = { wasm: "application/wasm", zkey: "application/octet-stream", json: "application/json" };
const ARTIFACTS_DIR = path.join(process.cwd(), "node_modules", "@zk-kit", "semaphore-artifacts");

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const match = ARTIFACT.exec(file);
  const depth = Number(match?.[1]);
  const kind = match?.[2] as keyof typeof CONTENT_TYPES | undefined;
  if (kind === undefined || depth < MIN_TREE_DEPTH || depth > MAX_TREE_DEPTH) {
    return new Response(`No artifact "${file}": expected semaphore-<1..32>.(wasm|zkey|json).`, { status: 404 });
  }
  const filePath = path.join(ARTIFACTS_DIR, `semaphore-${depth}.${kind}`);
  try {
    const { size } = await stat(filePath);
    const body = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: {
        "content-type": CONTENT_TYPES[kind],
        "content-length": String(size),
        // Kept when the response is compressed (and Content-Length dropped): the booth shows progress.
        [ARTIFACT_SIZE_HEADER]: String(size),
        // The artifacts are pinned with the package version: a browser keeps them for a day.
        "cache-control": "public, max-age=86400, immutable",
      },
    });
  } catch {
    return new Response("The Semaphore artifacts are not installed on this server (npm install).", { status: 500 });
  }
}
