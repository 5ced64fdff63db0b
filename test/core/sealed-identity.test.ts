/**
 * The identity at rest in a browser: sealed with a non-extractable device key, it holds no trace of
 * the private key, opens with that key only, and a passphrase lock opens with the passphrase only.
 * Runs on Node's WebCrypto, the same API the browser has.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { WrongPassphraseError } from "../../lib/identity/passphrase-box.ts";
import { createIdentity, exportPrivateKey } from "../../lib/identity/identity.ts";
import {
  UnreadableIdentityError,
  newDeviceKey,
  openSealedIdentity,
  sealIdentity,
} from "../../lib/identity/sealed-identity.ts";

const PASSPHRASE = "correct horse battery staple";

/** Every way the secret could appear in stored text. */
function secretForms(identity: ReturnType<typeof createIdentity>): string[] {
  const privateKey = exportPrivateKey(identity);
  const bytes = Buffer.from(privateKey, "base64");
  return [
    privateKey,
    bytes.toString("base64url"),
    bytes.toString("hex"),
    identity.secretScalar.toString(),
    identity.secretScalar.toString(16),
  ];
}

describe("sealed identity", () => {
  it("Should keep the device key out of reach of scripts", async () => {
    const key = await newDeviceKey();
    assert.equal(key.extractable, false);
    await assert.rejects(globalThis.crypto.subtle.exportKey("raw", key));
    // Structured cloning (what IndexedDB stores) keeps it non-extractable.
    assert.equal(structuredClone(key).extractable, false);
  });

  it("Should store no form of the secret and open with the device key", async () => {
    const identity = createIdentity();
    const key = await newDeviceKey();
    const sealed = await sealIdentity(identity, key);
    for (const form of secretForms(identity)) assert.equal(sealed.includes(form), false, form);
    assert.equal(sealed.includes(identity.commitment.toString()), false);
    const opened = await openSealedIdentity(sealed, key);
    if (opened.lock !== "device") assert.fail(`opened as ${opened.lock}`);
    assert.equal(opened.identity.commitment, identity.commitment);
  });

  it("Should not open with another device key", async () => {
    const sealed = await sealIdentity(createIdentity(), await newDeviceKey());
    await assert.rejects(openSealedIdentity(sealed, await newDeviceKey()), UnreadableIdentityError);
  });

  it("Should refuse a record whose lock was switched", async () => {
    const key = await newDeviceKey();
    const sealed = JSON.parse(await sealIdentity(createIdentity(), key, PASSPHRASE)) as Record<string, unknown>;
    const switched = JSON.stringify({ ...sealed, lock: "device" });
    await assert.rejects(openSealedIdentity(switched, key), UnreadableIdentityError);
  });

  it("Should say what is wrong with a damaged record", async () => {
    const key = await newDeviceKey();
    await assert.rejects(openSealedIdentity("{", key), /not valid JSON/);
    const sealed = JSON.parse(await sealIdentity(createIdentity(), key)) as Record<string, unknown>;
    await assert.rejects(
      openSealedIdentity(JSON.stringify({ ...sealed, iv: "AAAA" }), key),
      /"iv" is not base64 of 12 bytes/,
    );
  });

  it("Should lock with a passphrase: the commitment shows, the identity needs the passphrase", async () => {
    const identity = createIdentity();
    const key = await newDeviceKey();
    const sealed = await sealIdentity(identity, key, PASSPHRASE);
    for (const form of secretForms(identity)) assert.equal(sealed.includes(form), false, form);
    const opened = await openSealedIdentity(sealed, key);
    if (opened.lock !== "passphrase") assert.fail(`opened as ${opened.lock}`);
    assert.equal(opened.commitment, identity.commitment);
    await assert.rejects(opened.unlock("not the passphrase"), WrongPassphraseError);
    assert.equal((await opened.unlock(PASSPHRASE)).commitment, identity.commitment);
  });
});
