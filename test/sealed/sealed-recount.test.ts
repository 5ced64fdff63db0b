/**
 * The sealed recount against a real sealed election (in-process chain, real proofs, a false complaint
 * answered in the ceremony, trustees 1 and 3 of 3 decrypting), then against doctored inputs: each
 * tampering must be caught and named by its code; and the same from its sealed audit bundle, offline.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import { network } from "hardhat";
import { ballotCircuitFor } from "../../circuits/manifest.ts";
import type { BallotboxConnection } from "../../lib/chain/connection.ts";
import { createGroth16BatchVerifier } from "../../lib/proofs/groth16-batch.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { sealedArtifacts } from "../../lib/sealed/artifacts.node.ts";
import { commitmentWords } from "../../lib/sealed/ceremony-words.ts";
import { dealerPolynomials, dealPolynomials, revealShares, type Dealing } from "../../lib/sealed/dkg.ts";
import { randomScalar } from "../../lib/sealed/scalar.ts";
import { castableSealedBallot, proveSealedBallot, sealedBallotInput } from "../../lib/sealed/sealed-ballot-proof.ts";
import { isSealedBundle, parseSealedBundle, serializeSealedBundle } from "../../lib/sealed/sealed-bundle.ts";
import { collectSealedRecountInput, type SealedRecountInput } from "../../lib/sealed/sealed-reader.ts";
import { InvalidBundleError } from "../../lib/recount/bundle.ts";
import { recountSealed, type SealedRecountReport, type StatementVerifier } from "../../lib/sealed/sealed-recount.ts";
import { loadSealedVerificationKeys } from "../../lib/sealed/verification-keys.node.ts";
import { makeSealedFixtures } from "../helpers/sealed-ceremony.ts";

const OPTIONS = 4;
/** Voter i chooses CHOICES[i]: the total is [2, 1, 1, 0]. */
const CHOICES = [0, 2, 1, 0];
const DECRYPTING = [1, 3];

const connection = await network.create();
const fixtures = makeSealedFixtures(connection);
const { networkHelpers } = connection;
const verifier = await createGroth16BatchVerifier();
const verify: StatementVerifier = (key, statements) => verifier.verify(key, statements);
const keys = await loadSealedVerificationKeys(OPTIONS);

/** The election closed and decrypted; `beforeClose` pinned to the block of the last ballot. */
let genuine: SealedRecountInput;
let beforeClose: SealedRecountInput;

before(async () => {
  const setup = await fixtures.opened({ trustees: 3, threshold: 2, optionCount: OPTIONS });
  const voters = CHOICES.map((_, i) => new Identity(`sealed-recount-${String(i)}`));
  const roll = new Group(voters.map((voter) => voter.commitment));
  await setup.ballotbox.write.addVoters([setup.pollId, roll.members]);

  // The ceremony, with trustee 2's false complaint against dealer 1 answered by a reveal.
  const everyone = [1, 2, 3];
  const trusteeKeys = await fixtures.publishKeys(setup, everyone);
  await networkHelpers.time.increaseTo(setup.deadlines.keysBy);
  const polynomials = dealerPolynomials(2, OPTIONS, setup.random);
  const parameters = { threshold: 2, optionCount: OPTIONS, recipients: trusteeKeys, context: setup.context };
  const dealings: Dealing[] = [
    dealPolynomials(polynomials, { ...parameters, dealer: { index: 1, secretKey: setup.secrets.get(1) ?? 0n } }),
    ...[2, 3].map((dealer) => fixtures.dealingOf(setup, dealer, trusteeKeys)),
  ];
  for (const dealing of dealings) await fixtures.publishDealing(setup, dealing);
  await networkHelpers.time.increaseTo(setup.deadlines.dealsBy);
  await (await setup.as(2)).write.complain([setup.pollId, 1n]);
  await networkHelpers.time.increaseTo(setup.deadlines.complaintsBy);
  await (
    await setup.as(1)
  ).write.reveal([setup.pollId, 2n, commitmentWords(dealings[0]?.commitments ?? []), revealShares(polynomials, 2)]);
  await fixtures.finaliseWith(setup, dealings);
  const { key, shares } = fixtures.trusteeShares(setup, trusteeKeys, dealings);
  await networkHelpers.time.increaseTo(setup.startTime);

  const scope = await setup.ballotbox.read.pollScope([setup.pollId]);
  const poll = { scope, ballotType: "single" as const, pollKeys: key.pollKeys };
  const ballots = [];
  for (const [index, voter] of voters.entries()) {
    const choices = Array.from({ length: OPTIONS }, (_, option) => (option === CHOICES[index] ? 1 : 0));
    const input = sealedBallotInput(voter, roll.generateMerkleProof(index), poll, {
      choices,
      randomness: randomScalar(),
    });
    const { nullifier, ciphertexts, proof } = castableSealedBallot(
      await proveSealedBallot(input, sealedArtifacts(ballotCircuitFor(OPTIONS))),
      OPTIONS,
    );
    ballots.push({ nullifier, ciphertexts, proof });
  }
  const [first, ...rest] = ballots;
  assert.ok(first !== undefined);
  await setup.sealedBallots.write.castSealedVote([setup.pollId, first]);
  await setup.sealedBallots.write.castSealedVotes([setup.pollId, rest]);

  const publicClient = await connection.viem.getPublicClient();
  const conn: BallotboxConnection = {
    client: publicClient,
    chain: publicClient.chain,
    chainId: Number(setup.chainId),
    ballotbox: setup.ballotbox.address,
    semaphore: await setup.ballotbox.read.semaphore(),
    fromBlock: 0n,
  };
  const contracts = { sealedBallots: setup.sealedBallots.address, trusteeCeremony: setup.trusteeCeremony.address };
  beforeClose = await collectSealedRecountInput(conn, contracts, setup.pollId);

  // The close: trustees 1 and 3 decrypt (2 never does), then anyone publishes the total.
  await fixtures.decryptTotal(setup, { key, shares }, DECRYPTING, CHOICES.length);
  genuine = await collectSealedRecountInput(conn, contracts, setup.pollId);
});

