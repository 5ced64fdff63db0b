/**
 * TrusteeCeremony on Hardhat's in-process network, with real ceremony material from lib/sealed: a whole
 * ceremony fixes the poll key the reference computes, and every step refuses what it must, each attack
 * its own test with its named error (docs/sealed-ballots.md, "The ceremony").
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { network } from "hardhat";
import type { Address } from "viem";
import { commitmentWords, dealingFromEvent, dealingWords, trusteeMask } from "../../lib/sealed/ceremony-words.ts";
import { FIELD_ORDER, G, IDENTITY, add, mulBase, type Point } from "../../lib/sealed/curve.ts";
import {
  aggregate,
  receiveShares,
  revealShares,
  dealerPolynomials,
  dealPolynomials,
  type Dealing,
} from "../../lib/sealed/dkg.ts";
import { pollKeyHash } from "../../lib/sealed/poll-key-hash.ts";
import { proveKey } from "../../lib/sealed/proof-of-knowledge.ts";
import { SUBGROUP_ORDER, modL } from "../../lib/sealed/scalar.ts";
import { HOUR, makeSealedFixtures, type CeremonyPlan } from "../helpers/sealed-ceremony.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const { deployFixture, opened, publishKeys, dealingOf, publishDealing, keysAndDeals, finaliseWith } =
  makeSealedFixtures(connection);

/** The point of order 2: on the curve, outside the prime-order subgroup. */
const ORDER_TWO: Point = { x: 0n, y: FIELD_ORDER - 1n };

const THREE_OF_FIVE: CeremonyPlan = { trustees: 5, threshold: 3, optionCount: 3 };

describe("TrusteeCeremony: a whole ceremony", () => {
  it("Should fix the poll key and its hash as lib/sealed computes them, and say Finalised", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const { dealings } = await keysAndDeals(setup, [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]);
    const expected = aggregate([...dealings.values()], 3, 3);
    const finalised = await finaliseWith(setup, [...dealings.values()]);
    assert.deepEqual(finalised.aggregateCommitments, commitmentWords(expected.commitments));
    assert.equal(finalised.pollKeyHash, pollKeyHash("single", 3, expected.pollKeys));
    assert.equal(await setup.trusteeCeremony.read.pollKeyHash([setup.pollId]), finalised.pollKeyHash);
    assert.equal(finalised.qualified, trusteeMask([1, 2, 3, 4, 5]));
    assert.equal(await setup.trusteeCeremony.read.status([setup.pollId]), 6); // Finalised
  });

  it("Should let t of n finish when n − t trustees never show up", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const { dealings } = await keysAndDeals(setup, [1, 2, 4], [1, 2, 4]);
    const finalised = await finaliseWith(setup, [...dealings.values()]);
    assert.equal(finalised.qualified, trusteeMask([1, 2, 4]));
    assert.equal(finalised.pollKeyHash, pollKeyHash("single", 3, aggregate([...dealings.values()], 3, 3).pollKeys));
  });

  it("Should give every trustee with a key the shares it can check, from the events alone", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const { keys } = await keysAndDeals(setup, [1, 2, 3], [1, 2, 3]);
    const events = await setup.trusteeCeremony.getEvents.SharesDealt({ pollId: setup.pollId }, { fromBlock: 0n });
    const fromChain = events.map(({ args }) =>
      dealingFromEvent(
        {
          dealer: args.dealer ?? 0n,
          commitments: args.commitments ?? [],
          recipients: args.recipients ?? 0,
          encryptedShares: args.encryptedShares ?? [],
        },
        3,
        3,
      ),
    );
    for (const { index } of keys) {
      const received = receiveShares({
        threshold: 3,
        optionCount: 3,
        recipient: { index, secretKey: setup.secrets.get(index) ?? 0n },
        context: setup.context,
        dealings: fromChain.map((dealing) => ({
          dealing,
          dealerKey: keys.find((key) => key.index === dealing.dealer)?.publicKey ?? IDENTITY,
        })),
      });
      assert.equal(received.ok, true, `trustee ${String(index)}`);
    }
  });
});

