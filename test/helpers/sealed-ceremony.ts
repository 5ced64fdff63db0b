/**
 * Sealed polls on one network connection for the contract tests: a deployment, a sealed poll with its
 * ceremony opened (trustees are wallets 1 … n, deadlines an hour apart, voting an hour after the last),
 * the ceremony's steps performed with real material from lib/sealed, deterministic per poll, and the close.
 */
import assert from "node:assert/strict";
import type { NetworkConnection } from "hardhat/types/network";
import BallotboxModule from "../../ignition/modules/Ballotbox.ts";
import type { Hash } from "viem";
import { sealedArtifacts } from "../../lib/sealed/artifacts.node.ts";
import { commitmentWords, dealingWords, trusteeMask, wordsToPoints } from "../../lib/sealed/ceremony-words.ts";
import { G, type Point } from "../../lib/sealed/curve.ts";
import { tallyFromCombined } from "../../lib/sealed/discrete-log.ts";
import { combine } from "../../lib/sealed/lagrange.ts";
import { PARTIAL_DECRYPTION_CIRCUIT, provePartialDecryption } from "../../lib/sealed/partial-decryption-proof.ts";
import {
  aggregate,
  aggregateShares,
  deal,
  receiveShares,
  type AggregateKey,
  type Dealing,
  type TrusteeKey,
} from "../../lib/sealed/dkg.ts";
import { proveKey } from "../../lib/sealed/proof-of-knowledge.ts";
import type { CeremonyContext } from "../../lib/sealed/transcript.ts";
import { seededScalars } from "../sealed/seeded.ts";

export const HOUR = 3600n;

export interface CeremonyPlan {
  readonly trustees: number;
  readonly threshold: number;
  readonly optionCount: number;
  /** 0 single choice (default), 1 approval. */
  readonly ballotType?: number;
}

