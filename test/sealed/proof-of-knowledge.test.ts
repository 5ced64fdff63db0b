/** The trustee key's Schnorr proof: it verifies for its own key, index and ceremony, and for nothing else. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { FIELD_ORDER, G, IDENTITY, add, mul, mulBase, sub, type Point } from "../../lib/sealed/curve.ts";
import { keyChallenge, proveKey, verifyKeyProof } from "../../lib/sealed/proof-of-knowledge.ts";
import { SUBGROUP_ORDER, modL } from "../../lib/sealed/scalar.ts";
import { CONTEXT, FUZZ_RUNS, OTHER_CONTEXTS, secretArbitrary } from "./seeded.ts";

const RUNS = Math.min(FUZZ_RUNS, 100);
const indexArbitrary = fc.integer({ min: 1, max: 16 });
const ORDER_TWO: Point = { x: 0n, y: FIELD_ORDER - 1n };

describe("proof of knowledge of a trustee key", () => {
  it("Should verify an honest proof, deterministically from its nonce", () => {
    fc.assert(
      fc.property(secretArbitrary, secretArbitrary, indexArbitrary, (secret, nonce, index) => {
        const { key, proof } = proveKey(secret, CONTEXT, index, nonce);
        assert.deepEqual(key, mulBase(secret));
        assert.deepEqual(proof.commitment, mulBase(nonce));
        assert.equal(verifyKeyProof(key, proof, CONTEXT, index), true);
        assert.deepEqual(proveKey(secret, CONTEXT, index, nonce), { key, proof });
      }),
      { numRuns: RUNS },
    );
    const { key, proof } = proveKey(42n, CONTEXT, 1);
    assert.equal(verifyKeyProof(key, proof, CONTEXT, 1), true);
  });

  it("Should refuse the proof for another trustee, poll, contract or chain, or altered", () => {
    fc.assert(
      fc.property(secretArbitrary, secretArbitrary, indexArbitrary, (secret, nonce, index) => {
        const { key, proof } = proveKey(secret, CONTEXT, index, nonce);
        assert.equal(verifyKeyProof(key, proof, CONTEXT, (index % 16) + 1), false);
        for (const context of OTHER_CONTEXTS) assert.equal(verifyKeyProof(key, proof, context, index), false);
        assert.equal(verifyKeyProof(add(key, G), proof, CONTEXT, index), false);
        assert.equal(verifyKeyProof(key, { ...proof, response: modL(proof.response + 1n) }, CONTEXT, index), false);
        assert.equal(verifyKeyProof(key, { ...proof, commitment: add(proof.commitment, G) }, CONTEXT, index), false);
        // z + l is the same scalar but not a canonical one, which the contract refuses.
        assert.equal(
          verifyKeyProof(key, { ...proof, response: proof.response + SUBGROUP_ORDER }, CONTEXT, index),
          false,
        );
      }),
      { numRuns: Math.min(RUNS, 50) },
    );
  });

  it("Should refuse a response made with another challenge, another valid key, and a proof forged without e", () => {
    fc.assert(
      fc.property(secretArbitrary, secretArbitrary, indexArbitrary, secretArbitrary, (secret, nonce, index, delta) => {
        const { key, proof } = proveKey(secret, CONTEXT, index, nonce);
        const challenge = keyChallenge(CONTEXT, index, key, proof.commitment);
        assert.equal(
          verifyKeyProof(key, { ...proof, response: modL(nonce + challenge * secret) }, CONTEXT, index),
          true,
        );
        // z = w + c'·e for any c' ≠ c: the right secret, the wrong challenge.
        const wrongResponse = modL(nonce + modL(challenge + delta) * secret);
        assert.equal(verifyKeyProof(key, { ...proof, response: wrongResponse }, CONTEXT, index), false);
        // The proof shown with another valid key (a rogue key whose secret its trustee does not know).
        assert.equal(verifyKeyProof(mulBase(modL(secret + delta)), proof, CONTEXT, index), false);
        // Without e one can pick z and c and set R = z·G − c·E, which balances z·G = R + c·E; it
        // fails because c must be the hash of R itself.
        const forgedCommitment = sub(mulBase(delta), mul(key, challenge));
        assert.equal(verifyKeyProof(key, { commitment: forgedCommitment, response: delta }, CONTEXT, index), false);
      }),
      { numRuns: Math.min(RUNS, 50) },
    );
  });

  it("Should refuse O and keys outside the subgroup, even with a proof that balances", () => {
    // For E = O any (R, z) with z·G = R balances the equation; the key check must refuse it.
    assert.equal(verifyKeyProof(IDENTITY, { commitment: mulBase(5n), response: 5n }, CONTEXT, 1), false);
    const { key, proof } = proveKey(9n, CONTEXT, 1, 11n);
    assert.equal(verifyKeyProof(add(key, ORDER_TWO), proof, CONTEXT, 1), false);
    assert.equal(verifyKeyProof(key, { ...proof, commitment: { x: 1n, y: 1n } }, CONTEXT, 1), false);
  });

  it("Should refuse to prove with a zero secret or nonce, or an index that is not a trustee's", () => {
    assert.throws(() => proveKey(0n, CONTEXT, 1, 1n), /secret key is not 0/);
    assert.throws(() => proveKey(SUBGROUP_ORDER, CONTEXT, 1, 1n), /secret key is not 0/);
    assert.throws(() => proveKey(1n, CONTEXT, 1, 0n), /nonce is not 0/);
    assert.throws(() => proveKey(1n, CONTEXT, 0, 1n), /1 to 16, not 0/);
  });
});
