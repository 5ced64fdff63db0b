/**
 * Identity backups: a backup opens with its passphrase and nothing else, and every damaged file is
 * reported as damaged, never opened as some other identity. Key derivation runs at the real
 * 600,000 iterations (about 0.2 s each), so only the tests that must decrypt do.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import fc from "fast-check";
import {
  DamagedBackupError,
  exportIdentityBackup,
  importIdentityBackup,
  readBackupCommitment,
} from "../../lib/identity/backup.ts";
import { MIN_PASSPHRASE_LENGTH, WeakPassphraseError, WrongPassphraseError } from "../../lib/identity/passphrase-box.ts";
import { base64ToBytes, base64UrlToBytes, bytesToBase64, bytesToBase64Url } from "../../lib/identity/base64.ts";
import {
  Identity,
  InvalidPrivateKeyError,
  createIdentity,
  exportPrivateKey,
  identityFromPrivateKeyBytes,
  importPrivateKey,
} from "../../lib/identity/identity.ts";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const PASSPHRASE = "correct horse battery staple";

let identity: Identity;
let backup: string;

before(async () => {
  identity = createIdentity();
  backup = await exportIdentityBackup(identity, PASSPHRASE);
});

/** The backup as a mutable object, to damage it one field at a time. */
function backupObject(): Record<string, unknown> & { kdf: Record<string, unknown>; cipher: Record<string, unknown> } {
  return JSON.parse(backup) as Record<string, unknown> & {
    kdf: Record<string, unknown>;
    cipher: Record<string, unknown>;
  };
}

/** Asserts that `promise` rejects with `type` and a message that gives away no secret. */
async function rejectsWith(promise: Promise<unknown>, type: new (message: string) => Error, pattern: RegExp) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
    assert.match(error.message, pattern);
    assert.ok(!error.message.includes(exportPrivateKey(identity)), "the message must not contain the private key");
    assert.ok(!error.message.includes(PASSPHRASE), "the message must not contain the passphrase");
    return true;
  });
}

describe("identity", () => {
  it("Should create a different identity each time", () => {
    assert.notEqual(createIdentity().commitment, createIdentity().commitment);
  });

  it("Should restore an identity from its exported private key", () => {
    const restored = importPrivateKey(exportPrivateKey(identity));
    assert.equal(restored.commitment, identity.commitment);
    assert.equal(restored.secretScalar, identity.secretScalar);
  });

  it("Should restore Semaphore identities made from text (as the contract tests' voters are)", () => {
    const fromText = new Identity("alice's secret");
    assert.equal(importPrivateKey(exportPrivateKey(fromText)).commitment, fromText.commitment);
  });

  it("Should reject a private key that is not base64, without quoting it", () => {
    for (const bad of ["", "not base64!", "QQ", "QR==", `${exportPrivateKey(identity)}x`]) {
      assert.throws(
        () => importPrivateKey(bad),
        (error: unknown) => error instanceof InvalidPrivateKeyError && (bad === "" || !error.message.includes(bad)),
      );
    }
  });

  it("Property: base64 round-trips any bytes, and decodes only canonical text", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = bytesToBase64(bytes);
        assert.deepEqual(base64ToBytes(text), bytes);
        assert.equal(base64ToBytes(`${text} `), undefined);
        assert.equal(base64UrlToBytes(bytesToBase64Url(bytes))?.length, bytes.length);
      }),
      { numRuns: FUZZ_RUNS },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const bytes = base64ToBytes(text);
        if (bytes !== undefined) assert.equal(bytesToBase64(bytes), text);
        const urlBytes = base64UrlToBytes(text);
        if (urlBytes !== undefined) assert.equal(bytesToBase64Url(urlBytes), text);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("Property: any private key bytes round-trip through their export", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const original = identityFromPrivateKeyBytes(bytes);
        assert.deepEqual(base64ToBytes(exportPrivateKey(original)), bytes);
        assert.equal(importPrivateKey(exportPrivateKey(original)).commitment, original.commitment);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 10) }, // each identity costs ~80 ms (Blake-512 and Baby Jubjub in JS)
    );
  });
});