describe("TrusteeCeremony: opening", () => {
  async function poll() {
    const { ballotbox, trusteeCeremony, wallets } = await networkHelpers.loadFixture(deployFixture);
    const now = BigInt(await networkHelpers.time.latest());
    const startTime = now + 5n * HOUR;
    await ballotbox.write.createSealedPoll(["Q?", ["A", "B"], 0, Number(startTime), Number(startTime + HOUR)]);
    await ballotbox.write.createPoll(["Public?", ["A", "B"], 0, Number(startTime), Number(startTime + HOUR)]);
    const trustees = wallets.slice(1, 4).map((wallet) => wallet.account.address);
    const open = (
      overrides: { pollId?: bigint; trustees?: Address[]; threshold?: number; deadlines?: bigint[] } = {},
    ) => {
      const [a, b, c, d] = overrides.deadlines ?? [now + HOUR, now + 2n * HOUR, now + 3n * HOUR, now + 4n * HOUR];
      return trusteeCeremony.write.openCeremony([
        overrides.pollId ?? 1n,
        overrides.trustees ?? trustees,
        overrides.threshold ?? 2,
        Number(a),
        Number(b),
        Number(c),
        Number(d),
      ]);
    };
    return { trusteeCeremony, wallets, trustees, open, now, startTime };
  }

  it("Should refuse a public poll, a stranger, and a second opening", async () => {
    const { trusteeCeremony, wallets, open } = await poll();
    await viem.assertions.revertWithCustomError(
      open({ pollId: 2n }),
      trusteeCeremony,
      "TrusteeCeremony__PollNotSealed",
    );
    const stranger = await viem.getContractAt("TrusteeCeremony", trusteeCeremony.address, {
      client: { wallet: wallets[9] as (typeof wallets)[0] },
    });
    await viem.assertions.revertWithCustomError(
      stranger.write.openCeremony([1n, [wallets[1]?.account.address as Address], 1, 1, 2, 3, 4]),
      trusteeCeremony,
      "TrusteeCeremony__CallerIsNotTheOrganizer",
    );
    await open();
    await viem.assertions.revertWithCustomError(open(), trusteeCeremony, "TrusteeCeremony__AlreadyOpened");
  });

  it("Should refuse a threshold outside 1 … n, no trustees and more than 16", async () => {
    const { trusteeCeremony, wallets, trustees, open } = await poll();
    await viem.assertions.revertWithCustomErrorWithArgs(
      open({ threshold: 0 }),
      trusteeCeremony,
      "TrusteeCeremony__ThresholdOutOfRange",
      [0n, 3n],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      open({ threshold: 4 }),
      trusteeCeremony,
      "TrusteeCeremony__ThresholdOutOfRange",
      [4n, 3n],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      open({ trustees: [] }),
      trusteeCeremony,
      "TrusteeCeremony__TrusteeCountOutOfRange",
      [0n],
    );
    const seventeen = wallets.slice(0, 17).map((wallet) => wallet.account.address);
    assert.equal(seventeen.length, 17);
    await viem.assertions.revertWithCustomErrorWithArgs(
      open({ trustees: seventeen }),
      trusteeCeremony,
      "TrusteeCeremony__TrusteeCountOutOfRange",
      [17n],
    );
    const twice = [trustees[0], trustees[1], trustees[0]] as Address[];
    await viem.assertions.revertWithCustomError(
      open({ trustees: twice }),
      trusteeCeremony,
      "TrusteeCeremony__InvalidTrustee",
    );
    const zero = [trustees[0], "0x0000000000000000000000000000000000000000"] as Address[];
    await viem.assertions.revertWithCustomError(
      open({ trustees: zero }),
      trusteeCeremony,
      "TrusteeCeremony__InvalidTrustee",
    );
  });

  it("Should refuse deadlines out of order, in the past, or after the poll opens", async () => {
    const { trusteeCeremony, open, now, startTime } = await poll();
    for (const deadlines of [
      [now, now + 2n * HOUR, now + 3n * HOUR, now + 4n * HOUR],
      [now + 2n * HOUR, now + 2n * HOUR, now + 3n * HOUR, now + 4n * HOUR],
      [now + HOUR, now + 3n * HOUR, now + 2n * HOUR, now + 4n * HOUR],
      [now + HOUR, now + 2n * HOUR, now + 3n * HOUR, startTime + 1n],
    ]) {
      await viem.assertions.revertWithCustomError(
        open({ deadlines }),
        trusteeCeremony,
        "TrusteeCeremony__DeadlinesOutOfOrder",
      );
    }
  });
});

