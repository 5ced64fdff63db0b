/** The committed sealed circuits' witness generators and proving keys (circuits/keys/), by circuit. */
import path from "node:path";
import type { CircuitSpec } from "../../circuits/manifest.ts";
import type { CircuitArtifacts } from "./sealed-ballot-proof.ts";

const KEYS_DIR = path.resolve(import.meta.dirname, "../../circuits/keys");

export function sealedArtifacts(spec: CircuitSpec): CircuitArtifacts {
  return { wasm: path.join(KEYS_DIR, `${spec.name}.wasm`), zkey: path.join(KEYS_DIR, `${spec.name}.zkey`) };
}
