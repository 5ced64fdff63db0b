/**
 * Invites: the keys, their tree, the links that carry them to voters, and the signed registration a
 * voter (or a relayer) submits.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { bytesToHex, getAddress, numberToHex, recoverTypedDataAddress, zeroAddress } from "viem";
import type { PollRef } from "../../lib/ballots/scope.ts";
import { base64UrlToBytes, bytesToBase64Url } from "../../lib/identity/base64.ts";
import {
  InvalidInviteLinkError,
  createInviteLink,
  decodeInviteCode,
  encodeInviteCode,
  parseInviteLink,
} from "../../lib/registration/invite-link.ts";
import { REGISTRATION_TYPES, registrationDomain } from "../../lib/registration/invite-signature.ts";
import {
  MAX_INVITES,
  createInvites,
  inviteAddress,
  inviteMatchesRoot,
  signInviteRegistration,
  type Invite,
} from "../../lib/registration/invites.ts";
import { SNARK_SCALAR_FIELD } from "../../lib/snark/field.ts";

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

const poll: PollRef = {
  chainId: 31337,
  ballotbox: getAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3"),
  pollId: 1n,
};
const APP = "https://vote.example.org";

/** Asserts an invalid link is rejected with a message that does not repeat the link (it holds a key). */
function rejectsLink(link: string, pattern: RegExp) {
  assert.throws(
    () => parseInviteLink(link),
    (error: unknown) => {
      assert.ok(error instanceof InvalidInviteLinkError, `expected InvalidInviteLinkError, got ${String(error)}`);
      assert.match(error.message, pattern);
      const code = link.slice(link.indexOf("#") + 1);
      if (code.length > 8) assert.ok(!error.message.includes(code), "the message must not quote the link");
      return true;
    },
  );
}

const word = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => bytesToHex(bytes));
const invite = fc.record({
  chainId: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  ballotbox: fc.uint8Array({ minLength: 20, maxLength: 20 }).map((bytes) => getAddress(bytesToHex(bytes))),
  pollId: fc.bigInt({ min: 1n, max: 2n ** 256n - 1n }),
  privateKey: fc.bigInt({ min: 1n, max: SECP256K1_ORDER - 1n }).map((key) => numberToHex(key, { size: 32 })),
  proof: fc.array(word, { maxLength: 32 }),
}) satisfies fc.Arbitrary<Invite>;

