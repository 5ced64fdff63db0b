/**
 * A voter's nullifier in a poll, computed locally: the value their ballot proof will reveal, so the app
 * can tell "you have already voted" (and find the receipt on chain) without making a proof. Semaphore
 * v4's circuit computes Poseidon(scope, secret) over the scope as hashed into the field (the same hash
 * its contracts apply to public signals); a test checks this against a real proof.
 */
import type { Identity } from "@semaphore-protocol/identity";
import { poseidon2 } from "poseidon-lite/poseidon2";
import { semaphoreHash } from "../snark/field.ts";

export function ballotNullifier(identity: Identity, scope: bigint): bigint {
  return poseidon2([semaphoreHash(scope), identity.secretScalar]);
}
