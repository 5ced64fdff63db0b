/** Shares encrypted under static Diffie–Hellman: the recipient, and only with the right route, reads them. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { mulBase } from "../../lib/sealed/curve.ts";
import { commit, evaluate, randomPolynomial, verifyShare } from "../../lib/sealed/polynomial.ts";
import { SUBGROUP_ORDER, modL } from "../../lib/sealed/scalar.ts";
import { decryptShares, encryptShares, shareMask, sharedPoint } from "../../lib/sealed/share-encryption.ts";
import { CONTEXT, FUZZ_RUNS, OTHER_CONTEXTS, scalarArbitrary, secretArbitrary, seededScalars } from "./seeded.ts";

const RUNS = Math.min(FUZZ_RUNS, 100);
const indexArbitrary = fc.integer({ min: 1, max: 16 });

describe("share encryption", () => {
  it("Should derive the same point from either side", () => {
    fc.assert(
      fc.property(secretArbitrary, secretArbitrary, (dealer, recipient) => {
        assert.deepEqual(sharedPoint(dealer, mulBase(recipient)), sharedPoint(recipient, mulBase(dealer)));
      }),
      { numRuns: RUNS },
    );
  });

  it("Should decrypt what it encrypts, for every option", () => {
    fc.assert(
      fc.property(
        secretArbitrary,
        secretArbitrary,
        indexArbitrary,
        indexArbitrary,
        fc.array(scalarArbitrary, { minLength: 1, maxLength: 8 }),
        (dealerSecret, recipientSecret, dealer, recipient, shares) => {
          const route = { context: CONTEXT, dealer, recipient };
          const encrypted = encryptShares(shares, dealerSecret, mulBase(recipientSecret), route);
          assert.equal(
            encrypted.every((c) => c >= 0n && c < SUBGROUP_ORDER),
            true,
          );
          assert.deepEqual(decryptShares(encrypted, recipientSecret, mulBase(dealerSecret), route), shares);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("Should deliver a share that holds against the dealer's Feldman commitments, and fail them once tampered", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.integer(),
        indexArbitrary,
        secretArbitrary,
        (threshold, seed, recipient, delta) => {
          const random = seededScalars(seed);
          const polynomial = randomPolynomial(threshold, random);
          const commitments = commit(polynomial);
          const [dealerSecret, recipientSecret] = [random() || 1n, random() || 1n];
          const route = { context: CONTEXT, dealer: (recipient % 16) + 1, recipient };
          const [encrypted] = encryptShares(
            [evaluate(polynomial, BigInt(recipient))],
            dealerSecret,
            mulBase(recipientSecret),
            route,
          );
          const open = (ciphertext: bigint) =>
            decryptShares([ciphertext], recipientSecret, mulBase(dealerSecret), route)[0] ?? -1n;
          assert.equal(verifyShare(open(encrypted ?? 0n), recipient, commitments), true);
          // Any change to the ciphertext shifts the share by the same amount: the check sees it.
          assert.equal(verifyShare(open(modL((encrypted ?? 0n) + delta)), recipient, commitments), false);
        },
      ),
      { numRuns: Math.min(RUNS, 50) },
    );
  });

  it("Should read garbage with the wrong key, route, option or ceremony", () => {
    fc.assert(
      fc.property(
        secretArbitrary,
        secretArbitrary,
        secretArbitrary,
        scalarArbitrary,
        (dealerSecret, recipientSecret, stranger, share) => {
          const route = { context: CONTEXT, dealer: 1, recipient: 2 };
          const [encrypted] = encryptShares([share, share], dealerSecret, mulBase(recipientSecret), route) as [
            bigint,
            bigint,
          ];
          const dealerKey = mulBase(dealerSecret);
          if (stranger !== recipientSecret) {
            assert.notDeepEqual(decryptShares([encrypted], stranger, dealerKey, route), [share]);
          }
          for (const other of [
            { ...route, dealer: 3 },
            { ...route, recipient: 3 },
            ...OTHER_CONTEXTS.map((context) => ({ ...route, context })),
          ]) {
            assert.notDeepEqual(decryptShares([encrypted], recipientSecret, dealerKey, other), [share]);
          }
          const shared = sharedPoint(dealerSecret, mulBase(recipientSecret));
          assert.notEqual(shareMask(shared, route, 0), shareMask(shared, route, 1));
        },
      ),
      { numRuns: Math.min(RUNS, 30) },
    );
  });

  it("Should refuse a ciphertext that is not a canonical scalar", () => {
    const route = { context: CONTEXT, dealer: 1, recipient: 2 };
    assert.throws(() => decryptShares([SUBGROUP_ORDER], 5n, mulBase(6n), route), /not below l/);
    assert.throws(() => decryptShares([-1n], 5n, mulBase(6n), route), /not below l/);
  });
});
