/**
 * Sealed polls from the command line: `trustee key create`, `trustee step`, and the sealed halves of
 * `poll create --sealed`, `status`, `vote` and `recount` (which dispatch here by the poll's secrecy).
 */
import type { CeremonyDeadlines } from "../../lib/polls/sealed-draft.ts";
import { readFile, writeFile } from "node:fs/promises";
import type { Address } from "viem";
import { ballotboxAbi, sealedBallotsAbi, trusteeCeremonyAbi } from "../../lib/contracts/abis.generated.ts";
import type { BallotboxConnection } from "../../lib/chain/connection.ts";
import { PollNotFoundError, readPollSecrecy, readRollChanges } from "../../lib/chain/poll-reader.ts";
import type { Identity } from "../../lib/identity/identity.ts";
import { createGroth16BatchVerifier } from "../../lib/proofs/groth16-batch.ts";
import { terminalProgress } from "../../lib/proofs/terminal-progress.node.ts";
import { rebuildRoll } from "../../lib/recount/roll.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { choiceVector } from "../../lib/sealed/ballot-encryption.ts";
import { wordsToCommitments, wordsToPoints } from "../../lib/sealed/ceremony-words.ts";
import { PARTIAL_DECRYPTION_CIRCUIT } from "../../lib/sealed/partial-decryption-proof.ts";
import { sealedArtifacts } from "../../lib/sealed/artifacts.node.ts";
import { randomScalar } from "../../lib/sealed/scalar.ts";
import { castableSealedBallot, proveSealedBallot, sealedBallotInput } from "../../lib/sealed/sealed-ballot-proof.ts";
import { serializeSealedBundle } from "../../lib/sealed/sealed-bundle.ts";
import { collectSealedRecountInput, type SealedRecountInput } from "../../lib/sealed/sealed-reader.ts";
import { recountSealed } from "../../lib/sealed/sealed-recount.ts";
import { pollKeysOf, readSealedState, sealedContractsOf, type SealedContracts } from "../../lib/sealed/sealed-state.ts";
import { exportTrusteeBackup, importTrusteeBackup } from "../../lib/sealed/trustee-backup.ts";
import { takeTrusteeTurn } from "../../lib/sealed/trustee-run.ts";
import { createTrusteeSeed, trusteeFingerprint } from "../../lib/sealed/trustee-secret.ts";
import { loadSealedVerificationKeys } from "../../lib/sealed/verification-keys.node.ts";
import { ballotCircuitFor } from "../../circuits/manifest.ts";
import { contractError } from "../../lib/contracts/contract-errors.ts";
import { readDeployment } from "../../lib/contracts/deployments.ts";
import { ballotNullifier } from "../../lib/voting/nullifier.ts";
import { connect, loadSigner, PACKAGE_ROOT, sendContractCall, walletFor, type GlobalOptions } from "../context.ts";
import { CliError } from "../errors.ts";
import {
  at,
  describeCeremonyStatus,
  describeTrusteeAction,
  describeTrusteeWait,
  formatSealedReport,
} from "../sealed-words.ts";
import { toDecimalJson } from "../../lib/json/decimal-json.ts";
import { deliverThroughRelayer, printRelayedReceipt } from "../relayer-delivery.ts";
import type { VoteOptions } from "./votes.ts";

const SEALED_NOTE = "The choice stays sealed: only the total is ever decrypted, after the poll closes.";

