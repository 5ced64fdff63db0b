/**
 * The browser's device key in IndexedDB (fake-indexeddb here; the e2e uses the real browser): made
 * once, kept non-extractable, and the same key for every caller, even two that ask at once (two tabs).
 */
import "fake-indexeddb/auto";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { deviceKey, readDeviceKey } from "../../app/_lib/device-key.ts";
import { createIdentity } from "../../lib/identity/identity.ts";
import { openSealedIdentity, sealIdentity } from "../../lib/identity/sealed-identity.ts";

describe("device key", () => {
  it("Should be made once, stay non-extractable, and open what it sealed when asked for again", async () => {
    assert.equal(await readDeviceKey(), undefined);
    const [first, second] = await Promise.all([deviceKey(), deviceKey()]);
    assert.equal(first.extractable, false);
    const identity = createIdentity();
    // Sealed with one caller's key, opened with the other's and with a later read: one key.
    const sealed = await sealIdentity(identity, first);
    for (const key of [second, await deviceKey()]) {
      const opened = await openSealedIdentity(sealed, key);
      if (opened.lock !== "device") assert.fail(`opened as ${opened.lock}`);
      assert.equal(opened.identity.commitment, identity.commitment);
    }
  });
});
