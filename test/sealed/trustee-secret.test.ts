/**
 * A trustee's seed: what it derives (deterministic per ceremony and position, distinct elsewhere, a
 * canonical non-zero scalar) and its encrypted backup (round trip, wrong passphrase, tampering, and an
 * identity backup is not a trustee backup).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { exportIdentityBackup } from "../../lib/identity/backup.ts";
import { createIdentity } from "../../lib/identity/identity.ts";
import { WrongPassphraseError } from "../../lib/identity/passphrase-box.ts";
import { isScalar } from "../../lib/sealed/scalar.ts";
import {
  DamagedTrusteeBackupError,
  exportTrusteeBackup,
  importTrusteeBackup,
  readTrusteeFingerprint,
} from "../../lib/sealed/trustee-backup.ts";
import {
  createTrusteeSeed,
  trusteeFingerprint,
  trusteePolynomials,
  trusteeSecretKey,
} from "../../lib/sealed/trustee-secret.ts";
import { CONTEXT } from "./seeded.ts";

const PASSPHRASE = "four unrelated words here";

describe("trustee seeds", () => {
  it("Should derive the same key and polynomials for the same ceremony, and others anywhere else", () => {
    const seed = createTrusteeSeed();
    const key = trusteeSecretKey(seed, CONTEXT, 2);
    assert.equal(trusteeSecretKey(seed, CONTEXT, 2), key);
    assert.ok(isScalar(key) && key !== 0n);
    const others = [
      trusteeSecretKey(seed, CONTEXT, 3),
      trusteeSecretKey(seed, { ...CONTEXT, pollId: CONTEXT.pollId + 1n }, 2),
      trusteeSecretKey(seed, { ...CONTEXT, chainId: CONTEXT.chainId + 1n }, 2),
      trusteeSecretKey(createTrusteeSeed(), CONTEXT, 2),
    ];
    for (const other of others) assert.notEqual(other, key);

    const polynomials = trusteePolynomials(seed, CONTEXT, 2, 3, 4);
    assert.deepEqual(trusteePolynomials(seed, CONTEXT, 2, 3, 4), polynomials);
    assert.equal(polynomials.length, 4);
    const coefficients = polynomials.flat();
    assert.equal(coefficients.length, 12);
    assert.equal(new Set([...coefficients, key]).size, 13, "every coefficient and the key are distinct");
    assert.ok(coefficients.every((c) => isScalar(c) && c !== 0n));
  });

  it("Should refuse a seed of the wrong size and a bad position", () => {
    assert.throws(() => trusteeSecretKey(new Uint8Array(31), CONTEXT, 1), /32 bytes/);
    assert.throws(() => trusteeSecretKey(createTrusteeSeed(), CONTEXT, 0));
    assert.throws(() => trusteePolynomials(createTrusteeSeed(), CONTEXT, 1, 0, 4), /threshold/);
  });
});

describe("trustee key backups", () => {
  it("Should open with its passphrase only, and name its seed without it", async () => {
    const seed = createTrusteeSeed();
    const text = await exportTrusteeBackup(seed, PASSPHRASE);
    assert.equal(readTrusteeFingerprint(text), trusteeFingerprint(seed));
    assert.doesNotMatch(text, new RegExp(Buffer.from(seed).toString("hex")), "the seed is not in clear");
    assert.deepEqual(await importTrusteeBackup(text, PASSPHRASE), seed);
    await assert.rejects(importTrusteeBackup(text, "another passphrase"), WrongPassphraseError);
  });

  it("Should call a changed backup damaged, and refuse an identity backup", async () => {
    const text = await exportTrusteeBackup(createTrusteeSeed(), PASSPHRASE);
    const document = JSON.parse(text) as { fingerprint: string };
    const relabelled = JSON.stringify({ ...document, fingerprint: "0".repeat(16) });
    await assert.rejects(importTrusteeBackup(relabelled, PASSPHRASE), DamagedTrusteeBackupError);
    await assert.rejects(importTrusteeBackup(text.slice(0, 80), PASSPHRASE), DamagedTrusteeBackupError);
    const identityBackup = await exportIdentityBackup(createIdentity(), PASSPHRASE);
    await assert.rejects(importTrusteeBackup(identityBackup, PASSPHRASE), /not a Ballotbox trustee key backup/);
  });
});