/** SealedBallots and TrusteeCeremony of the connected Ballotbox: BALLOTBOX_SEALED_BALLOTS or the deployment file. */
export async function sealedContracts(conn: BallotboxConnection): Promise<SealedContracts> {
  let address = process.env.BALLOTBOX_SEALED_BALLOTS as Address | undefined;
  if (address === undefined) {
    try {
      address = (await readDeployment(PACKAGE_ROOT, conn.chainId)).sealedBallots;
    } catch (error) {
      throw new CliError(
        `Sealed polls need the SealedBallots contract: set BALLOTBOX_SEALED_BALLOTS (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  try {
    return await sealedContractsOf(conn, address);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** Whether a poll is sealed until close; a poll that does not exist is left to its reader to report. */
export async function isSealedPoll(conn: BallotboxConnection, pollId: bigint): Promise<boolean> {
  try {
    return (await readPollSecrecy(conn, pollId)) === "sealed";
  } catch (error) {
    if (error instanceof PollNotFoundError) return false;
    throw error;
  }
}

export interface SealedPollSpec {
  trustees: Address[];
  threshold: number;
  deadlines: CeremonyDeadlines;
}

/** Opens the ceremony of a sealed poll just created (organizer only). */
export async function openCeremony(
  conn: BallotboxConnection,
  wallet: ReturnType<typeof walletFor>,
  pollId: bigint,
  spec: SealedPollSpec,
): Promise<void> {
  const { trusteeCeremony } = await sealedContracts(conn);
  const { keysBy, dealsBy, complaintsBy, revealsBy } = spec.deadlines;
  await sendContractCall(conn, wallet, {
    address: trusteeCeremony,
    abi: trusteeCeremonyAbi,
    functionName: "openCeremony",
    args: [pollId, spec.trustees, spec.threshold, keysBy, dealsBy, complaintsBy, revealsBy],
  });
  console.log(
    `  Trustees: ${spec.threshold} of ${spec.trustees.length} decrypt the total (${spec.trustees.join(", ")})`,
  );
  console.log(
    `  Ceremony: keys by ${at(BigInt(keysBy))}, deals by ${at(BigInt(dealsBy))}, complaints by ${at(BigInt(complaintsBy))}, reveals by ${at(BigInt(revealsBy))}`,
  );
}

function trusteePassphrase(): string {
  const passphrase = process.env.BALLOTBOX_TRUSTEE_PASSPHRASE;
  if (passphrase === undefined || passphrase === "") {
    throw new CliError("A trustee key is always encrypted: set BALLOTBOX_TRUSTEE_PASSPHRASE.");
  }
  return passphrase;
}

export async function createTrusteeKeyCommand(options: { out: string }): Promise<void> {
  const seed = createTrusteeSeed();
  const text = await exportTrusteeBackup(seed, trusteePassphrase()).catch((error: unknown) => {
    throw new CliError(error instanceof Error ? error.message : String(error));
  });
  try {
    await writeFile(options.out, text, { mode: 0o600, flag: "wx" });
  } catch {
    throw new CliError(
      `Cannot write ${options.out}: it exists already (it may hold another key) or the folder is missing.`,
    );
  }
  console.log(`Wrote a new trustee key (fingerprint ${trusteeFingerprint(seed)}) to ${options.out}, encrypted.`);
  console.log("Keep a copy: every step of every ceremony this key serves is derived from it.");
}

async function readTrusteeSeed(file: string): Promise<Uint8Array> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliError(`Cannot read the trustee key ${file}.`);
  }
  try {
    return await importTrusteeBackup(text, trusteePassphrase());
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** Sends one planned action; the proof of a partial decryption is made here. */
export async function trusteeStepCommand(global: GlobalOptions, options: { poll: bigint; key: string }): Promise<void> {
  const seed = await readTrusteeSeed(options.key);
  const conn = await connect(global);
  const contracts = await sealedContracts(conn);
  const wallet = walletFor(conn, await loadSigner(global, conn.chainId));
  const index = Number(
    await conn.client.readContract({
      address: contracts.trusteeCeremony,
      abi: trusteeCeremonyAbi,
      functionName: "trusteeIndex",
      args: [options.poll, wallet.account.address],
    }),
  );
  if (index === 0) throw new CliError(`${wallet.account.address} is not a trustee of poll ${options.poll}.`);
  const plan = await takeTrusteeTurn(
    conn,
    contracts,
    { pollId: options.poll, trustee: index, seed, send: (call) => sendContractCall(conn, wallet, call) },
    {
      partialDecryption: sealedArtifacts(PARTIAL_DECRYPTION_CIRCUIT),
      onPlan: (first, state, round) => {
        if (round !== 0) return;
        console.log(
          `Trustee ${index} of poll ${options.poll} (${wallet.account.address}); ceremony ${describeCeremonyStatus(state.status)}.`,
        );
        if (first.actions.length === 0) console.log("Nothing is due from this trustee now.");
      },
      onProved: (ms) => {
        console.error(`Made the partial decryption's proof in ${(ms / 1000).toFixed(1)} s.`);
      },
      onAction: (action, receipt) => {
        console.log(`${describeTrusteeAction(action)} (transaction ${receipt.transactionHash})`);
      },
    },
  );
  console.log(describeTrusteeWait(plan.then));
}

