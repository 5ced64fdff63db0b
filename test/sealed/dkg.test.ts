/**
 * The ceremony's maths: honest dealings give every trustee shares that verify, a tampered share is
 * caught by exactly its recipient for exactly its option, reveals are checked against the
 * commitments, and the aggregate key is Σ of QUAL's secrets with verification keys that match.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { FIELD_ORDER, G, add, mulBase, neg, type Point } from "../../lib/sealed/curve.ts";
import {
  aggregate,
  aggregateShares,
  dealPolynomials,
  dealerPolynomials,
  receiveShares,
  revealHolds,
  revealShares,
  verificationKeys,
  type Dealing,
  type TrusteeKey,
} from "../../lib/sealed/dkg.ts";
import { encryptBallot, partialDecryptAll, sumBallots } from "../../lib/sealed/ballot-encryption.ts";
import { DiscreteLogNotFoundError, tallyFromCombined } from "../../lib/sealed/discrete-log.ts";
import { combine, lagrangeAtZero } from "../../lib/sealed/lagrange.ts";
import { verifyShare } from "../../lib/sealed/polynomial.ts";
import { modL } from "../../lib/sealed/scalar.ts";
import { tallyHolds } from "../../lib/sealed/tally-check.ts";
import { CONTEXT, FUZZ_RUNS, seededScalars } from "./seeded.ts";
import { runCeremony, tamper } from "./simulate.ts";

const RUNS = Math.min(FUZZ_RUNS, 15);

/** n ≤ 5 trustees, t ≤ n, 2 … 4 options, a QUAL of at least t, a seed. */
const planArbitrary = fc
  .record({ trustees: fc.integer({ min: 1, max: 5 }), optionCount: fc.integer({ min: 2, max: 4 }), seed: fc.integer() })
  .chain(({ trustees, optionCount, seed }) =>
    fc.integer({ min: 1, max: trustees }).chain((threshold) =>
      fc
        .subarray(
          Array.from({ length: trustees }, (_, i) => i + 1),
          { minLength: threshold },
        )
        .map((qualified) => ({ trustees, threshold, optionCount, qualified, seed })),
    ),
  );

function trustees(count: number, random: () => bigint): { keys: TrusteeKey[]; secrets: bigint[] } {
  const secrets = Array.from({ length: count }, () => random());
  return { secrets, keys: secrets.map((secret, i) => ({ index: i + 1, publicKey: mulBase(secret) })) };
}