describe("TrusteeCeremony: keys", () => {
  it("Should refuse a non-trustee, a second key, and a key after keysBy", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const { key, proof } = proveKey(5n, setup.context, 1, 7n);
    const args = [setup.pollId, [key.x, key.y], [proof.commitment.x, proof.commitment.y], proof.response] as const;
    await viem.assertions.revertWithCustomError(
      (await setup.as(9)).write.publishKey(args),
      setup.trusteeCeremony,
      "TrusteeCeremony__NotATrustee",
    );
    await (await setup.as(1)).write.publishKey(args);
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await setup.as(1)).write.publishKey(args),
      setup.trusteeCeremony,
      "TrusteeCeremony__AlreadyDone",
      [0],
    );
    await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
    const late = proveKey(6n, setup.context, 2, 8n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await setup.as(2)).write.publishKey([
        setup.pollId,
        [late.key.x, late.key.y],
        [late.proof.commitment.x, late.proof.commitment.y],
        late.proof.response,
      ]),
      setup.trusteeCeremony,
      "TrusteeCeremony__StepClosed",
      [0],
    );
  });

  it("Should refuse O, a point of small order and a point off the curve as a key", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const trustee = await setup.as(1);
    const torsioned = add(mulBase(5n), ORDER_TWO);
    for (const key of [IDENTITY, ORDER_TWO, torsioned, { x: G.x, y: G.y + 1n }]) {
      await viem.assertions.revertWithCustomError(
        trustee.write.publishKey([setup.pollId, [key.x, key.y], [G.x, G.y], 1n]),
        setup.trusteeCeremony,
        "TrusteeCeremony__InvalidKey",
      );
    }
  });

  it("Should refuse a proof for another trustee, another poll, or with a changed response (a rogue key)", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const send = (index: number, made: ReturnType<typeof proveKey>, response = made.proof.response) =>
      setup
        .as(index)
        .then((ceremony) =>
          ceremony.write.publishKey([
            setup.pollId,
            [made.key.x, made.key.y],
            [made.proof.commitment.x, made.proof.commitment.y],
            response,
          ]),
        );
    const forTrusteeTwo = proveKey(11n, setup.context, 2, 13n);
    await viem.assertions.revertWithCustomError(
      send(1, forTrusteeTwo),
      setup.trusteeCeremony,
      "TrusteeCeremony__InvalidKeyProof",
    );
    const otherPoll = proveKey(11n, { ...setup.context, pollId: setup.pollId + 1n }, 1, 13n);
    await viem.assertions.revertWithCustomError(
      send(1, otherPoll),
      setup.trusteeCeremony,
      "TrusteeCeremony__InvalidKeyProof",
    );
    const genuine = proveKey(11n, setup.context, 1, 13n);
    await viem.assertions.revertWithCustomError(
      send(1, genuine, modL(genuine.proof.response + 1n)),
      setup.trusteeCeremony,
      "TrusteeCeremony__InvalidKeyProof",
    );
    await viem.assertions.revertWithCustomError(
      send(1, genuine, genuine.proof.response + SUBGROUP_ORDER),
      setup.trusteeCeremony,
      "TrusteeCeremony__InvalidKeyProof",
    );
    await send(1, genuine);
  });
});

