/**
 * Batch verification of real Semaphore proofs (the first ballots of the stored benchmark set, plus one
 * proof made here at another tree depth) against snarkjs one at a time, and through the worker pool.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import { generateProof, verifyProof } from "@semaphore-protocol/proof";
import { batchCoefficients } from "../../lib/proofs/batch-coefficients.ts";
import { createBatchVerifier, semaphoreStatement, type BatchVerifier } from "../../lib/proofs/batch-verify.ts";
import { BN254_BASE_FIELD } from "../../lib/proofs/proof-checks.ts";
import { decodeProofFile } from "../../lib/proofs/proof-file.ts";
import { loadSemaphoreVerificationKey } from "../../lib/proofs/verification-keys.node.ts";
import { verifyProofs } from "../../lib/proofs/verify-pool.node.ts";
import { verifySingle } from "../../lib/proofs/verify-single.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { semaphoreArtifacts } from "../../lib/semaphore/artifacts.node.ts";
import { toSolidityProof, type SolidityProof } from "../../lib/semaphore/solidity-proof.ts";
import { SNARK_SCALAR_FIELD } from "../../lib/snark/field.ts";

const BENCH_BALLOTS = new URL("../../bench/data/ballots.json", import.meta.url);
const OTHER_DEPTH = 12;
/** A point of the G2 twist outside the order-r subgroup: x = 1, y = y0 + y1·u. */
const TWIST_POINT_OUTSIDE_G2 = {
  x0: 1n,
  x1: 0n,
  y0: 18278151005453108793778860132295291098363647455926340152056652516292830556603n,
  y1: 5912654199736721486680175016176231956195085055698687135131307249486702594212n,
};

let ballots: SolidityProof[];
let otherDepthProof: SolidityProof;
let verifier: BatchVerifier;

before(async () => {
  ballots = decodeProofFile(JSON.parse(await readFile(BENCH_BALLOTS, "utf8"))).slice(0, 6);
  assert.equal(ballots.length, 6, "bench/data/ballots.json holds fewer than 6 ballots");
  const voters = [new Identity("batch test voter 0"), new Identity("batch test voter 1")];
  const group = new Group(voters.map((voter) => voter.commitment));
  const voter = voters[0] ?? new Identity();
  const proof = await generateProof(voter, group, 1n, 42n, OTHER_DEPTH, semaphoreArtifacts(OTHER_DEPTH));
  otherDepthProof = toSolidityProof(proof);
  verifier = await createBatchVerifier(loadSemaphoreVerificationKey);
});

after(releaseSnarkjs);

function ballot(index: number): SolidityProof {
  const proof = ballots[index];
  if (proof === undefined) throw new Error(`No stored ballot ${index}`);
  return proof;
}

function withPoints(proof: SolidityProof, changes: Partial<Record<number, bigint>>): SolidityProof {
  const points = proof.points.map((value, i) => changes[i] ?? value);
  const [p0 = 0n, p1 = 0n, p2 = 0n, p3 = 0n, p4 = 0n, p5 = 0n, p6 = 0n, p7 = 0n] = points;
  return { ...proof, points: [p0, p1, p2, p3, p4, p5, p6, p7] };
}

/** Valid and invalid proofs mixed, with whether each is valid. */
function mixedBatch(): { proofs: SolidityProof[]; expected: boolean[] } {
  const [ax, ay] = ballot(1).points;
  const cases: [SolidityProof, boolean][] = [
    [ballot(0), true],
    // -A: still a point of the curve, so only the pairing check can catch it.
    [withPoints(ballot(1), { 0: ax, 1: BN254_BASE_FIELD - ay }), false],
    [{ ...ballot(2), message: ballot(2).message + 1n }, false],
    [{ ...ballot(3), nullifier: ballot(4).nullifier }, false],
    [otherDepthProof, true],
    [{ ...ballot(4), merkleTreeDepth: BigInt(OTHER_DEPTH) }, false],
    [ballot(5), true],
  ];
  return { proofs: cases.map(([proof]) => proof), expected: cases.map(([, valid]) => valid) };
}