export async function sealedStatus(
  conn: BallotboxConnection,
  pollId: bigint,
  options: { json?: boolean },
): Promise<void> {
  const contracts = await sealedContracts(conn);
  const state = await readSealedState(conn, contracts, pollId);
  const rollSize = await conn.client.readContract({
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: "getRollSize",
    args: [pollId],
  });
  const { poll, ceremony } = state;
  const phase = state.now < poll.startTime ? "registration" : state.now < poll.endTime ? "voting" : "closed";
  const decrypted = state.partialDecryptions.map((p) => p.trustee).sort((a, b) => a - b);
  if (options.json === true) {
    const summary = {
      ...poll,
      phase,
      rollSize,
      ceremony: {
        status: state.status,
        ...(ceremony === undefined
          ? {}
          : {
              threshold: ceremony.record.threshold,
              trustees: ceremony.record.trustees,
              deadlines: ceremony.deadlines,
              keyed: ceremony.keyed,
              dealt: ceremony.dealt,
              complaints: ceremony.record.complaints,
              qualified: ceremony.qualified,
              pollKeyHash: ceremony.record.finalised?.pollKeyHash,
            }),
      },
      ballotCount: state.ballotCount,
      encryptedTally: state.encryptedTally,
      decrypted,
      tally: state.tally,
    };
    console.log(toDecimalJson(summary, 2));
    return;
  }
  console.log(`Poll ${poll.pollId}: ${poll.question}`);
  console.log(`  Phase: ${phase} (voting ${at(poll.startTime)} → ${at(poll.endTime)}); sealed until close`);
  console.log(`  Ballot: ${poll.ballotType === "single" ? "single choice" : "approval"}; roll: ${rollSize} voter(s)`);
  console.log(`  Key ceremony: ${describeCeremonyStatus(state.status)}`);
  if (ceremony !== undefined) {
    const { threshold, trustees } = ceremony.record;
    console.log(
      `    ${threshold} of ${trustees.length} trustees decrypt; keys: ${ceremony.keyed.join(", ") || "none"}; dealt: ${ceremony.dealt.join(", ") || "none"}`,
    );
    for (const { dealer, complainant } of ceremony.record.complaints) {
      const answered = ceremony.record.refusals.some((r) => r.dealer === dealer && r.complainant === complainant);
      console.log(`    complaint by ${complainant} against ${dealer}: ${answered ? "answered, refused" : "open"}`);
    }
    console.log(`    qualified: ${ceremony.qualified.join(", ") || "none"}`);
    if (ceremony.record.finalised !== undefined) {
      const keys = wordsToCommitments(ceremony.record.finalised.aggregateCommitments, threshold, poll.optionCount).map(
        (row) => row[0],
      );
      console.log(`    poll key hash ${ceremony.record.finalised.pollKeyHash}; option 1's key x = ${keys[0]?.x ?? 0n}`);
    }
  }
  console.log(`  Turnout: ${state.ballotCount} of ${rollSize}`);
  const [c1] = wordsToPoints(state.encryptedTally);
  console.log(`  Encrypted tally: C̄₁ = (${c1?.x ?? 0n}, …)`);
  if (state.tally === undefined) {
    const threshold = ceremony?.record.threshold ?? 0;
    console.log(
      `  Decryption: ${decrypted.length} of ${threshold} partial decryptions (${decrypted.join(", ") || "none"}); the total stays sealed until then`,
    );
    return;
  }
  console.log(`  Decrypted by trustees ${decrypted.join(", ")}:`);
  poll.options.forEach((label, index) => {
    console.log(`  ${String(index + 1).padStart(2)}. ${label}: ${state.tally?.[index] ?? 0n}`);
  });
}

