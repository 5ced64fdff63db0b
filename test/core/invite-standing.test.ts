import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { zeroHash } from "viem";
import { createInviteLink, inviteStanding, parseInviteLink } from "../../lib/registration/invite-link.ts";
import { createInvites } from "../../lib/registration/invites.ts";

const poll = { chainId: 31337, ballotbox: "0x5FbDB2315678afecb367f032d93F642f64180aa3" as const, pollId: 3n };

/** The link with one character of its code changed, at `offset` from the end. */
function damage(link: string, offset: number): string {
  const index = link.length - offset;
  const replacement = link[index] === "A" ? "B" : "A";
  return `${link.slice(0, index)}${replacement}${link.slice(index + 1)}`;
}

describe("an invite link against its poll's invite sets", () => {
  const first = createInvites(poll, 4);
  const second = createInvites(poll, 4);
  const link = createInviteLink("https://vote.example.org", first.invites[1] ?? assert.fail());

  it("Should be current while its set is the poll's", () => {
    assert.equal(inviteStanding(parseInviteLink(link), first.root, [first.root]), "current");
  });

  it("Should be replaced when the organizer published another set, or turned invites off", () => {
    assert.equal(inviteStanding(parseInviteLink(link), second.root, [first.root, second.root]), "replaced");
    assert.equal(inviteStanding(parseInviteLink(link), zeroHash, [first.root, zeroHash]), "replaced");
  });

  it("Should be damaged when a changed character still decodes but matches no set ever published", () => {
    // A character inside the Merkle proof, then one inside the invite key.
    for (const offset of [5, 110]) {
      const damaged = parseInviteLink(damage(link, offset));
      assert.equal(inviteStanding(damaged, first.root, [first.root]), "damaged");
      assert.equal(inviteStanding(damaged, second.root, [first.root, second.root]), "damaged");
    }
  });
});