describe("TrusteeCeremony: dealing", () => {
  it("Should refuse a dealing before keysBy, after dealsBy, from a non-trustee and from a trustee without a key", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const keys = await publishKeys(setup, [1, 2, 3]);
    const dealing = dealingOf(setup, 1, keys);
    const { commitments, encryptedShares } = dealingWords(dealing);
    const dealAs = async (trustee: number) =>
      (await setup.as(trustee)).write.deal([setup.pollId, commitments, encryptedShares]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      dealAs(1),
      setup.trusteeCeremony,
      "TrusteeCeremony__StepNotOpen",
      [1],
    );
    await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
    await viem.assertions.revertWithCustomError(dealAs(9), setup.trusteeCeremony, "TrusteeCeremony__NotATrustee");
    await viem.assertions.revertWithCustomErrorWithArgs(dealAs(4), setup.trusteeCeremony, "TrusteeCeremony__NoKey", [
      4n,
    ]);
    await dealAs(1);
    await viem.assertions.revertWithCustomErrorWithArgs(
      dealAs(1),
      setup.trusteeCeremony,
      "TrusteeCeremony__AlreadyDone",
      [1],
    );
    await networkHelpers.time.increaseTo(setup.deadlines.dealsBy);
    await viem.assertions.revertWithCustomErrorWithArgs(
      dealAs(2),
      setup.trusteeCeremony,
      "TrusteeCeremony__StepClosed",
      [1],
    );
  });

  it("Should refuse a dealing of the wrong size, a commitment off the curve and a share not below l", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const keys = await publishKeys(setup, [1, 2, 3]);
    await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
    const { commitments, encryptedShares } = dealingWords(dealingOf(setup, 1, keys));
    const trustee = await setup.as(1);
    await viem.assertions.revertWithCustomErrorWithArgs(
      trustee.write.deal([setup.pollId, commitments.slice(2), encryptedShares]),
      setup.trusteeCeremony,
      "TrusteeCeremony__WrongDealingSize",
      [18n, 16n],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      trustee.write.deal([setup.pollId, commitments, encryptedShares.slice(1)]),
      setup.trusteeCeremony,
      "TrusteeCeremony__WrongDealingSize",
      [9n, 8n],
    );
    const offCurve = commitments.map((word, i) => (i === 5 ? word + 1n : word));
    await viem.assertions.revertWithCustomErrorWithArgs(
      trustee.write.deal([setup.pollId, offCurve, encryptedShares]),
      setup.trusteeCeremony,
      "TrusteeCeremony__CommitmentNotOnCurve",
      [2n],
    );
    const notScalar = encryptedShares.map((share, i) => (i === 4 ? share + SUBGROUP_ORDER : share));
    await viem.assertions.revertWithCustomErrorWithArgs(
      trustee.write.deal([setup.pollId, commitments, notScalar]),
      setup.trusteeCeremony,
      "TrusteeCeremony__ShareNotAScalar",
      [4n],
    );
  });

  it("Should end the ceremony when fewer than t trustees published a key", async () => {
    const setup = await opened(THREE_OF_FIVE);
    await publishKeys(setup, [1, 2]);
    await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
    // Too few keys is what stops it, before the (empty) dealing is even looked at.
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await setup.as(1)).write.deal([setup.pollId, [], []]),
      setup.trusteeCeremony,
      "TrusteeCeremony__TooFewKeys",
      [2n, 3n],
    );
    assert.equal(await setup.trusteeCeremony.read.status([setup.pollId]), 7); // FailedTooFewKeys
  });
});

