/**
 * The proving worker: makes a ballot's Groth16 proof off the page's thread, so the page stays
 * responsive and can show progress. Artifacts come from the app's own origin (see artifactUrls).
 */
import { importPrivateKey } from "../identity/identity.ts";
import { proveStatement } from "./prove-ballot.ts";
import { artifactUrls, type ProverEvent, type ProverRequest } from "./prover-protocol.ts";

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ProverRequest>) => void) | null;
  postMessage: (event: ProverEvent) => void;
  location: { origin: string };
};
const artifacts = (depth: number) => artifactUrls(scope.location.origin, depth);

/** Downloads (into the HTTP cache) each depth's artifacts once. */
const fetched = new Map<number, Promise<void>>();
function fetchArtifacts(depth: number): Promise<void> {
  let done = fetched.get(depth);
  if (done === undefined) {
    const { wasm, zkey } = artifacts(depth);
    done = Promise.all(
      [wasm, zkey].map(async (url) => {
        const response = await fetch(url);
        if (!response.ok)
          throw new Error(`The proving files for depth ${depth} could not be loaded (HTTP ${response.status}).`);
        await response.arrayBuffer();
      }),
    ).then(() => undefined);
    fetched.set(depth, done);
    done.catch(() => fetched.delete(depth));
  }
  return done;
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === "prepare") {
    fetchArtifacts(request.depth).catch(() => undefined);
    return;
  }
  const { id, privateKey, statement } = request;
  void (async () => {
    const started = performance.now();
    try {
      scope.postMessage({ type: "stage", id, stage: "loading" });
      await fetchArtifacts(statement.depth);
      scope.postMessage({ type: "stage", id, stage: "proving" });
      const proof = await proveStatement(importPrivateKey(privateKey), statement, artifacts);
      scope.postMessage({ type: "proof", id, proof, milliseconds: performance.now() - started });
    } catch (error) {
      scope.postMessage({ type: "error", id, message: error instanceof Error ? error.message : String(error) });
    }
  })();
};
