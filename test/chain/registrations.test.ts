import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { attributeRoll, countRegistrations } from "../../lib/chain/registrations.ts";

const tx = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as const;
const INVITE = "0x1000000000000000000000000000000000000001";
const WALLET = "0x2000000000000000000000000000000000000002";

describe("attributeRoll", () => {
  it("tells how each voter joined, by the transaction and commitment both events share", () => {
    const entries = attributeRoll(
      [11n, 22n, 0n, 44n],
      [
        { index: 0n, commitment: 11n, transactionHash: tx(1) },
        { index: 1n, commitment: 22n, transactionHash: tx(2) },
        { index: 2n, commitment: 33n, transactionHash: tx(3) },
        { index: 3n, commitment: 44n, transactionHash: tx(4) },
      ],
      [
        { via: "invite", invite: INVITE, commitment: 22n, transactionHash: tx(2) },
        { via: "allowlist", account: WALLET, commitment: 44n, transactionHash: tx(4) },
        // Same transaction, other commitment: not this voter's registration.
        { via: "invite", invite: INVITE, commitment: 99n, transactionHash: tx(1) },
      ],
    );
    assert.deepEqual(
      entries.map((entry) => entry.joined),
      [
        { via: "organizer" },
        { via: "invite", invite: INVITE },
        { via: "organizer" },
        { via: "allowlist", account: WALLET },
      ],
    );
    assert.deepEqual(countRegistrations(entries), { invite: 1, allowlist: 1, organizer: 1, removed: 1, onRoll: 3 });
  });
});
