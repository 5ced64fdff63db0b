/**
 * Gas of sealed polls for scripts/bench-sealed.ts: whole-transaction gasUsed from receipts, on Hardhat's
 * in-process network, with real proofs made here and the deployment of ignition/modules/Ballotbox.ts.
 *
 * One election per ballot circuit measured (4 and 8 options), each with 5 trustees and a threshold of 3:
 *   - the ceremony, every step (a false complaint and its reveal included, so both are priced);
 *   - the poll's first ballot alone (it writes the encrypted tally's storage slots for the first time),
 *     then SINGLES more alone (the median is quoted), then one batch of BATCH;
 *   - for 8 options, the close: partial decryptions by trustees 1, 3 and 5 and the tally, which the
 *     contract accepts only if it equals the ballots' plaintexts, so the figure is of a correct close.
 */
import assert from "node:assert/strict";
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import { network } from "hardhat";
import type { Hash, PublicClient } from "viem";
import { hardhat } from "viem/chains";
import { ballotCircuitFor } from "../circuits/manifest.ts";
import { commitmentWords } from "../lib/sealed/ceremony-words.ts";
import { dealPolynomials, dealerPolynomials, revealShares, type Dealing } from "../lib/sealed/dkg.ts";
import { randomScalar } from "../lib/sealed/scalar.ts";
import { castableSealedBallot, proveSealedBallot, sealedBallotInput } from "../lib/sealed/sealed-ballot-proof.ts";
import type { CastSealedBallot } from "../lib/sealed/cast-ballot.ts";
import { collectSealedRecountInput, type SealedRecountInput } from "../lib/sealed/sealed-reader.ts";
import type { BallotboxConnection } from "../lib/chain/connection.ts";
import { makeSealedFixtures } from "../test/helpers/sealed-ceremony.ts";
import { median } from "./bench-stats.ts";
import { keyFile } from "./circuit-build.ts";

const TRUSTEES = 5;
const THRESHOLD = 3;
/** The trustees who decrypt: any THRESHOLD of them would do. */
const DECRYPTING = [1, 3, 5];
const SINGLES = 5;
const BATCH = 50;

export interface SealedElectionGas {
  /** The poll's first ballot, alone. */
  firstBallot: number;
  /** Median of SINGLES later ballots, each alone. */
  single: number;
  /** One batch of BATCH, per ballot. */
  batchPerBallot: number;
  ceremony: Record<"openCeremony" | "publishKey" | "deal" | "complain" | "reveal" | "finalise", number>;
  close?: { partialDecryption: number; tally: number; total: number; recountInput: SealedRecountInput };
}