export async function sealedVote(
  global: GlobalOptions,
  conn: BallotboxConnection,
  identity: Identity,
  options: VoteOptions,
): Promise<void> {
  const contracts = await sealedContracts(conn);
  const blockNumber = await conn.client.getBlockNumber();
  const state = await readSealedState(conn, contracts, options.poll, { blockNumber });
  const { poll } = state;
  const pollKeys = pollKeysOf(state);
  if (pollKeys === undefined) {
    throw new CliError(
      `Poll ${options.poll} takes no ballots: its key ceremony is ${describeCeremonyStatus(state.status)}.`,
    );
  }
  let choices: (0 | 1)[];
  try {
    choices = choiceVector(poll, options.choice);
  } catch (error) {
    throw new CliError(`--choice: ${error instanceof Error ? error.message : String(error)}`);
  }
  const roll = rebuildRoll(
    await readRollChanges(conn, poll.groupId, { fromBlock: poll.createdBlock, toBlock: blockNumber }),
  );
  const index = roll.indexOf(identity.commitment);
  if (index < 0) throw new CliError(`This identity is not on poll ${options.poll}'s roll.`);
  const scope = await conn.client.readContract({
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: "pollScope",
    args: [options.poll],
  });
  // Checked before seconds of proving: the contract would refuse the ballot anyway.
  const spent = await conn.client.readContract({
    address: contracts.sealedBallots,
    abi: sealedBallotsAbi,
    functionName: "nullifierUsed",
    args: [options.poll, ballotNullifier(identity, scope)],
  });
  if (spent) throw new CliError(contractError("Ballotbox__NullifierAlreadyUsed").message);
  const input = sealedBallotInput(
    identity,
    roll.generateMerkleProof(index),
    { scope, ballotType: poll.ballotType, pollKeys },
    {
      choices,
      randomness: randomScalar(),
    },
  );
  const started = performance.now();
  let ballot;
  try {
    ballot = castableSealedBallot(
      await proveSealedBallot(input, sealedArtifacts(ballotCircuitFor(poll.optionCount))),
      poll.optionCount,
    );
  } finally {
    await releaseSnarkjs();
  }
  console.error(`Encrypted the ballot and made its proof in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (options.relayer !== undefined) {
    const relayed = await deliverThroughRelayer({ url: options.relayer, wait: options.wait }, (relayer) =>
      relayer.submitSealedBallot(options.poll, ballot),
    );
    printRelayedReceipt(relayed, ballot.nullifier);
    console.log(SEALED_NOTE);
    return;
  }
  const wallet = walletFor(conn, await loadSigner(global, conn.chainId));
  console.error(
    `Sending from ${wallet.account.address}: this wallet is now linked to the ballot on chain (not to the choice).`,
  );
  const receipt = await sendContractCall(conn, wallet, {
    address: contracts.sealedBallots,
    abi: sealedBallotsAbi,
    functionName: "castSealedVote",
    args: [options.poll, ballot],
  });
  console.log(
    `Counted into the encrypted tally in block ${receipt.blockNumber}, transaction ${receipt.transactionHash}.`,
  );
  console.log(`Receipt (nullifier): ${ballot.nullifier}`);
  console.log(SEALED_NOTE);
}

export async function sealedRecount(
  conn: BallotboxConnection,
  pollId: bigint,
  options: { block?: bigint; json?: string },
): Promise<void> {
  const contracts = await sealedContracts(conn);
  await finishSealedRecount(
    await collectSealedRecountInput(conn, contracts, pollId, { blockNumber: options.block }),
    options,
  );
}

/** The sealed recount of an input read from the chain or from a sealed audit bundle, printed in English. */
export async function finishSealedRecount(input: SealedRecountInput, options: { json?: string }): Promise<void> {
  const keys = await loadSealedVerificationKeys(input.poll.optionCount);
  const verifier = await createGroth16BatchVerifier();
  const progress = terminalProgress("Verifying proofs");
  let report;
  try {
    report = await recountSealed(input, keys, (key, statements) => verifier.verify(key, statements), progress.update);
  } finally {
    progress.finish();
  }
  console.log(formatSealedReport(report, input.poll.question, input.poll.options));
  if (options.json !== undefined) {
    await writeFile(options.json, `${toDecimalJson(report, 2)}\n`);
  }
  if (report.status !== "MATCH") process.exitCode = 1;
}

/** A sealed poll's audit bundle as of `block` (default: latest), and what it holds. */
export async function sealedBundle(conn: BallotboxConnection, pollId: bigint, block: bigint | undefined) {
  const contracts = await sealedContracts(conn);
  const input = await collectSealedRecountInput(conn, contracts, pollId, { blockNumber: block });
  return { text: serializeSealedBundle(input), input };
}
