import type { Group } from "@semaphore-protocol/group";
import type { Identity } from "@semaphore-protocol/identity";
import { generateProof } from "@semaphore-protocol/proof";
import { semaphoreArtifacts } from "../../lib/semaphore/artifacts.node.ts";
import { toSolidityProof, type SolidityProof } from "../../lib/semaphore/solidity-proof.ts";

/** The tree depth test proofs are made at: Semaphore accepts any depth >= the group's. */
export const TEST_TREE_DEPTH = 10;

/** A real Groth16 Semaphore proof from the 4.13.0 artifacts, in the contract's shape. */
export async function proveBallot(
  identity: Identity,
  group: Group,
  ballot: bigint,
  scope: bigint,
): Promise<SolidityProof> {
  const proof = await generateProof(
    identity,
    group,
    ballot,
    scope,
    TEST_TREE_DEPTH,
    semaphoreArtifacts(TEST_TREE_DEPTH),
  );
  return toSolidityProof(proof);
}
