/**
 * The committed sealed circuits (circuits/keys/) against the TypeScript reference (lib/sealed/):
 * random valid ballots give exactly the reference's public signals, every rule of a ballot refuses
 * its violation at witness time (circom's `===` fails as "Assert Failed"), and real Groth16 proofs
 * from the committed zkeys verify with the committed verification keys, and stop verifying when any
 * public signal is changed. Runs: CIRCUIT_RUNS random ballots per circuit (default 3: each is a
 * witness of up to 27k constraints).
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import { groth16, wtns, type CircuitSignals } from "snarkjs";
import { CIRCUITS, type CircuitSpec } from "../../circuits/manifest.ts";
import type { BallotType } from "../../lib/ballots/ballot.ts";
import { encryptBallot } from "../../lib/sealed/ballot-encryption.ts";
import { mul, mulBase, type Point } from "../../lib/sealed/curve.ts";
import { randomScalar } from "../../lib/sealed/scalar.ts";
import {
  expectedSealedStatement,
  parseSealedBallotSignals,
  proveSealedBallot,
  sealedBallotInput,
  sealedBallotSignals,
} from "../../lib/sealed/sealed-ballot-proof.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { keyFile } from "../../scripts/circuit-build.ts";

const RUNS = Number(process.env.CIRCUIT_RUNS ?? 3);
const artifactsOf = (spec: CircuitSpec) => ({ wasm: keyFile(spec, "wasm"), zkey: keyFile(spec, "zkey") });
const circuit = (name: string): CircuitSpec => {
  const spec = CIRCUITS.find((candidate) => candidate.name === name);
  assert.ok(spec !== undefined, name);
  return spec;
};

const SCOPE = 0x1234_5678n;

/** A roll of five voters; the ballots are cast by the third. */
const voters = Array.from({ length: 5 }, (_, index) => new Identity(`sealed-circuit-voter-${String(index)}`));
const roll = new Group(voters.map((voter) => voter.commitment));
const voter = voters[2] as Identity;
const path2 = roll.generateMerkleProof(2);

const flat = (point: Point) => [point.x, point.y];

interface Ballot {
  ballotType: BallotType;
  keys: Point[];
  choices: number[];
  randomness: bigint;
}

const poll = (ballot: Ballot) => ({ scope: SCOPE, ballotType: ballot.ballotType, pollKeys: ballot.keys });
const ballotInput = (ballot: Ballot) => sealedBallotInput(voter, path2, poll(ballot), ballot);
const expectedSignals = (spec: CircuitSpec, ballot: Ballot) =>
  sealedBallotSignals(expectedSealedStatement(voter, path2, poll(ballot), ballot), spec.options);

/** A valid ballot of a poll whose own circuit is `spec` (the smallest that fits its option count). */
function randomBallot(spec: CircuitSpec, draw: () => number): Ballot {
  const fewest = spec.options === 2 ? 2 : spec.options / 2 + 1;
  const optionCount = fewest + Math.floor(draw() * (spec.options - fewest + 1));
  const ballotType: BallotType = draw() < 0.5 ? "single" : "approval";
  const choices = Array.from({ length: optionCount }, () => (ballotType === "approval" && draw() < 0.5 ? 1 : 0));
  choices[Math.floor(draw() * optionCount)] = 1;
  const keys = Array.from({ length: optionCount }, () => mulBase(randomScalar()));
  return { ballotType, keys, choices, randomness: randomScalar() };
}

/** A small deterministic stream in [0, 1), so the shapes of the random ballots replay. */
function stream(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

let scratch = "";
let witnessCount = 0;

/** The witness's public signals (after the constant 1: outputs, then public inputs). */
async function publicSignals(spec: CircuitSpec, input: CircuitSignals): Promise<bigint[]> {
  const witnessFile = path.join(scratch, `${spec.name}-${String(witnessCount++)}.wtns`);
  await wtns.calculate(input, keyFile(spec, "wasm"), witnessFile);
  const witness = (await wtns.exportJson(witnessFile)) as bigint[];
  return witness.slice(1, 1 + spec.publicSignals).map(BigInt);
}

async function refused(spec: CircuitSpec, input: CircuitSignals): Promise<void> {
  await assert.rejects(publicSignals(spec, input), /Assert Failed/);
}

async function verifies(spec: CircuitSpec, signals: readonly bigint[], proof: unknown): Promise<boolean> {
  const key = JSON.parse(await readFile(keyFile(spec, "vkey.json"), "utf8")) as object;
  return groth16.verify(key, signals.map(String), proof as Parameters<typeof groth16.verify>[2]);
}

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "ballotbox-circuits-"));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
  await releaseSnarkjs();
});