describe("TrusteeCeremony: complaints and reveals", () => {
  /** Trustees 1 … 4 with keys and dealings, dealer 2's share for trustee 3 (recipient position 2) tampered. */
  async function withBadShare() {
    const setup = await opened(THREE_OF_FIVE);
    const keys = await publishKeys(setup, [1, 2, 3, 4]);
    await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
    const polynomials = dealerPolynomials(3, 3, setup.random);
    const parameters = {
      threshold: 3,
      optionCount: 3,
      dealer: { index: 2, secretKey: setup.secrets.get(2) ?? 0n },
      recipients: keys,
      context: setup.context,
    };
    const honest = dealPolynomials(polynomials, parameters);
    const bad: Dealing = {
      ...honest,
      encryptedShares: honest.encryptedShares.map((row, position) =>
        position === 2 ? row.map((share, j) => (j === 1 ? modL(share + 1n) : share)) : row,
      ),
    };
    const dealings = new Map<number, Dealing>([[2, bad]]);
    await publishDealing(setup, bad);
    for (const dealer of [1, 3, 4]) {
      const dealing = dealingOf(setup, dealer, keys);
      await publishDealing(setup, dealing);
      dealings.set(dealer, dealing);
    }
    return { setup, keys, dealings, polynomials };
  }

  it("Should uphold a complaint the dealer does not answer: the dealer leaves QUAL", async () => {
    const { setup, keys, dealings } = await withBadShare();
    const received = receiveShares({
      threshold: 3,
      optionCount: 3,
      recipient: { index: 3, secretKey: setup.secrets.get(3) ?? 0n },
      context: setup.context,
      dealings: [...dealings.values()].map((dealing) => ({
        dealing,
        dealerKey: keys[dealing.dealer - 1]?.publicKey ?? IDENTITY,
      })),
    });
    assert.equal(received.ok, false);
    assert.deepEqual(received.bad, [{ dealer: 2, option: 1 }]);
    await networkHelpers.time.increaseTo(setup.deadlines.dealsBy);
    await (await setup.as(3)).write.complain([setup.pollId, 2n]);
    assert.deepEqual(await setup.trusteeCeremony.read.complaintsAgainst([setup.pollId, 2n]), [trusteeMask([3]), 0]);
    const qualified = [1, 3, 4].map((dealer) => dealings.get(dealer) as Dealing);
    const finalised = await finaliseWith(setup, qualified);
    assert.equal(finalised.qualified, trusteeMask([1, 3, 4]));
    assert.equal(finalised.pollKeyHash, pollKeyHash("single", 3, aggregate(qualified, 3, 3).pollKeys));
  });

  it("Should refuse a reveal of the bad share: it does not match the commitments", async () => {
    const { setup, dealings, polynomials } = await withBadShare();
    await networkHelpers.time.increaseTo(setup.deadlines.dealsBy);
    await (await setup.as(3)).write.complain([setup.pollId, 2n]);
    await networkHelpers.time.increaseTo(setup.deadlines.complaintsBy);
    const shares = revealShares(polynomials, 3).map((share, option) => (option === 1 ? modL(share + 1n) : share));
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await setup.as(2)).write.reveal([
        setup.pollId,
        3n,
        commitmentWords((dealings.get(2) as Dealing).commitments),
        shares,
      ]),
      setup.trusteeCeremony,
      "TrusteeCeremony__WrongRevealedShare",
      [1n],
    );
  });

  it("Should refuse a false complaint: the honest dealer reveals, and stays in QUAL", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const keys = await publishKeys(setup, [1, 2, 3]);
    await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
    const polynomials = dealerPolynomials(3, 3, setup.random);
    const honest = dealPolynomials(polynomials, {
      threshold: 3,
      optionCount: 3,
      dealer: { index: 1, secretKey: setup.secrets.get(1) ?? 0n },
      recipients: keys,
      context: setup.context,
    });
    await publishDealing(setup, honest);
    const others = [2, 3].map((dealer) => dealingOf(setup, dealer, keys));
    for (const dealing of others) await publishDealing(setup, dealing);
    await networkHelpers.time.increaseTo(setup.deadlines.dealsBy);
    await (await setup.as(3)).write.complain([setup.pollId, 1n]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await setup.as(3)).write.complain([setup.pollId, 1n]),
      setup.trusteeCeremony,
      "TrusteeCeremony__AlreadyDone",
      [2],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      (await setup.as(3)).write.complain([setup.pollId, 3n]),
      setup.trusteeCeremony,
      "TrusteeCeremony__NotADealer",
      [3n],
    );
    const dealer = await setup.as(1);
    const reveal = () =>
      dealer.write.reveal([setup.pollId, 3n, commitmentWords(honest.commitments), revealShares(polynomials, 3)]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      reveal(),
      setup.trusteeCeremony,
      "TrusteeCeremony__StepNotOpen",
      [3],
    );
    await networkHelpers.time.increaseTo(setup.deadlines.complaintsBy);
    await viem.assertions.revertWithCustomErrorWithArgs(
      dealer.write.reveal([setup.pollId, 2n, commitmentWords(honest.commitments), revealShares(polynomials, 2)]),
      setup.trusteeCeremony,
      "TrusteeCeremony__NoOpenComplaint",
      [1n, 2n],
    );
    await reveal();
    const [refused] = await setup.trusteeCeremony.getEvents.ComplaintRefused({ pollId: setup.pollId });
    assert.deepEqual(refused?.args.shares, revealShares(polynomials, 3));
    const finalised = await finaliseWith(setup, [honest, ...others]);
    assert.equal(finalised.qualified, trusteeMask([1, 2, 3]));
  });

  it("Should disqualify a dealer whose commitment is outside the subgroup, and refuse a false accusation", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const keys = await publishKeys(setup, [1, 2, 3, 4]);
    await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
    const honest = dealingOf(setup, 1, keys);
    // Dealer 2's A_{0,2} carries a point of order 2: trustee 2·k's Feldman check would still pass.
    const tainted = dealingOf(setup, 2, keys);
    const torsioned: Dealing = {
      ...tainted,
      commitments: tainted.commitments.map((row, j) =>
        j === 0 ? row.map((point, l) => (l === 2 ? add(point, ORDER_TWO) : point)) : row,
      ),
    };
    const others = [3, 4].map((dealer) => dealingOf(setup, dealer, keys));
    for (const dealing of [honest, torsioned, ...others]) await publishDealing(setup, dealing);
    await networkHelpers.time.increaseTo(setup.deadlines.dealsBy);
    const accuser = await setup.as(4);
    await viem.assertions.revertWithCustomErrorWithArgs(
      accuser.write.disqualify([setup.pollId, 1n, commitmentWords(honest.commitments), 2n]),
      setup.trusteeCeremony,
      "TrusteeCeremony__CommitmentInSubgroup",
      [2n],
    );
    await viem.assertions.revertWithCustomError(
      accuser.write.disqualify([setup.pollId, 2n, commitmentWords(honest.commitments), 2n]),
      setup.trusteeCeremony,
      "TrusteeCeremony__WrongCommitments",
    );
    await accuser.write.disqualify([setup.pollId, 2n, commitmentWords(torsioned.commitments), 2n]);
    const finalised = await finaliseWith(setup, [honest, ...others]);
    assert.equal(finalised.qualified, trusteeMask([1, 3, 4]));
  });
});