/** Proofs that are not even candidates: bad encodings and points off the curve or its subgroup. */
function malformed(): SolidityProof[] {
  const proof = ballot(0);
  const [ax, ay, bx1, , , , cx, cy] = proof.points;
  const { x0, x1, y0, y1 } = TWIST_POINT_OUTSIDE_G2;
  return [
    withPoints(proof, { 1: ay + 1n }), // A off the curve
    withPoints(proof, { 2: bx1 + 1n }), // B off the twist
    withPoints(proof, { 7: cy + 1n }), // C off the curve
    withPoints(proof, { 2: x1, 3: x0, 4: y1, 5: y0 }), // B on the twist, outside G2
    withPoints(proof, { 0: 0n, 1: 0n }), // A at infinity
    withPoints(proof, { 6: cx + BN254_BASE_FIELD }), // a coordinate above the field (C ≡ C mod q)
    withPoints(proof, { 0: ax - BN254_BASE_FIELD }), // a negative coordinate
    { ...proof, merkleTreeDepth: 0n },
    { ...proof, merkleTreeDepth: 33n },
    { ...proof, merkleTreeDepth: 1n << 64n },
    { ...proof, merkleTreeRoot: proof.merkleTreeRoot + SNARK_SCALAR_FIELD },
    { ...proof, message: 1n << 256n },
    { ...proof, scope: -1n },
  ];
}

async function verifyEachSingly(proofs: readonly SolidityProof[]): Promise<boolean[]> {
  const results: boolean[] = [];
  for (const proof of proofs) results.push(await verifySingle(proof, loadSemaphoreVerificationKey));
  return results;
}

describe("verifySingle", () => {
  it("accepts a stored ballot, as Semaphore's own verifyProof does", async () => {
    const { merkleTreeDepth, merkleTreeRoot, nullifier, message, scope, points } = ballot(0);
    const semaphoreShape = {
      merkleTreeDepth: Number(merkleTreeDepth),
      merkleTreeRoot: merkleTreeRoot.toString(),
      nullifier: nullifier.toString(),
      message: message.toString(),
      scope: scope.toString(),
      points: points.map(String) as [string, string, string, string, string, string, string, string],
    };
    assert.equal(await verifyProof(semaphoreShape), true);
    assert.equal(await verifySingle(ballot(0), loadSemaphoreVerificationKey), true);
  });
});

describe("batch verifier", () => {
  it("accepts a batch of valid ballots", async () => {
    assert.deepEqual(await verifier.verify(ballots), [true, true, true, true, true, true]);
  });

  it("names exactly the bad proofs of a mixed batch, in order", async () => {
    const { proofs, expected } = mixedBatch();
    assert.deepEqual(await verifier.verify(proofs), expected);
    assert.deepEqual(await verifier.verify(proofs.toReversed()), expected.toReversed());
  });

  it("agrees with snarkjs one proof at a time", async () => {
    const proofs = [...mixedBatch().proofs, ...malformed()];
    assert.deepEqual(await verifier.verify(proofs), await verifyEachSingly(proofs));
  });

  it("gives false, not an exception, for malformed proofs", async () => {
    const proofs = malformed();
    const none = proofs.map(() => false);
    assert.deepEqual(await verifier.verify(proofs), none);
    assert.deepEqual(await verifier.verify([...proofs, ballot(0)]), [...none, true]);
    assert.deepEqual(await verifyEachSingly(proofs), none);
  });

  it("verifies an empty list", async () => {
    assert.deepEqual(await verifier.verify([]), []);
  });
});

describe("batch coefficients", () => {
  it("are 128-bit, non-zero, deterministic and change with any proof", async () => {
    const statements = ballots.map(semaphoreStatement);
    const coefficients = await batchCoefficients(statements);
    assert.deepEqual(await batchCoefficients(statements), coefficients);
    assert.ok(coefficients.every((r) => r > 0n && r < 1n << 128n));
    assert.equal(new Set(coefficients).size, coefficients.length);
    const changed = await batchCoefficients(
      [...ballots.slice(0, 5), { ...ballot(5), message: ballot(5).message + 1n }].map(semaphoreStatement),
    );
    assert.ok(changed.every((r, i) => r !== coefficients[i]));
  });

  it("stay distinct beyond one HKDF expansion (510 coefficients)", async () => {
    const many = await batchCoefficients(Array.from({ length: 1100 }, (_, i) => semaphoreStatement(ballot(i % 6))));
    assert.equal(many.length, 1100);
    assert.equal(new Set(many).size, 1100);
  });
});

describe("worker pool", () => {
  it("gives the same results as the direct batch call", async () => {
    const proofs = [...mixedBatch().proofs, ...malformed(), ...ballots];
    let lastProgress = [0, 0];
    const results = await verifyProofs(proofs, {
      threads: 2,
      chunkSize: 4,
      onProgress: (done, total) => (lastProgress = [done, total]),
    });
    assert.deepEqual(results, await verifier.verify(proofs));
    assert.deepEqual(lastProgress, [proofs.length, proofs.length]);
  });
});
