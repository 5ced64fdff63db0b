/**
 * The on-chain batch verifier (Groth16Batch, through SemaphoreBatchHarness) against the one-by-one
 * verifier (Semaphore's own, as castVote uses it) and the off-chain one (lib/proofs/batch-verify.ts):
 * on random batches of the stored real proofs, some spoiled, all three agree on which proofs are
 * valid. Also: the batch verifier loads exactly Semaphore's keys, and its coefficients are the ones
 * docs/batch-verification.md describes (a TypeScript mirror of the transcript checks that).
 * Runs: BATCH_FUZZ_RUNS (default 100).
 */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { before, describe, it } from "node:test";
import fc from "fast-check";
import { network } from "hardhat";
import { encodeAbiParameters, encodePacked, keccak256, stringToHex, type Address } from "viem";
import { createBatchVerifier, type BatchVerifier } from "../../lib/proofs/batch-verify.ts";
import { BN254_BASE_FIELD } from "../../lib/proofs/proof-checks.ts";
import { loadSemaphoreVerificationKey } from "../../lib/proofs/verification-keys.node.ts";
import { parseSemaphoreVerificationKey } from "../../lib/proofs/verification-key.ts";
import type { SolidityProof } from "../../lib/semaphore/solidity-proof.ts";
import { SNARK_SCALAR_FIELD, semaphoreHash } from "../../lib/snark/field.ts";
import BallotboxModule from "../../ignition/modules/Ballotbox.ts";
import { loadBatchBallots } from "../helpers/batch-election.ts";
import { bOutsideG2, negateA, negateB, negateC, withPoints } from "../helpers/proof-tampering.ts";

const FUZZ_RUNS = Number(process.env.BATCH_FUZZ_RUNS ?? 100);
const require = createRequire(import.meta.url);

const connection = await network.create();
const { viem, networkHelpers } = connection;

async function harnessFixture() {
  const { semaphoreVerifier } = await connection.ignition.deploy(BallotboxModule);
  const harness = await viem.deployContract("SemaphoreBatchHarness", [semaphoreVerifier.address]);
  return { harness, semaphoreVerifier };
}

/** Valid proofs of three polls' worth of shapes: depth 10, 16 and 20, single choice and approval. */
let pool: SolidityProof[];
let offChain: BatchVerifier;

before(async () => {
  const ballots = await loadBatchBallots();
  pool = [...ballots.single.slice(0, 24), ...ballots.otherDepths, ...ballots.approval.slice(0, 6)];
  offChain = await createBatchVerifier(loadSemaphoreVerificationKey);
});

const q = BN254_BASE_FIELD;
/** Ways to spoil a proof (and "none"); each must be refused by some check, and by all three verifiers. */
const SPOILERS: Record<string, (proof: SolidityProof, other: SolidityProof) => SolidityProof> = {
  none: (proof) => proof,
  "A negated": negateA,
  "B negated": negateB,
  "C negated": negateC,
  "B outside G2": bOutsideG2,
  "A off the curve": (proof) => withPoints(proof, { 1: (proof.points[1] + 1n) % q }),
  "B off the twist": (proof) => withPoints(proof, { 2: (proof.points[2] + 1n) % q }),
  "C off the curve": (proof) => withPoints(proof, { 7: (proof.points[7] + 1n) % q }),
  "A at infinity": (proof) => withPoints(proof, { 0: 0n, 1: 0n }),
  "C.x + q": (proof) => withPoints(proof, { 6: proof.points[6] + q }),
  "B.y + q": (proof) => withPoints(proof, { 5: proof.points[5] + q }),
  "nullifier + r": (proof) => ({ ...proof, nullifier: proof.nullifier + SNARK_SCALAR_FIELD }),
  "root + r": (proof) => ({ ...proof, merkleTreeRoot: proof.merkleTreeRoot + SNARK_SCALAR_FIELD }),
  "another proof's nullifier": (proof, other) => ({ ...proof, nullifier: other.nullifier }),
  "message + 1": (proof) => ({ ...proof, message: proof.message + 1n }),
  "scope + 1": (proof) => ({ ...proof, scope: proof.scope + 1n }),
  "root + 1": (proof) => ({ ...proof, merkleTreeRoot: proof.merkleTreeRoot + 1n }),
  "another depth's key": (proof) => ({ ...proof, merkleTreeDepth: proof.merkleTreeDepth === 10n ? 11n : 10n }),
  "depth 0": (proof) => ({ ...proof, merkleTreeDepth: 0n }),
  "depth 33": (proof) => ({ ...proof, merkleTreeDepth: 33n }),
};
const spoilerNames = Object.keys(SPOILERS);