describe("TrusteeCeremony: finalising", () => {
  it("Should refuse to finalise before revealsBy, with the wrong dealings, twice, or after startTime", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const { dealings } = await keysAndDeals(setup, [1, 2, 3], [1, 2, 3]);
    const words = [...dealings.values()].map((dealing) => commitmentWords(dealing.commitments));
    const finalise = (given: bigint[][]) => setup.trusteeCeremony.write.finalise([setup.pollId, given]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      finalise(words),
      setup.trusteeCeremony,
      "TrusteeCeremony__StepNotOpen",
      [4],
    );
    await networkHelpers.time.increaseTo(setup.deadlines.revealsBy);
    assert.equal(await setup.trusteeCeremony.read.status([setup.pollId]), 5); // Finalising
    await viem.assertions.revertWithCustomErrorWithArgs(
      finalise(words.slice(1)),
      setup.trusteeCeremony,
      "TrusteeCeremony__WrongQualifiedCount",
      [3n, 2n],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      finalise([words[1], words[0], words[2]] as bigint[][]),
      setup.trusteeCeremony,
      "TrusteeCeremony__WrongCommitments",
      [1n],
    );
    await finalise(words);
    await viem.assertions.revertWithCustomErrorWithArgs(
      finalise(words),
      setup.trusteeCeremony,
      "TrusteeCeremony__AlreadyDone",
      [4],
    );
  });

  it("Should say why a ceremony failed: too few qualified, or not finalised by startTime", async () => {
    const setup = await opened(THREE_OF_FIVE);
    const { dealings } = await keysAndDeals(setup, [1, 2, 3], [1, 2]);
    await networkHelpers.time.increaseTo(setup.deadlines.revealsBy);
    assert.equal(await setup.trusteeCeremony.read.status([setup.pollId]), 8); // FailedTooFewQualified
    await viem.assertions.revertWithCustomErrorWithArgs(
      setup.trusteeCeremony.write.finalise([
        setup.pollId,
        [...dealings.values()].map((dealing) => commitmentWords(dealing.commitments)),
      ]),
      setup.trusteeCeremony,
      "TrusteeCeremony__TooFewQualified",
      [2n, 3n],
    );

    const late = await opened(THREE_OF_FIVE);
    const lateDeals = await keysAndDeals(late, [1, 2, 3], [1, 2, 3]);
    await networkHelpers.time.increaseTo(late.startTime);
    assert.equal(await late.trusteeCeremony.read.status([late.pollId]), 9); // FailedNotFinalised
    await viem.assertions.revertWithCustomErrorWithArgs(
      late.trusteeCeremony.write.finalise([
        late.pollId,
        [...lateDeals.dealings.values()].map((dealing) => commitmentWords(dealing.commitments)),
      ]),
      late.trusteeCeremony,
      "TrusteeCeremony__StepClosed",
      [4],
    );
  });
});