describe("the ceremony's maths", () => {
  it("Should give QUAL's trustees shares of Σ_{i∈QUAL} a_{i,j,0} that match their verification keys", () => {
    fc.assert(
      fc.property(planArbitrary, ({ seed, ...plan }) => {
        const ceremony = runCeremony(plan, seededScalars(seed));
        const { key, shares } = ceremony;
        for (const [index, share] of shares) {
          assert.deepEqual(verificationKeys(key, index), share.map(mulBase), `trustee ${index}`);
        }
        // Any t of QUAL interpolate each option's secret d_j, and PK_j = d_j·G.
        const decrypters = plan.qualified.slice(0, plan.threshold);
        const coefficients = lagrangeAtZero(decrypters);
        key.pollKeys.forEach((pollKey, option) => {
          const secret = modL(
            decrypters.reduce(
              (total, h, i) => total + (coefficients[i] as bigint) * (shares.get(h)?.[option] ?? 0n),
              0n,
            ),
          );
          assert.deepEqual(mulBase(secret), pollKey);
          const qualifiedZero = plan.qualified.map(
            (dealer) => ceremony.dealings.get(dealer)?.commitments[option]?.[0] as Point,
          );
          assert.deepEqual(pollKey, qualifiedZero.reduce(add));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("Should catch a tampered share at its recipient, for its dealer and option only", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 2, max: 4 }),
        fc.nat(),
        fc.integer(),
        (count, optionCount, pick, seed) => {
          const random = seededScalars(seed);
          const threshold = 1 + (pick % count);
          const { keys, secrets } = trustees(count, random);
          const dealings = keys.map(({ index }) =>
            dealPolynomials(dealerPolynomials(threshold, optionCount, random), {
              threshold,
              optionCount,
              dealer: { index, secretKey: secrets[index - 1] ?? 0n },
              recipients: keys,
              context: CONTEXT,
            }),
          );
          const dealer = 1 + (pick % count);
          const victim = 1 + ((pick >> 4) % count);
          const option = (pick >> 8) % optionCount;
          const tampered = dealings.map((dealing) =>
            dealing.dealer === dealer ? tamper(dealing, victim - 1, option) : dealing,
          );
          for (const { index } of keys) {
            const received = receiveShares({
              threshold,
              optionCount,
              recipient: { index, secretKey: secrets[index - 1] ?? 0n },
              context: CONTEXT,
              dealings: tampered.map((dealing) => ({ dealing, dealerKey: keys[dealing.dealer - 1]?.publicKey ?? G })),
            });
            if (index === victim) {
              assert.deepEqual(received, { ok: false, shares: received.shares, bad: [{ dealer, option }] });
              assert.equal(received.shares.has(dealer), false);
              assert.equal(received.shares.size, count - 1);
            } else {
              assert.equal(received.ok, true, `trustee ${index}`);
              assert.equal(received.shares.size, count);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("Should mark every option of a dealing that leaves the recipient out or has a bad commitment", () => {
    const random = seededScalars(11);
    const { keys, secrets } = trustees(3, random);
    const parameters = { threshold: 2, optionCount: 3, recipients: keys, context: CONTEXT };
    const polynomials = dealerPolynomials(2, 3, random);
    const dealing = dealPolynomials(polynomials, { ...parameters, dealer: { index: 1, secretKey: secrets[0] ?? 0n } });
    const receive = (altered: Dealing) =>
      receiveShares({
        ...parameters,
        recipient: { index: 2, secretKey: secrets[1] ?? 0n },
        dealings: [{ dealing: altered, dealerKey: keys[0]?.publicKey ?? G }],
      });
    assert.equal(receive(dealing).ok, true);
    const everyOption = [0, 1, 2].map((option) => ({ dealer: 1, option }));
    const missing = {
      ...dealing,
      recipients: [1, 3],
      encryptedShares: [dealing.encryptedShares[0] ?? [], dealing.encryptedShares[2] ?? []],
    };
    assert.deepEqual(receive(missing), { ok: false, shares: new Map(), bad: everyOption });
    const shortCommitments = {
      ...dealing,
      commitments: dealing.commitments.map((row, j) => (j === 1 ? row.slice(0, 1) : row)),
    };
    assert.deepEqual(receive(shortCommitments), { ok: false, shares: new Map(), bad: [{ dealer: 1, option: 1 }] });
    // (0, −1) has order 2, so added to A_1 it vanishes from Σ h^ℓ·A_ℓ at the even index 2: the share
    // still verifies, and only the subgroup check refuses the commitment.
    const orderTwo: Point = { x: 0n, y: FIELD_ORDER - 1n };
    const outsideRow = [dealing.commitments[2]?.[0] as Point, add(dealing.commitments[2]?.[1] as Point, orderTwo)];
    assert.equal(verifyShare(revealShares(polynomials, 2)[2] ?? 0n, 2, outsideRow), true);
    const outside = { ...dealing, commitments: dealing.commitments.map((row, j) => (j === 2 ? outsideRow : row)) };
    assert.deepEqual(receive(outside), { ok: false, shares: new Map(), bad: [{ dealer: 1, option: 2 }] });
    const unreadable = { ...dealing, encryptedShares: dealing.encryptedShares.map((row) => row.map(() => -1n)) };
    assert.deepEqual(receive(unreadable), { ok: false, shares: new Map(), bad: everyOption });
  });

  it("Should accept a dealer's true reveal and refuse a false one", () => {
    const random = seededScalars(5);
    const { keys, secrets } = trustees(4, random);
    const polynomials = dealerPolynomials(3, 2, random);
    const dealing = dealPolynomials(polynomials, {
      threshold: 3,
      optionCount: 2,
      dealer: { index: 4, secretKey: secrets[3] ?? 0n },
      recipients: keys,
      context: CONTEXT,
    });
    const revealed = revealShares(polynomials, 2);
    assert.equal(revealHolds(dealing, 2, revealed, 3), true);
    assert.equal(revealHolds(dealing, 3, revealed, 3), false);
    assert.equal(revealHolds(dealing, 2, [revealed[0] ?? 0n, modL((revealed[1] ?? 0n) + 1n)], 3), false);
    assert.equal(revealHolds(dealing, 2, revealed.slice(0, 1), 3), false);
  });

  it("Should disqualify a dealer whose reveal fails, and decrypt without it and with n − t trustees absent", () => {
    // n = 5, t = 3, 3 options. Dealer 2 sends trustee 4 a bad share of option 1, trustee 4
    // complains, dealer 2 reveals the same bad share: disqualified, QUAL = {1, 3, 4, 5}.
    const [threshold, optionCount] = [3, 3];
    const random = seededScalars(2024);
    const { keys, secrets } = trustees(5, random);
    const polynomials = keys.map(() => dealerPolynomials(threshold, optionCount, random));
    const dealings = keys.map(({ index }) =>
      dealPolynomials(polynomials[index - 1] ?? [], {
        threshold,
        optionCount,
        dealer: { index, secretKey: secrets[index - 1] ?? 0n },
        recipients: keys,
        context: CONTEXT,
      }),
    );
    const published = dealings.map((dealing) => (dealing.dealer === 2 ? tamper(dealing, 3, 1) : dealing));
    const received = keys.map(({ index }) =>
      receiveShares({
        threshold,
        optionCount,
        recipient: { index, secretKey: secrets[index - 1] ?? 0n },
        context: CONTEXT,
        dealings: published.map((dealing) => ({ dealing, dealerKey: keys[dealing.dealer - 1]?.publicKey ?? G })),
      }),
    );
    received.forEach((result, at) => {
      assert.equal(result.ok, at !== 3, `trustee ${at + 1}`);
    });
    const complaint = received[3];
    assert.deepEqual(complaint?.ok === false ? complaint.bad : [], [{ dealer: 2, option: 1 }]);
    const insisted = revealShares(polynomials[1] ?? [], 4).map((share, option) =>
      option === 1 ? modL(share + 1n) : share,
    );
    assert.equal(revealHolds(published[1] as Dealing, 4, insisted, threshold), false);

    const qualified = [1, 3, 4, 5];
    const key = aggregate(
      qualified.map((dealer) => published[dealer - 1] as Dealing),
      threshold,
      optionCount,
    );
    // The poll key is QUAL's secrets only: dealer 2's polynomials are in nobody's share.
    key.pollKeys.forEach((pollKey, option) => {
      const secret = modL(
        qualified.reduce((total, dealer) => total + (polynomials[dealer - 1]?.[option]?.[0] ?? 0n), 0n),
      );
      assert.deepEqual(pollKey, mulBase(secret));
    });
    const shares = new Map(
      qualified.map((h) => [h, aggregateShares(received[h - 1]?.shares ?? new Map(), qualified, optionCount)]),
    );
    for (const [h, share] of shares) assert.deepEqual(verificationKeys(key, h), share.map(mulBase), `trustee ${h}`);

    const choices = [
      [1, 0, 0],
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
    ];
    const tally = sumBallots(
      choices.map((choice) => encryptBallot(key.pollKeys, choice, random() || 1n)),
      optionCount,
    );
    const counts = [3n, 1n, 1n];
    const decrypt = (decrypters: readonly number[]) => {
      const partials = decrypters.map((h) => partialDecryptAll(shares.get(h) ?? [], tally.c1));
      const combined = key.pollKeys.map((_, j) =>
        combine(
          partials.map((row) => row[j] as Point),
          decrypters,
        ),
      );
      return { partials, combined };
    };
    // Every t of QUAL: dealer 2 and one more trustee absent, n − t = 2 in all.
    for (const absent of qualified) {
      const decrypters = qualified.filter((h) => h !== absent);
      const { partials, combined } = decrypt(decrypters);
      assert.deepEqual(tallyFromCombined(tally.c2, combined, choices.length), counts, `without ${absent}`);
      assert.equal(tallyHolds({ totals: counts, c2: tally.c2, partials, indices: decrypters }), true);
    }
    // t − 1 = 2 trustees are not enough.
    const { partials, combined } = decrypt([3, 5]);
    assert.throws(() => tallyFromCombined(tally.c2, combined, choices.length), DiscreteLogNotFoundError);
    assert.equal(tallyHolds({ totals: counts, c2: tally.c2, partials, indices: [3, 5] }), false);
  });

  it("Should refuse to finalise with fewer than t dealers, a dealer twice, or a malformed dealing", () => {
    const random = seededScalars(9);
    const { keys, secrets } = trustees(3, random);
    const dealings = keys.map(({ index }) =>
      dealPolynomials(dealerPolynomials(2, 2, random), {
        threshold: 2,
        optionCount: 2,
        dealer: { index, secretKey: secrets[index - 1] ?? 0n },
        recipients: keys,
        context: CONTEXT,
      }),
    );
    const [first, second] = dealings as [Dealing, Dealing];
    assert.throws(() => aggregate([first], 2, 2), /1 qualified dealers, fewer than 2/);
    assert.throws(() => aggregate([first, first], 2, 2), /counted twice/);
    assert.throws(
      () => aggregate([first, { ...second, commitments: second.commitments.slice(0, 1) }], 2, 2),
      /not 2 × 2/,
    );
    // Two dealings whose secrets cancel give PK = O, which no poll may use.
    const cancelling = { ...second, commitments: first.commitments.map((row) => row.map(neg)) };
    assert.throws(() => aggregate([first, cancelling], 2, 2), /poll key is not a valid key/);
    assert.throws(() => aggregateShares(new Map([[1, [1n, 2n]]]), [1, 2], 2), /No share from qualified dealer 2/);
  });

  it("Should refuse dealing parameters the contract refuses", () => {
    const { keys, secrets } = trustees(2, seededScalars(3));
    const base = {
      threshold: 2,
      optionCount: 2,
      dealer: { index: 1, secretKey: secrets[0] ?? 0n },
      recipients: keys,
      context: CONTEXT,
    };
    const polynomials = dealerPolynomials(2, 2, seededScalars(4));
    assert.throws(() => dealPolynomials(polynomials, { ...base, threshold: 3 }), /cannot meet a threshold of 3/);
    assert.throws(
      () => dealPolynomials(polynomials, { ...base, recipients: [...keys].reverse() }),
      /increasing index order/,
    );
    assert.throws(() => dealPolynomials(polynomials, { ...base, optionCount: 9 }), /2 to 8 options/);
    assert.throws(() => dealPolynomials(polynomials.slice(0, 1), base), /2 polynomials of 2 coefficients/);
  });
});