export async function measureSealedElection(
  optionCount: number,
  options: { close: boolean; log: (line: string) => void },
): Promise<SealedElectionGas> {
  const connection = await network.create();
  const fixtures = makeSealedFixtures(connection);
  const { networkHelpers } = connection;
  const publicClient = (await connection.viem.getPublicClient()) as PublicClient;
  const gasOf = async (hash: Hash) => Number((await publicClient.waitForTransactionReceipt({ hash })).gasUsed);

  const setup = await fixtures.opened({ trustees: TRUSTEES, threshold: THRESHOLD, optionCount });
  const [opening] = await setup.trusteeCeremony.getEvents.CeremonyOpened({ pollId: setup.pollId }, { fromBlock: 0n });
  assert.ok(opening?.transactionHash !== undefined);
  const openCeremony = await gasOf(opening.transactionHash);

  const ballotCount = 1 + SINGLES + BATCH;
  const voters = Array.from({ length: ballotCount }, (_, i) => new Identity(`bench-sealed-gas-${String(i)}`));
  const roll = new Group(voters.map((voter) => voter.commitment));
  await setup.ballotbox.write.addVoters([setup.pollId, roll.members]);

  // The ceremony, step by step, each transaction's gas kept.
  const everyone = Array.from({ length: TRUSTEES }, (_, i) => i + 1);
  const { result: keys, gas: keyGas } = await gasOfEach(publicClient, () => fixtures.publishKeys(setup, everyone));
  await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
  // Dealer 1 deals from polynomials kept here, so that it can answer trustee 2's (false) complaint.
  const polynomials = dealerPolynomials(THRESHOLD, optionCount, setup.random);
  const parameters = { threshold: THRESHOLD, optionCount, recipients: keys, context: setup.context };
  const dealings: Dealing[] = [
    dealPolynomials(polynomials, { ...parameters, dealer: { index: 1, secretKey: setup.secrets.get(1) ?? 0n } }),
    ...everyone.slice(1).map((dealer) => fixtures.dealingOf(setup, dealer, keys)),
  ];
  const { gas: dealGas } = await gasOfEach(publicClient, async () => {
    for (const dealing of dealings) await fixtures.publishDealing(setup, dealing);
  });
  await networkHelpers.time.increaseTo(setup.deadlines.dealsBy);
  const complain = await gasOf(await (await setup.as(2)).write.complain([setup.pollId, 1n]));
  await networkHelpers.time.increaseTo(setup.deadlines.complaintsBy);
  const reveal = await gasOf(
    await (
      await setup.as(1)
    ).write.reveal([setup.pollId, 2n, commitmentWords(dealings[0]?.commitments ?? []), revealShares(polynomials, 2)]),
  );
  const { gas: finaliseGas } = await gasOfEach(publicClient, () => fixtures.finaliseWith(setup, dealings));
  const { key, shares } = fixtures.trusteeShares(setup, keys, dealings);
  await networkHelpers.time.increaseTo(setup.startTime);

  // Real ballots: voter i chooses option i mod K, so the expected counts are known.
  const spec = ballotCircuitFor(optionCount);
  const artifacts = { wasm: keyFile(spec, "wasm"), zkey: keyFile(spec, "zkey") };
  const scope = await setup.ballotbox.read.pollScope([setup.pollId]);
  const poll = { scope, ballotType: "single" as const, pollKeys: key.pollKeys };
  const expected = Array.from({ length: optionCount }, () => 0n);
  const ballots: CastSealedBallot[] = [];
  for (const [index, voter] of voters.entries()) {
    const choices = Array.from({ length: optionCount }, (_, option) => (option === index % optionCount ? 1 : 0));
    expected[index % optionCount] = (expected[index % optionCount] ?? 0n) + 1n;
    const input = sealedBallotInput(voter, roll.generateMerkleProof(index), poll, {
      choices,
      randomness: randomScalar(),
    });
    ballots.push(castableSealedBallot(await proveSealedBallot(input, artifacts), optionCount));
    if ((index + 1) % 10 === 0) options.log(`  ${String(index + 1)} of ${String(ballotCount)} ballots proved`);
  }
  const toStruct = ({ nullifier, ciphertexts, proof }: CastSealedBallot) => ({ nullifier, ciphertexts, proof });
  const [first, ...rest] = ballots.map(toStruct);
  assert.ok(first !== undefined);
  const sealed = setup.sealedBallots;
  const firstBallot = await gasOf(await sealed.write.castSealedVote([setup.pollId, first]));
  const singles: number[] = [];
  for (const ballot of rest.slice(0, SINGLES)) {
    singles.push(await gasOf(await sealed.write.castSealedVote([setup.pollId, ballot])));
  }
  const batch = rest.slice(SINGLES);
  const batchGas = await gasOf(await sealed.write.castSealedVotes([setup.pollId, batch]));
  assert.equal((await sealed.read.getSealedPoll([setup.pollId])).ballotCount, BigInt(ballotCount));

  const measured: SealedElectionGas = {
    firstBallot,
    single: median(singles),
    batchPerBallot: Math.round(batchGas / batch.length),
    ceremony: {
      openCeremony,
      publishKey: median(keyGas),
      deal: median(dealGas),
      complain,
      reveal,
      finalise: finaliseGas[0] ?? 0,
    },
  };
  if (!options.close) return measured;

  // The close: DECRYPTING's partial decryptions, then the tally, checked by the contract.
  const partialGas: number[] = [];
  let tally = 0;
  const counts = await fixtures.decryptTotal(setup, { key, shares }, DECRYPTING, ballotCount, async (kind, hash) => {
    if (kind === "partialDecryption") partialGas.push(await gasOf(hash));
    else tally = await gasOf(hash);
  });
  assert.deepEqual(counts, expected, "the decrypted total is not the ballots' plaintexts");
  assert.deepEqual([...(await sealed.read.getTally([setup.pollId]))], expected);
  const partialTotal = partialGas.reduce((sum, gas) => sum + gas, 0);
  // What the recount reads of the closed election, for its benchmark.
  const conn: BallotboxConnection = {
    client: publicClient,
    chain: publicClient.chain ?? hardhat,
    chainId: Number(setup.chainId),
    ballotbox: setup.ballotbox.address,
    semaphore: await setup.ballotbox.read.semaphore(),
    fromBlock: 0n,
  };
  const contracts = { sealedBallots: sealed.address, trusteeCeremony: setup.trusteeCeremony.address };
  const recountInput = await collectSealedRecountInput(conn, contracts, setup.pollId);
  return {
    ...measured,
    close: { partialDecryption: median(partialGas), tally, total: partialTotal + tally, recountInput },
  };
}

/** `work`'s result and the gas of every transaction mined while it ran (automine: one a block). */
async function gasOfEach<T>(publicClient: PublicClient, work: () => Promise<T>): Promise<{ result: T; gas: number[] }> {
  const from = await publicClient.getBlockNumber();
  const result = await work();
  const to = await publicClient.getBlockNumber();
  const gas: number[] = [];
  for (let number = from + 1n; number <= to; number++) {
    const block = await publicClient.getBlock({ blockNumber: number });
    for (const hash of block.transactions) {
      gas.push(Number((await publicClient.getTransactionReceipt({ hash })).gasUsed));
    }
  }
  return { result, gas };
}
