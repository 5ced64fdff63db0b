/**
 * A voter's nullifier in a poll, computed locally: the value their ballot proof will reveal, so the app
 * can tell "you have already voted" (and find the receipt on chain) without making a proof. Semaphore
 * v4's circuit computes it as Poseidon(scope, secret); a test checks this against a real proof.
 */
import type { Identity } from "@semaphore-protocol/identity";
import { poseidon2 } from "poseidon-lite/poseidon2";

export function ballotNullifier(identity: Identity, scope: bigint): bigint {
  return poseidon2([scope, identity.secretScalar]);
}
