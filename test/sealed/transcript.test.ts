/**
 * The ceremony's hash layout, byte for byte: Solidity's abi.encode of (string domain, uint256
 * chainId, address ceremony, uint256 pollId, uint256 fields…) puts the string's offset in the
 * first word and its length and bytes after the static words. Built by hand here, so a contract
 * written from this description and lib/sealed agree.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { keccak256, toHex } from "viem";
import { mulBase } from "../../lib/sealed/curve.ts";
import { KEY_DOMAIN, keyChallenge } from "../../lib/sealed/proof-of-knowledge.ts";
import { modL } from "../../lib/sealed/scalar.ts";
import { SHARE_DOMAIN, shareMask } from "../../lib/sealed/share-encryption.ts";
import { hashToScalar } from "../../lib/sealed/transcript.ts";
import { CONTEXT } from "./seeded.ts";

function word(value: bigint): string {
  return toHex(value, { size: 32 }).slice(2);
}

/** abi.encode(domain, chainId, ceremony, pollId, ...fields), written out. */
function handEncoded(domain: string, fields: readonly bigint[]): `0x${string}` {
  const staticWords = 4 + fields.length;
  const text = Buffer.from(domain, "utf8");
  const padded = Buffer.concat([text, Buffer.alloc((32 - (text.length % 32)) % 32)]);
  return `0x${[
    word(BigInt(32 * staticWords)),
    word(CONTEXT.chainId),
    word(BigInt(CONTEXT.ceremony)),
    word(CONTEXT.pollId),
    ...fields.map(word),
    word(BigInt(text.length)),
    padded.toString("hex"),
  ].join("")}`;
}

describe("ceremony hashes", () => {
  it("Should hash abi.encode(domain, chainId, ceremony, pollId, fields…) and reduce it mod l", () => {
    const fields = [1n, 2n, 3n, 2n ** 255n];
    assert.equal(hashToScalar("test.v1", CONTEXT, fields), modL(BigInt(keccak256(handEncoded("test.v1", fields)))));
  });

  it("Should lay out the share mask as (dealer, recipient, option, Sx, Sy)", () => {
    const shared = mulBase(12345n);
    const route = { context: CONTEXT, dealer: 3, recipient: 5 };
    const expected = handEncoded(SHARE_DOMAIN, [3n, 5n, 7n, shared.x, shared.y]);
    assert.equal(SHARE_DOMAIN, "ballotbox.sealed.share.v1");
    assert.equal(shareMask(shared, route, 7), modL(BigInt(keccak256(expected))));
  });

  it("Should lay out the key challenge as (trusteeIndex, E.x, E.y, R.x, R.y)", () => {
    const key = mulBase(777n);
    const commitment = mulBase(888n);
    const expected = handEncoded(KEY_DOMAIN, [4n, key.x, key.y, commitment.x, commitment.y]);
    assert.equal(KEY_DOMAIN, "ballotbox.sealed.key.v1");
    assert.equal(keyChallenge(CONTEXT, 4, key, commitment), modL(BigInt(keccak256(expected))));
  });
});
