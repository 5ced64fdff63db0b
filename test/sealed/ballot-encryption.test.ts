/**
 * Sealed ballots: each decrypts with the poll's secrets to its choices, they add up to an
 * encryption of the tally, and the choice vector follows lib/ballots' rules for the poll's type.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addPoint, mulPointEscalar } from "@zk-kit/baby-jubjub";
import fc from "fast-check";
import { ballotCircuitFor } from "../../circuits/manifest.ts";
import { G, IDENTITY, mul, mulBase, mulInteger, sub } from "../../lib/sealed/curve.ts";
import {
  choiceVector,
  ciphertextSignals,
  encryptBallot,
  partialDecrypt,
  partialDecryptAll,
  sumBallots,
} from "../../lib/sealed/ballot-encryption.ts";
import { paddedPollKeys } from "../../lib/sealed/poll-key-hash.ts";
import { SUBGROUP_ORDER } from "../../lib/sealed/scalar.ts";
import { FUZZ_RUNS, secretArbitrary } from "./seeded.ts";

const RUNS = Math.min(FUZZ_RUNS, 50);

/** The poll's secrets d_j (known here, never in a real poll) and a list of 0/1 choice vectors. */
const pollArbitrary = fc.integer({ min: 2, max: 8 }).chain((optionCount) =>
  fc.record({
    secrets: fc.array(secretArbitrary, { minLength: optionCount, maxLength: optionCount }),
    ballots: fc.array(
      fc.record({
        choices: fc.array(fc.constantFrom(0, 1), { minLength: optionCount, maxLength: optionCount }),
        k: secretArbitrary,
      }),
      { maxLength: 6 },
    ),
  }),
);

describe("sealed ballots", () => {
  it("Should decrypt, with the poll's secrets, to m_j·G, and add up to the tally", () => {
    fc.assert(
      fc.property(pollArbitrary, ({ secrets, ballots }) => {
        const keys = secrets.map(mulBase);
        const sealed = ballots.map(({ choices, k }) => encryptBallot(keys, choices, k));
        sealed.forEach((ballot, b) => {
          assert.deepEqual(ballot.c1, mulBase(ballots[b]?.k ?? 0n));
          ballot.c2.forEach((c2, j) => {
            assert.deepEqual(
              sub(c2, partialDecrypt(secrets[j] ?? 0n, ballot.c1)),
              mulBase(BigInt(ballots[b]?.choices[j] ?? 0)),
            );
          });
        });
        const tally = sumBallots(sealed, keys.length);
        const shares = partialDecryptAll(secrets, tally.c1);
        tally.c2.forEach((c2, j) => {
          const count = ballots.reduce((total, { choices }) => total + BigInt(choices[j] ?? 0), 0n);
          assert.deepEqual(sub(c2, shares[j] ?? IDENTITY), mulInteger(G, count));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("Should lay out C₁ and every C₂,ⱼ as circuits/src/sealed-ballot.circom outputs them, padded to the circuit's K", () => {
    // The circuit's own constant and formulas, computed with @zk-kit/baby-jubjub's arithmetic:
    // c1 = EscalarMulFix(k, BASE8); c2[j] = BabyAdd((m·BASE8.x, 1 + m·(BASE8.y − 1)), EscalarMulAny(k, PK[j]))
    // with PK[j] = O and m = 0 for the slots past the poll's option count.
    const BASE8: [bigint, bigint] = [
      5299619240641551281634865583518297030282874472190772894086521144482721001553n,
      16950150798460657717958625567821834550301663161624707787222815936182638968203n,
    ];
    fc.assert(
      fc.property(pollArbitrary, ({ secrets, ballots }) => {
        const keys = secrets.map(mulBase);
        const circuit = ballotCircuitFor(keys.length);
        for (const { choices, k } of ballots) {
          const signals = ciphertextSignals(encryptBallot(keys, choices, k), circuit.options);
          // merkleRoot, nullifier, pollKeyHash, then these, then scope: the manifest's count.
          assert.equal(3 + signals.length + 1, circuit.publicSignals);
          const slots = paddedPollKeys(keys).slice(0, circuit.options);
          const expected = [
            mulPointEscalar(BASE8, k),
            ...slots.map((key, j) => {
              const m = BigInt(choices[j] ?? 0);
              return addPoint([m * BASE8[0], 1n + m * (BASE8[1] - 1n)], mulPointEscalar([key.x, key.y], k));
            }),
          ].flat();
          assert.deepEqual(signals, expected);
        }
      }),
      { numRuns: Math.min(RUNS, 4) }, // the reference takes about 40 ms a multiplication
    );
    const ballot = encryptBallot([mulBase(2n), mulBase(3n), mulBase(5n)], [0, 1, 0], 7n);
    assert.deepEqual(ciphertextSignals(ballot, 4).slice(-2), [0n, 1n]);
    assert.throws(() => ciphertextSignals(ballot, 2), /3 options does not fit a circuit of 2/);
    assert.throws(() => ciphertextSignals(ballot, 16), /does not fit a circuit of 16/);
  });

  it("Should start the tally at O and refuse ballots of another size", () => {
    assert.deepEqual(sumBallots([], 3), { c1: IDENTITY, c2: [IDENTITY, IDENTITY, IDENTITY] });
    const ballot = encryptBallot([mulBase(2n), mulBase(3n)], [1, 0], 5n);
    assert.throws(() => sumBallots([ballot], 3), /A ballot of 2 options in a poll of 3/);
  });

  it("Should hide the choice: the same choice under two randomnesses looks unrelated", () => {
    const keys = [mulBase(7n), mulBase(11n)];
    const first = encryptBallot(keys, [1, 0], 13n);
    const second = encryptBallot(keys, [1, 0], 17n);
    assert.notDeepEqual(first.c2[0], second.c2[0]);
    // Under one key for all options the difference of two C₂ would be (m_1 − m_2)·G; with a key each it is not.
    assert.notDeepEqual(sub(first.c2[0] ?? G, first.c2[1] ?? G), G);
    assert.deepEqual(first.c2[1], mul(keys[1] ?? G, 13n));
  });

  it("Should refuse choices that are not 0 or 1, the wrong count, and k = 0", () => {
    const keys = [mulBase(2n), mulBase(3n)];
    assert.throws(() => encryptBallot(keys, [2, 0], 5n), /0 or 1/);
    assert.throws(() => encryptBallot(keys, [1], 5n), /1 choices for 2 keys/);
    assert.throws(() => encryptBallot(keys, [1, 0], 0n), /randomness is not 0/);
    assert.throws(() => encryptBallot(keys, [1, 0], SUBGROUP_ORDER), /randomness is not 0/);
  });

  it("Should make choice vectors by lib/ballots' rules", () => {
    assert.deepEqual(choiceVector({ ballotType: "single", optionCount: 4 }, [2]), [0, 0, 1, 0]);
    assert.deepEqual(choiceVector({ ballotType: "approval", optionCount: 3 }, [2, 0]), [1, 0, 1]);
    assert.throws(() => choiceVector({ ballotType: "single", optionCount: 3 }, [0, 1]), /exactly one option/);
    assert.throws(() => choiceVector({ ballotType: "approval", optionCount: 3 }, []), /at least one option/);
    assert.throws(() => choiceVector({ ballotType: "approval", optionCount: 9 }, [0]), /2 to 8 options, not 9/);
  });
});