export function makeSealedFixtures(connection: NetworkConnection) {
  const { viem, networkHelpers } = connection;

  async function deployFixture() {
    const { ballotbox, trusteeCeremony, sealedBallots } = await connection.ignition.deploy(BallotboxModule);
    const wallets = await viem.getWalletClients();
    const publicClient = await viem.getPublicClient();
    const chainId = BigInt(await publicClient.getChainId());
    return { ballotbox, trusteeCeremony, sealedBallots, wallets, publicClient, chainId };
  }

  /** A sealed poll of `plan` with its ceremony opened. */
  async function opened(plan: CeremonyPlan) {
    const deployed = await networkHelpers.loadFixture(deployFixture);
    const { ballotbox, trusteeCeremony, wallets, chainId } = deployed;
    const now = BigInt(await networkHelpers.time.latest());
    const deadlines = {
      keysBy: now + HOUR,
      dealsBy: now + 2n * HOUR,
      complaintsBy: now + 3n * HOUR,
      revealsBy: now + 4n * HOUR,
    };
    const startTime = now + 5n * HOUR;
    const endTime = startTime + HOUR;
    const options = Array.from({ length: plan.optionCount }, (_, i) => `Option ${String(i + 1)}`);
    await ballotbox.write.createSealedPoll([
      "Budget?",
      options,
      plan.ballotType ?? 0,
      Number(startTime),
      Number(endTime),
    ]);
    const pollId = await ballotbox.read.pollCount();
    const trustees = wallets.slice(1, plan.trustees + 1).map((wallet) => wallet.account.address);
    await trusteeCeremony.write.openCeremony([
      pollId,
      trustees,
      plan.threshold,
      Number(deadlines.keysBy),
      Number(deadlines.dealsBy),
      Number(deadlines.complaintsBy),
      Number(deadlines.revealsBy),
    ]);
    const walletOf = (account: number) => {
      const wallet = wallets[account];
      if (wallet === undefined) throw new Error(`No wallet ${String(account)}`);
      return wallet;
    };
    /** TrusteeCeremony as wallet `account` (trustee i is wallet i). */
    const as = (account: number) =>
      viem.getContractAt("TrusteeCeremony", trusteeCeremony.address, { client: { wallet: walletOf(account) } });
    const context: CeremonyContext = { chainId, ceremony: trusteeCeremony.address, pollId };
    const random = seededScalars(Number(pollId) * 7919 + plan.trustees);
    const secrets = new Map(Array.from({ length: plan.trustees }, (_, i) => [i + 1, random()]));
    return {
      ...deployed,
      walletOf,
      as,
      pollId,
      context,
      deadlines,
      startTime,
      endTime,
      secrets,
      random,
      trustees,
      plan,
    };
  }

  type Opened = Awaited<ReturnType<typeof opened>>;

  /** Step 1 for each trustee of `which`. */
  async function publishKeys(setup: Opened, which: readonly number[]): Promise<TrusteeKey[]> {
    const keys: TrusteeKey[] = [];
    for (const index of which) {
      const { key, proof } = proveKey(setup.secrets.get(index) ?? 0n, setup.context, index, setup.random());
      const ceremony = await setup.as(index);
      await ceremony.write.publishKey([
        setup.pollId,
        [key.x, key.y],
        [proof.commitment.x, proof.commitment.y],
        proof.response,
      ]);
      keys.push({ index, publicKey: key });
    }
    return keys;
  }

  /** A fresh dealing by `dealer` to every trustee of `keys`. */
  function dealingOf(setup: Opened, dealer: number, keys: readonly TrusteeKey[]): Dealing {
    const { threshold, optionCount } = setup.plan;
    const secretKey = setup.secrets.get(dealer) ?? 0n;
    return deal(
      { threshold, optionCount, dealer: { index: dealer, secretKey }, recipients: keys, context: setup.context },
      setup.random,
    );
  }

  async function publishDealing(setup: Opened, dealing: Dealing): Promise<void> {
    const { commitments, encryptedShares } = dealingWords(dealing);
    await (await setup.as(dealing.dealer)).write.deal([setup.pollId, commitments, encryptedShares]);
  }

  /** Keys from `keyed`, then (from keysBy) a dealing from each of `dealers`. */
  async function keysAndDeals(setup: Opened, keyed: readonly number[], dealers: readonly number[]) {
    const keys = await publishKeys(setup, keyed);
    await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
    const dealings = new Map<number, Dealing>();
    for (const dealer of dealers) {
      const dealing = dealingOf(setup, dealer, keys);
      await publishDealing(setup, dealing);
      dealings.set(dealer, dealing);
    }
    return { keys, dealings };
  }

  /**
   * What the trustees hold once `qualified` are QUAL: the poll key (with the aggregate commitments) and each
   * trustee's aggregate share per option, each trustee decrypting its shares from the dealings' events.
   */
  function trusteeShares(setup: Opened, keys: readonly TrusteeKey[], qualified: readonly Dealing[]) {
    const { threshold, optionCount } = setup.plan;
    const key: AggregateKey = aggregate(qualified, threshold, optionCount);
    const dealers = qualified.map((dealing) => dealing.dealer);
    const shares = new Map<number, bigint[]>();
    for (const { index } of keys) {
      const received = receiveShares({
        threshold,
        optionCount,
        recipient: { index, secretKey: setup.secrets.get(index) ?? 0n },
        context: setup.context,
        dealings: qualified.map((dealing) => ({
          dealing,
          dealerKey: keys.find((trustee) => trustee.index === dealing.dealer)?.publicKey ?? G,
        })),
      });
      assert.ok(received.ok, `trustee ${String(index)} found a bad share`);
      shares.set(index, aggregateShares(received.shares, dealers, optionCount));
    }
    return { key, shares };
  }

  /** Step 5 from revealsBy, with these dealings as QUAL's; returns CeremonyFinalised's arguments. */
  async function finaliseWith(setup: Opened, qualified: readonly Dealing[]) {
    await networkHelpers.time.increaseTo(setup.deadlines.revealsBy);
    await setup.trusteeCeremony.write.finalise([
      setup.pollId,
      qualified.map((dealing) => commitmentWords(dealing.commitments)),
    ]);
    const [event] = await setup.trusteeCeremony.getEvents.CeremonyFinalised({ pollId: setup.pollId });
    assert.ok(event?.args.aggregateCommitments !== undefined && event.args.pollKeyHash !== undefined);
    return {
      qualified: event.args.qualified ?? 0,
      aggregateCommitments: event.args.aggregateCommitments,
      pollKeyHash: event.args.pollKeyHash,
    };
  }

  /**
   * The close, from endTime: each trustee of `decrypting` publishes its partial decryption of the encrypted
   * tally with its proof, then the total found from them (at most `maxCount` per option) is published and
   * checked by the contract. `onSent` hears of each transaction (the gas benchmark prices them).
   */
  async function decryptTotal(
    setup: Opened,
    { key, shares }: { key: AggregateKey; shares: ReadonlyMap<number, readonly bigint[]> },
    decrypting: readonly number[],
    maxCount: number,
    onSent: (kind: "partialDecryption" | "tally", hash: Hash) => Promise<void> = async () => {},
  ): Promise<bigint[]> {
    await networkHelpers.time.increaseTo(setup.endTime);
    const [c1, ...c2] = wordsToPoints(await setup.sealedBallots.read.getEncryptedTally([setup.pollId]));
    assert.ok(c1 !== undefined);
    const shareWords: bigint[][] = [];
    for (const trustee of decrypting) {
      const partial = await provePartialDecryption(
        shares.get(trustee) ?? [],
        c1,
        sealedArtifacts(PARTIAL_DECRYPTION_CIRCUIT),
      );
      const asTrustee = await viem.getContractAt("SealedBallots", setup.sealedBallots.address, {
        client: { wallet: setup.walletOf(trustee) },
      });
      const hash = await asTrustee.write.publishPartialDecryption([
        setup.pollId,
        commitmentWords(key.commitments),
        partial.decryptionShares,
        partial.proof,
      ]);
      await onSent("partialDecryption", hash);
      shareWords.push(partial.decryptionShares);
    }
    const combined = c2.map((_, option) =>
      combine(
        shareWords.map((words) => wordsToPoints(words)[option] as Point),
        decrypting,
      ),
    );
    const counts = tallyFromCombined(c2, combined, maxCount);
    await onSent(
      "tally",
      await setup.sealedBallots.write.publishTally([setup.pollId, counts, trusteeMask(decrypting), shareWords]),
    );
    return counts;
  }

  return {
    deployFixture,
    opened,
    publishKeys,
    dealingOf,
    publishDealing,
    keysAndDeals,
    trusteeShares,
    finaliseWith,
    decryptTotal,
  };
}

export type SealedFixtures = ReturnType<typeof makeSealedFixtures>;
export type OpenedCeremony = Awaited<ReturnType<SealedFixtures["opened"]>>;
