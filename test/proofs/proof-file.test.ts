import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeProofFile, encodeProofFile } from "../../lib/proofs/proof-file.ts";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";

const proof = (depth: bigint, root: bigint, nullifier: bigint): SolidityProof => ({
  merkleTreeDepth: depth,
  merkleTreeRoot: root,
  nullifier,
  message: 3n,
  scope: 99n,
  points: [1n, 2n, 3n, 4n, 5n, 6n, 7n, (1n << 254n) + 1n],
});

describe("proof file", () => {
  it("round-trips proofs in order, writing shared fields once per run of equal values", () => {
    const proofs = [proof(10n, 5n, 1n), proof(10n, 5n, 2n), proof(12n, 6n, 3n), proof(10n, 5n, 4n)];
    const file = encodeProofFile(proofs);
    assert.deepEqual(
      file.groups.map((group) => group.proofs.length),
      [2, 1, 1],
    );
    assert.deepEqual(decodeProofFile(JSON.parse(JSON.stringify(file))), proofs);
  });

  it("rejects what is not a proof file", () => {
    assert.throws(() => decodeProofFile({ format: "something else", groups: [] }));
    const file = encodeProofFile([proof(10n, 5n, 1n)]);
    const group = file.groups[0];
    assert.ok(group);
    assert.throws(() => decodeProofFile({ ...file, groups: [{ ...group, proofs: [["0x1", "0x2"]] }] }));
    assert.throws(() => decodeProofFile({ ...file, groups: [{ ...group, scope: "12" }] }));
  });
});
