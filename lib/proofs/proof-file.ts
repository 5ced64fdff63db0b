/**
 * A compact, self-describing JSON form for a list of Semaphore proofs, used to store ballots
 * (e.g. the recount benchmark's data set) without re-proving them. Proofs of one poll share their
 * depth, root and scope, so those are written once per run of equal values; every number is hex.
 */
import { z } from "zod";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";

export const PROOF_FILE_FORMAT = "ballotbox-proofs/1";

const hex = z.string().regex(/^0x[0-9a-f]+$/, "expected a lowercase 0x-prefixed hex number");

/** [nullifier, message, ...8 packed proof points] */
const proofRow = z.tuple([hex, hex, hex, hex, hex, hex, hex, hex, hex, hex]);

const proofFileSchema = z.object({
  format: z.literal(PROOF_FILE_FORMAT),
  groups: z.array(
    z.object({
      merkleTreeDepth: z.number().int(),
      merkleTreeRoot: hex,
      scope: hex,
      proofs: z.array(proofRow),
    }),
  ),
});

export type ProofFile = z.infer<typeof proofFileSchema>;
type ProofGroup = ProofFile["groups"][number];

const toHex = (value: bigint): string => `0x${value.toString(16)}`;

/** Encodes proofs (in order) as a proof file. */
export function encodeProofFile(proofs: readonly SolidityProof[]): ProofFile {
  const groups: ProofGroup[] = [];
  let current: ProofGroup | undefined;
  for (const proof of proofs) {
    const depth = Number(proof.merkleTreeDepth);
    const root = toHex(proof.merkleTreeRoot);
    const scope = toHex(proof.scope);
    if (current?.merkleTreeDepth !== depth || current.merkleTreeRoot !== root || current.scope !== scope) {
      current = { merkleTreeDepth: depth, merkleTreeRoot: root, scope, proofs: [] };
      groups.push(current);
    }
    const [p0, p1, p2, p3, p4, p5, p6, p7] = proof.points;
    current.proofs.push([
      toHex(proof.nullifier),
      toHex(proof.message),
      toHex(p0),
      toHex(p1),
      toHex(p2),
      toHex(p3),
      toHex(p4),
      toHex(p5),
      toHex(p6),
      toHex(p7),
    ]);
  }
  return { format: PROOF_FILE_FORMAT, groups };
}

/** Decodes a proof file (parsed JSON of unknown shape); throws if it is not one. */
export function decodeProofFile(json: unknown): SolidityProof[] {
  const file = proofFileSchema.parse(json);
  return file.groups.flatMap((group) =>
    group.proofs.map(([nullifier, message, p0, p1, p2, p3, p4, p5, p6, p7]): SolidityProof => {
      return {
        merkleTreeDepth: BigInt(group.merkleTreeDepth),
        merkleTreeRoot: BigInt(group.merkleTreeRoot),
        nullifier: BigInt(nullifier),
        message: BigInt(message),
        scope: BigInt(group.scope),
        points: [BigInt(p0), BigInt(p1), BigInt(p2), BigInt(p3), BigInt(p4), BigInt(p5), BigInt(p6), BigInt(p7)],
      };
    }),
  );
}