const entryArbitrary = () =>
  fc.record({
    proof: fc.nat({ max: pool.length - 1 }),
    other: fc.nat({ max: pool.length - 1 }),
    // Mostly valid proofs, as a relayer's batches are, with some bad ones among them.
    spoiler: fc.oneof(
      { weight: 3, arbitrary: fc.constant("none") },
      { weight: 1, arbitrary: fc.constantFrom(...spoilerNames) },
    ),
  });

describe("Batch verifier", () => {
  it("Should agree with the one-by-one and the off-chain verifier on which proofs are valid", async () => {
    const { harness } = await networkHelpers.loadFixture(harnessFixture);
    await fc.assert(
      fc.asyncProperty(fc.array(entryArbitrary(), { minLength: 1, maxLength: 12 }), async (entries) => {
        const batch = entries.map(({ proof, other, spoiler }) => {
          const spoil = SPOILERS[spoiler] ?? assert.fail(spoiler);
          return spoil(pool[proof] ?? assert.fail(), pool[other] ?? assert.fail());
        });
        const onChain = await harness.read.verifyBatch([batch]);
        assert.deepEqual(onChain, await harness.read.verifyEach([batch]), "on-chain batch vs one by one");
        assert.deepEqual(onChain, await offChain.verify(batch), "on-chain batch vs off-chain batch");
        entries.forEach(({ spoiler }, i) => {
          if (spoiler === "none") assert.equal(onChain[i], true, `valid proof ${i} refused`);
        });
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("Should load exactly Semaphore's verification keys, for every depth", async () => {
    const { harness } = await networkHelpers.loadFixture(harnessFixture);
    const depths = Array.from({ length: 32 }, (_, i) => BigInt(i + 1));
    const keys = await harness.read.semaphoreKeys([depths]);
    // The precompiles' order: G1 (x, y); G2 (x.c1, x.c0, y.c1, y.c0).
    const g1 = ([x, y]: readonly string[]) => [BigInt(x ?? ""), BigInt(y ?? "")];
    const g2 = ([x = [], y = []]: readonly (readonly string[])[]) =>
      [x[1], x[0], y[1], y[0]].map((c) => BigInt(c ?? ""));
    for (const [k, depth] of depths.entries()) {
      const json = parseSemaphoreVerificationKey(require(`@zk-kit/semaphore-artifacts/semaphore-${depth}.json`));
      assert.deepEqual([...keys.alpha], g1(json.vk_alpha_1), `alpha, depth ${depth}`);
      assert.deepEqual([...keys.beta], g2(json.vk_beta_2), `beta, depth ${depth}`);
      assert.deepEqual([...keys.gamma], g2(json.vk_gamma_2), `gamma, depth ${depth}`);
      assert.deepEqual(
        [...(keys.deltaAndIc[k] ?? [])],
        [...g2(json.vk_delta_2), ...json.IC.flatMap(g1)],
        `δ/IC, depth ${depth}`,
      );
    }
  });
});

describe("Batch coefficients", () => {
  it("Should be r0 = 1 and 128-bit hashes of the whole batch, as the docs derive them", async () => {
    const { harness } = await networkHelpers.loadFixture(harnessFixture);
    const batch = [...pool.slice(0, 5), ...pool.slice(24, 27)];
    const coefficients = await harness.read.batchCoefficients([batch]);
    assert.equal(coefficients[0], 1n);
    assert.ok(coefficients.slice(1).every((r) => r > 0n && r < 1n << 128n));
    assert.equal(new Set(coefficients).size, coefficients.length);
    const chainId = await (await viem.getPublicClient()).getChainId();
    const keys = await harness.read.semaphoreKeys([[10n, 16n]]);
    assert.deepEqual(coefficients, mirrorCoefficients(batch, keys, BigInt(chainId), harness.address));
  });

  it("Should change with any word of any proof, and with their order, but not with the block", async () => {
    const { harness } = await networkHelpers.loadFixture(harnessFixture);
    const batch = pool.slice(0, 6);
    const coefficients = await harness.read.batchCoefficients([batch]);
    await networkHelpers.mine(3);
    assert.deepEqual(await harness.read.batchCoefficients([batch]), coefficients, "block data leaked in");
    const last = batch[5] ?? assert.fail();
    for (const changed of [
      [...batch.slice(0, 5), { ...last, message: last.message + 1n }],
      [...batch.slice(0, 5), withPoints(last, { 4: last.points[4] + 1n })],
      [...batch.slice(0, 5), { ...last, merkleTreeDepth: 11n }],
      batch.toReversed(),
    ]) {
      const other = await harness.read.batchCoefficients([changed]);
      assert.ok(other.slice(1).every((r, i) => r !== coefficients[i + 1]));
    }
  });

  it("Should differ between two contracts verifying the same batch", async () => {
    const { semaphoreVerifier } = await networkHelpers.loadFixture(harnessFixture);
    const [one, two] = [
      await viem.deployContract("SemaphoreBatchHarness", [semaphoreVerifier.address]),
      await viem.deployContract("SemaphoreBatchHarness", [semaphoreVerifier.address]),
    ];
    const batch = pool.slice(0, 4);
    const [a, b] = [await one.read.batchCoefficients([batch]), await two.read.batchCoefficients([batch])];
    assert.ok(a.slice(1).every((r, i) => r !== b[i + 1]));
  });
});

interface Keys {
  alpha: readonly bigint[];
  beta: readonly bigint[];
  gamma: readonly bigint[];
  deltaAndIc: readonly (readonly bigint[])[];
}

/**
 * The coefficients as docs/batch-verification.md derives them, for a batch of proofs of supported
 * depths whose keys are `keys` (in order of each depth's first appearance).
 */
function mirrorCoefficients(batch: readonly SolidityProof[], keys: Keys, chainId: bigint, verifier: Address): bigint[] {
  const depths = [...new Set(batch.map((proof) => proof.merkleTreeDepth))];
  const words = batch.flatMap((proof) => [
    BigInt(depths.indexOf(proof.merkleTreeDepth)),
    ...proof.points,
    proof.merkleTreeRoot,
    proof.nullifier,
    semaphoreHash(proof.message),
    semaphoreHash(proof.scope),
  ]);
  const packed = (values: readonly bigint[]) =>
    encodePacked(
      values.map(() => "uint256"),
      [...values],
    );
  const keyHashes = keys.deltaAndIc.map((key) => keccak256(packed(key)));
  const keysHash = keccak256(
    encodePacked(["uint256[]", "bytes32[]"], [[...keys.alpha, ...keys.beta, ...keys.gamma], keyHashes]),
  );
  const seed = keccak256(
    encodeAbiParameters(
      [
        { type: "bytes32" },
        { type: "uint256" },
        { type: "address" },
        { type: "bytes32" },
        { type: "uint256" },
        { type: "uint256" },
        { type: "bytes32" },
      ],
      [
        stringToHex("ballotbox.groth16-batch.v1", { size: 32 }),
        chainId,
        verifier,
        keysHash,
        4n,
        BigInt(batch.length),
        keccak256(packed(words)),
      ],
    ),
  );
  return batch.map((_, i) => {
    if (i === 0) return 1n;
    const r =
      BigInt(keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "uint256" }], [seed, BigInt(i)]))) >> 128n;
    return r === 0n ? 1n : r;
  });
}