describe("sealed-ballot circuits", () => {
  for (const spec of CIRCUITS.filter(({ kind }) => kind === "sealed-ballot")) {
    it(`Should output what the reference computes (${spec.name}, ${String(RUNS)} random ballots)`, async () => {
      const draw = stream(spec.options);
      for (let run = 0; run < RUNS; run++) {
        const ballot = randomBallot(spec, draw);
        assert.deepEqual(await publicSignals(spec, ballotInput(ballot)), expectedSignals(spec, ballot));
      }
    });
  }

  const four = circuit("sealed-ballot-4");
  const keys = [1n, 2n, 3n].map((secret) => mulBase(secret * 1_000_003n));
  const valid: Ballot = { ballotType: "single", keys, choices: [0, 1, 0], randomness: 987_654_321n };
  const approval: Ballot = { ...valid, ballotType: "approval" };

  it("Should refuse a plaintext of 2 in one option (two votes in one ciphertext)", async () => {
    await refused(four, ballotInput({ ...approval, choices: [0, 2, 0] }));
    await refused(four, ballotInput({ ...valid, choices: [0, 2, 0] }));
  });

  it("Should refuse two options in a single-choice ballot, and none", async () => {
    await refused(four, ballotInput({ ...valid, choices: [1, 1, 0] }));
    await refused(four, ballotInput({ ...valid, choices: [0, 0, 0] }));
  });

  it("Should refuse an approval ballot that approves nothing", async () => {
    await refused(four, ballotInput({ ...approval, choices: [0, 0, 0] }));
  });

  it("Should refuse a choice of a padding option", async () => {
    await refused(four, ballotInput({ ...approval, choices: [1, 0, 0, 1] }));
    await refused(four, ballotInput({ ...valid, choices: [0, 0, 0, 1] }));
  });

  it("Should refuse a ballot type other than single choice and approval", async () => {
    await refused(four, { ...ballotInput(valid), ballotType: 2 });
  });

  it("Should bind the poll key, ballot type and option count into the key hash", async () => {
    const hashOf = async (ballot: Ballot) =>
      parseSealedBallotSignals(await publicSignals(four, ballotInput(ballot)), ballot.keys.length).pollKeyHash;
    const genuine = await hashOf(valid);
    const variants: Ballot[] = [
      { ...valid, keys: keys.map((key) => mul(key, 2n)) },
      approval,
      { ...valid, keys: [...keys, mulBase(7n)], choices: [0, 1, 0, 0] },
    ];
    for (const variant of variants) assert.notEqual(await hashOf(variant), genuine);
  });

  it("Should make a proof that verifies, and fails for any changed public signal", async () => {
    const { proof, publicSignals: genuine } = await proveSealedBallot(ballotInput(valid), artifactsOf(four));
    assert.deepEqual(genuine, expectedSignals(four, valid));
    assert.equal(await verifies(four, genuine, proof), true);
    // Another poll's scope, another key hash, a ciphertext copied from another ballot, another root.
    const copied = encryptBallot(keys, [1, 0, 0], 5n).c2[0] as Point;
    const changes: readonly (readonly [index: number, value: bigint])[] = [
      [four.publicSignals - 1, (genuine.at(-1) ?? 0n) + 1n],
      [2, (genuine[2] ?? 0n) + 1n],
      [5, copied.x],
      [0, roll.root + 1n],
    ];
    for (const [index, value] of changes) {
      const changed = [...genuine];
      changed[index] = value;
      assert.equal(await verifies(four, changed, proof), false, `signal ${String(index)} changed`);
    }
  });
});

describe("partial-decryption circuit", () => {
  const spec = circuit("partial-decryption-8");
  const shares = Array.from({ length: spec.options }, (_, option) => (option < 3 ? randomScalar() : 0n));
  const c1 = mulBase(randomScalar());
  const expected = [
    ...shares.map((share) => flat(mulBase(share))),
    ...shares.map((share) => flat(mul(c1, share))),
  ].flat();

  it("Should output each option's verification key and share of the decryption", async () => {
    const signals = await publicSignals(spec, { share: shares, c1: flat(c1) });
    assert.deepEqual(signals, [...expected, ...flat(c1)]);
  });

  it("Should make a proof that verifies, and fails for a changed share of the decryption", async () => {
    const { proof, publicSignals: signals } = await groth16.fullProve(
      { share: shares, c1: flat(c1) },
      keyFile(spec, "wasm"),
      keyFile(spec, "zkey"),
    );
    const genuine = signals.map(BigInt);
    assert.equal(await verifies(spec, genuine, proof), true);
    const changed = [...genuine];
    const wrong = mul(c1, (shares[0] ?? 0n) + 1n);
    changed[2 * spec.options] = wrong.x;
    changed[2 * spec.options + 1] = wrong.y;
    assert.equal(await verifies(spec, changed, proof), false);
  });
});