describe("invites", () => {
  describe("# createInvites", () => {
    it("Should create distinct invites whose proofs lead to the root", () => {
      const { root, tree, invites } = createInvites(poll, 5);
      assert.equal(invites.length, 5);
      assert.equal(new Set(invites.map((each) => each.privateKey)).size, 5);
      for (const each of invites) {
        assert.deepEqual({ chainId: each.chainId, ballotbox: each.ballotbox, pollId: each.pollId }, poll);
        assert.deepEqual(each.proof, tree.proof(inviteAddress(each)));
        assert.ok(inviteMatchesRoot(each, root));
      }
      const [stranger] = createInvites(poll, 5).invites;
      assert.ok(stranger !== undefined);
      assert.ok(!inviteMatchesRoot(stranger, root));
    });

    it("Should make one invite with an empty proof", () => {
      const { root, invites } = createInvites(poll, 1);
      const [only] = invites;
      assert.ok(only !== undefined);
      assert.deepEqual(only.proof, []);
      assert.ok(inviteMatchesRoot(only, root));
    });

    it("Should refuse a count outside 1..MAX_INVITES", () => {
      for (const count of [0, -1, 1.5, MAX_INVITES + 1, Number.NaN]) {
        assert.throws(() => createInvites(poll, count), /Choose a number of invites from 1 to 10000/);
      }
    });
  });

  describe("# signInviteRegistration", () => {
    it("Should sign Registration(pollId, commitment) with the invite key for the poll's contract", async () => {
      const [each] = createInvites(poll, 3).invites;
      assert.ok(each !== undefined);
      const registration = await signInviteRegistration(each, 42n);
      assert.equal(registration.pollId, poll.pollId);
      assert.equal(registration.identityCommitment, 42n);
      assert.equal(registration.invite, inviteAddress(each));
      assert.deepEqual(registration.inviteProof, each.proof);
      const signer = await recoverTypedDataAddress({
        domain: registrationDomain(poll),
        types: REGISTRATION_TYPES,
        primaryType: "Registration",
        message: { pollId: poll.pollId, identityCommitment: 42n },
        signature: registration.signature,
      });
      assert.equal(signer, inviteAddress(each));
    });

    it("Should refuse a number that is no identity commitment", async () => {
      const [each] = createInvites(poll, 1).invites;
      assert.ok(each !== undefined);
      await assert.rejects(signInviteRegistration(each, 0n), /is not an identity commitment/);
      await assert.rejects(signInviteRegistration(each, SNARK_SCALAR_FIELD), /is not an identity commitment/);
    });
  });

  describe("# invite links", () => {
    it("Should put the code in the fragment of <app>/join", () => {
      const [each] = createInvites(poll, 2).invites;
      assert.ok(each !== undefined);
      const code = encodeInviteCode(each);
      assert.equal(createInviteLink(APP, each), `${APP}/join#${code}`);
      assert.equal(createInviteLink(`${APP}/`, each), `${APP}/join#${code}`);
      assert.equal(createInviteLink(`${APP}/polls/`, each), `${APP}/polls/join#${code}`);
      assert.deepEqual(parseInviteLink(createInviteLink(`${APP}/polls/`, each)), each);
      assert.deepEqual(parseInviteLink(code), each);
      assert.deepEqual(parseInviteLink(`  ${createInviteLink(APP, each)}\n`), each);
      for (const bad of ["vote.example.org", "ftp://vote.example.org", `${APP}/?poll=1`, `${APP}/#x`]) {
        assert.throws(() => createInviteLink(bad, each), RangeError);
      }
    });

    it("Should keep a 100-invite poll's links short enough for a QR code", () => {
      const { invites } = createInvites({ ...poll, chainId: 11155111 }, 100);
      const longest = Math.max(...invites.map((each) => createInviteLink(APP, each).length));
      // 1 + 4 + 20 + 1 + 32 + 1 + 7 × 32 bytes = 283 bytes, 378 base64url characters, plus the address.
      assert.ok(longest <= `${APP}/join#`.length + 378, `longest link: ${longest} characters`);
    });

    it("Should reject links without a code, cut short, extended, altered or from a newer format", () => {
      const [each] = createInvites(poll, 4).invites;
      assert.ok(each !== undefined);
      const link = createInviteLink(APP, each);
      const code = encodeInviteCode(each);
      const bytes = base64UrlToBytes(code);
      assert.ok(bytes !== undefined);
      rejectsLink(`${APP}/join`, /no invite code/);
      rejectsLink(`${APP}/join#`, /no invite code after its "#"/);
      rejectsLink(`${link}!`, /characters an invite code never has/);
      rejectsLink(bytesToBase64Url(Uint8Array.of(2, ...bytes.slice(1))), /format 2, which this release/);
      rejectsLink(bytesToBase64Url(Uint8Array.of(...bytes, 0)), /goes on after its end/);
      const zeroKey = encodeInviteCode({ ...each, privateKey: `0x${"0".repeat(64)}` });
      rejectsLink(zeroKey, /invite key is not valid/);
      const noPoll = bytesToBase64Url(Uint8Array.of(1, 0xe9, 0xf4, 0x01, ...new Uint8Array(20), 0));
      rejectsLink(noPoll, /poll id is not valid/);
      assert.throws(() => encodeInviteCode({ ...each, ballotbox: zeroAddress, pollId: 0n }), /poll id must be/);
    });

    it("Property: any invite round-trips through its link", () => {
      fc.assert(
        fc.property(invite, (original) => {
          assert.deepEqual(parseInviteLink(createInviteLink(APP, original)), { ...original });
        }),
        { numRuns: FUZZ_RUNS },
      );
    });

    it("Property: a code cut short anywhere is rejected, never read as another invite", () => {
      fc.assert(
        fc.property(
          invite.chain((original) => {
            const code = encodeInviteCode(original);
            return fc.integer({ min: 0, max: code.length - 1 }).map((length) => code.slice(0, length));
          }),
          (prefix) => {
            assert.throws(() => decodeInviteCode(prefix), InvalidInviteLinkError);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    });
  });
});