describe("identity backup", () => {
  describe("# exportIdentityBackup", () => {
    it("Should write a versioned JSON document with the commitment in clear and fresh randomness", async () => {
      const document = backupObject();
      assert.equal(document.format, "ballotbox-identity-backup");
      assert.equal(document.version, 1);
      assert.equal(document.commitment, identity.commitment.toString());
      assert.deepEqual(Object.keys(document.kdf), ["name", "hash", "iterations", "salt"]);
      assert.equal(document.kdf.name, "PBKDF2");
      assert.equal(document.kdf.hash, "SHA-256");
      assert.equal(document.kdf.iterations, 600_000);
      assert.equal(base64ToBytes(document.kdf.salt as string)?.length, 16);
      assert.equal(document.cipher.name, "AES-GCM");
      assert.equal(base64ToBytes(document.cipher.iv as string)?.length, 12);
      assert.ok(!backup.includes(exportPrivateKey(identity)), "the private key must not be in clear");
      assert.equal(readBackupCommitment(backup), identity.commitment);

      const again = JSON.parse(await exportIdentityBackup(identity, PASSPHRASE)) as typeof document;
      assert.notEqual(again.kdf.salt, document.kdf.salt);
      assert.notEqual(again.cipher.iv, document.cipher.iv);
    });

    it("Should refuse a passphrase shorter than the minimum, counting characters as people do", async () => {
      const short = "👍🏽".repeat(MIN_PASSPHRASE_LENGTH - 1); // 7 characters, 28 UTF-16 units
      await rejectsWith(exportIdentityBackup(identity, short), WeakPassphraseError, /at least 8 characters/);
      await rejectsWith(exportIdentityBackup(identity, ""), WeakPassphraseError, /too short/);
    });
  });

  describe("# importIdentityBackup", () => {
    it("Should restore the identity with the right passphrase", async () => {
      const restored = await importIdentityBackup(backup, PASSPHRASE);
      assert.equal(restored.commitment, identity.commitment);
      assert.equal(exportPrivateKey(restored), exportPrivateKey(identity));
    });

    it("Should open with the passphrase however its accents are encoded (Unicode NFC)", async () => {
      const composed = "caf\u00e9 au lait";
      const decomposed = "cafe\u0301 au lait";
      const accented = await exportIdentityBackup(identity, composed);
      assert.equal((await importIdentityBackup(accented, decomposed)).commitment, identity.commitment);
    });

    it("Should reject a wrong passphrase with WrongPassphraseError", async () => {
      await rejectsWith(
        importIdentityBackup(backup, "correct horse battery stapler"),
        WrongPassphraseError,
        /passphrase does not open this backup/,
      );
    });

    it("Should reject a ciphertext with one flipped bit as damaged, not open it as another identity", async () => {
      const document = backupObject();
      const ciphertext = base64ToBytes(document.ciphertext as string);
      assert.ok(ciphertext !== undefined);
      ciphertext[3] = (ciphertext[3] ?? 0) ^ 0x01;
      document.ciphertext = bytesToBase64(ciphertext);
      await rejectsWith(
        importIdentityBackup(JSON.stringify(document), PASSPHRASE),
        DamagedBackupError,
        /passphrase is right, but the encrypted identity has been changed/,
      );
    });

    it("Should reject a backup whose clear commitment was replaced", async () => {
      const document = backupObject();
      document.commitment = createIdentity().commitment.toString();
      await rejectsWith(
        importIdentityBackup(JSON.stringify(document), PASSPHRASE),
        DamagedBackupError,
        /holds another identity than its commitment/,
      );
    });

    it("Property: a backup cut short anywhere is reported as damaged before any key derivation", async (t) => {
      const deriveBits = t.mock.method(globalThis.crypto.subtle, "deriveBits");
      const end = backup.trimEnd().length; // the text up to its closing brace is the whole document
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: end - 1 }), async (length) => {
          await rejectsWith(importIdentityBackup(backup.slice(0, length), PASSPHRASE), DamagedBackupError, /./);
        }),
        { numRuns: Math.min(FUZZ_RUNS, 200) },
      );
      await rejectsWith(importIdentityBackup(backup.slice(0, end - 1), PASSPHRASE), DamagedBackupError, /cut short/);
      assert.equal(deriveBits.mock.callCount(), 0, "a damaged file must be rejected without running PBKDF2");
    });

    it("Should reject text that is not JSON, or another kind of JSON", async () => {
      await rejectsWith(importIdentityBackup("hello", PASSPHRASE), DamagedBackupError, /not valid JSON/);
      await rejectsWith(importIdentityBackup("[]", PASSPHRASE), DamagedBackupError, /"format" field is not/);
      const plain = JSON.stringify({ format: "ballotbox-identity", version: 1 });
      await rejectsWith(importIdentityBackup(plain, PASSPHRASE), DamagedBackupError, /not a Ballotbox identity backup/);
    });

    it("Should reject another version, saying which", async () => {
      const document = backupObject();
      document.version = 2;
      await rejectsWith(
        importIdentityBackup(JSON.stringify(document), PASSPHRASE),
        DamagedBackupError,
        /has version 2, but this release of Ballotbox reads only version 1/,
      );
    });

    it("Should name every damaged field", async () => {
      const document = backupObject();
      delete document.cipher.iv;
      document.kdf.salt = "AAAA";
      document.commitment = "0x12";
      await rejectsWith(
        importIdentityBackup(JSON.stringify(document), PASSPHRASE),
        DamagedBackupError,
        /damaged: .*"commitment" is not an identity commitment.*"kdf\.salt" is not base64 of 16 bytes.*"cipher\.iv" is missing/,
      );
    });

    it("Should refuse too few or too many iterations before deriving anything", async () => {
      for (const [iterations, pattern] of [
        [100_000, /"kdf\.iterations" is below 600000, too weak/],
        [1e12, /"kdf\.iterations" is above 10000000/],
        [600_000.5, /"kdf\.iterations" is not a whole number/],
        ["600000", /"kdf\.iterations" is not a number/],
      ] as const) {
        const document = backupObject();
        document.kdf.iterations = iterations;
        await rejectsWith(importIdentityBackup(JSON.stringify(document), PASSPHRASE), DamagedBackupError, pattern);
      }
    });
  });
});