after(releaseSnarkjs);

/** A deep copy to doctor (structuredClone keeps bigints). */
const doctor = (change: (input: Mutable<SealedRecountInput>) => void): SealedRecountInput => {
  const copy = structuredClone(genuine) as Mutable<SealedRecountInput>;
  change(copy);
  return copy;
};
/** T with every readonly removed, deeply (arrays and tuples keep their shape). */
type Mutable<T> = T extends bigint | number | string | boolean ? T : { -readonly [K in keyof T]: Mutable<T[K]> };

const codes = (report: SealedRecountReport) => report.discrepancies.map(({ code }) => code);
const reasonCodes = (report: SealedRecountReport) =>
  report.rejected.flatMap(({ reasons }) => reasons.map(({ code }) => code));

describe("sealed recount", () => {
  it("Should say MATCH for an untouched sealed election, decrypting the total itself", async () => {
    const report = await recountSealed(genuine, keys, verify);
    assert.equal(
      report.status,
      "MATCH",
      JSON.stringify(report.discrepancies, (_, v: unknown) => String(v)),
    );
    assert.deepEqual(report.tally, [2n, 1n, 1n, 0n]);
    assert.equal(report.closed, true);
    assert.equal(report.ballotsChecked, 4);
    assert.equal(report.ballotsCounted, 4);
    assert.deepEqual(report.ceremony.qualified, [1, 2, 3]);
    assert.deepEqual(report.decryption, { valid: [1, 3], used: [1, 3] });
    assert.deepEqual(report.encryptedTally, genuine.contract.encryptedTally);
  });

  it("Should recount an open sealed poll's turnout only, with no total", async () => {
    const report = await recountSealed(beforeClose, keys, verify);
    assert.equal(report.status, "MATCH");
    assert.equal(report.closed, false);
    assert.equal(report.tally, undefined);
    assert.equal(report.ballotsCounted, 4);
  });

  it("Should reject a ballot whose ciphertexts were copied from another voter's ballot", async () => {
    const input = doctor((copy) => {
      const [victim, thief] = copy.ballots;
      assert.ok(victim !== undefined && thief !== undefined);
      thief.ciphertexts = [...victim.ciphertexts];
    });
    const report = await recountSealed(input, keys, verify);
    assert.equal(report.status, "MISMATCH");
    assert.deepEqual(reasonCodes(report), ["proofInvalid"]);
    assert.deepEqual(codes(report).slice(0, 3), ["rejectedBallots", "ballotCountMismatch", "encryptedTallyMismatch"]);
  });

  it("Should count a voter once when their ballot appears twice", async () => {
    const input = doctor((copy) => {
      const [first] = copy.ballots;
      assert.ok(first !== undefined);
      copy.ballots.push(structuredClone(first));
    });
    const report = await recountSealed(input, keys, verify);
    assert.deepEqual(reasonCodes(report), ["nullifierReused"]);
    assert.equal(report.ballotsCounted, 4);
  });

  it("Should reject a ballot included after the poll closed", async () => {
    const input = doctor((copy) => {
      const [first] = copy.ballots;
      assert.ok(first !== undefined);
      first.blockTimestamp = copy.poll.endTime;
    });
    assert.deepEqual(reasonCodes(await recountSealed(input, keys, verify)), ["outsideVotingWindow"]);
  });

  it("Should catch an encrypted tally the contract does not hold to", async () => {
    const input = doctor((copy) => {
      copy.contract.encryptedTally[2] = (copy.contract.encryptedTally[2] ?? 0n) + 1n;
    });
    assert.deepEqual(codes(await recountSealed(input, keys, verify)), ["encryptedTallyMismatch"]);
  });

  it("Should catch a final total that is not what the shares decrypt", async () => {
    const input = doctor((copy) => {
      assert.ok(copy.contract.tally !== undefined && copy.decrypted !== undefined);
      copy.contract.tally[0] = 3n;
      copy.decrypted.counts[0] = 3n;
    });
    const report = await recountSealed(input, keys, verify);
    assert.deepEqual(codes(report), ["optionTallyMismatch"]);
    assert.deepEqual(report.tally, [2n, 1n, 1n, 0n]);
  });

  it("Should refuse a wrong partial decryption and say the total cannot be decrypted without it", async () => {
    const input = doctor((copy) => {
      const [share] = copy.partialDecryptions;
      assert.ok(share !== undefined);
      share.decryptionShares[0] = (share.decryptionShares[0] ?? 0n) + 1n;
    });
    const report = await recountSealed(input, keys, verify);
    assert.deepEqual(codes(report), ["partialDecryptionInvalid", "tallyTrusteesInvalid", "tallyUndecryptable"]);
    assert.deepEqual(report.decryption.valid, [3]);
    assert.equal(report.tally, undefined);
  });

  it("Should refuse a trustee key whose proof of knowledge was altered", async () => {
    const input = doctor((copy) => {
      const [key] = copy.ceremony.keys;
      assert.ok(key !== undefined);
      key.proof.response += 1n;
    });
    const report = await recountSealed(input, keys, verify);
    assert.deepEqual(
      report.discrepancies.map((d) => (d.code === "ceremony" ? d.finding.code : d.code)),
      ["keyProofInvalid"],
    );
  });

  it("Should rebuild QUAL without dealer 1 when its answer to the complaint is missing from the record", async () => {
    const input = doctor((copy) => {
      copy.ceremony.refusals = [];
    });
    const report = await recountSealed(input, keys, verify);
    assert.deepEqual(report.ceremony.qualified, [2, 3]);
    const findings = report.discrepancies.map((d) => (d.code === "ceremony" ? d.finding.code : d.code));
    assert.ok(findings.includes("qualifiedMismatch"), findings.join());
  });

  it("Should recount a sealed audit bundle offline exactly as the chain, and refuse a damaged one by field", async () => {
    const text = serializeSealedBundle(genuine);
    assert.equal(isSealedBundle(text), true);
    const fromBundle = parseSealedBundle(text);
    assert.deepEqual(fromBundle, genuine, "the bundle holds the recount input, bigint for bigint");
    const report = await recountSealed(fromBundle, keys, verify);
    assert.equal(report.status, "MATCH");
    assert.deepEqual(report.tally, [2n, 1n, 1n, 0n]);

    const bundle = JSON.parse(text) as { ballots: { ciphertexts: string[] }[]; ceremony: { threshold: unknown } };
    const [first] = bundle.ballots;
    assert.ok(first !== undefined);
    first.ciphertexts[2] = (BigInt(first.ciphertexts[2] ?? "0") + 1n).toString();
    const doctored = await recountSealed(parseSealedBundle(JSON.stringify(bundle)), keys, verify);
    assert.equal(doctored.status, "MISMATCH");
    assert.deepEqual(reasonCodes(doctored), ["proofInvalid"]);

    bundle.ceremony.threshold = "two";
    assert.throws(
      () => parseSealedBundle(JSON.stringify(bundle)),
      (error: unknown) => error instanceof InvalidBundleError && error.field === "ceremony.threshold",
    );
    assert.throws(() => parseSealedBundle("{"), /not valid JSON/);
    assert.equal(isSealedBundle(JSON.stringify({ format: "ballotbox-audit-bundle", version: 1 })), false);
  });
});
