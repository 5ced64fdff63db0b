/** `identity create`, `vote`, `recount`, `export`, `verify-bundle`. */
import { readFile, writeFile } from "node:fs/promises";
import { parseEventLogs } from "viem";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { readPoll, readRollChanges } from "../../lib/chain/poll-reader.ts";
import type { BallotboxConnection } from "../../lib/chain/connection.ts";
import { createIdentity } from "../../lib/identity/identity.ts";
import { readIdentityFile, writeIdentityFile } from "../../lib/identity/identity-file.node.ts";
import { verifyProofs } from "../../lib/proofs/verify-pool.node.ts";
import { terminalProgress } from "../../lib/proofs/terminal-progress.node.ts";
import { parseBundle, serializeBundle } from "../../lib/recount/bundle.ts";
import { collectRecountInput, type RecountInput } from "../../lib/recount/input.ts";
import { recount, type ProofVerifier } from "../../lib/recount/recount.ts";
import { reportToJson } from "../../lib/recount/report-text.ts";
import { rebuildRoll } from "../../lib/recount/roll.ts";
import { semaphoreArtifacts } from "../../lib/semaphore/artifacts.node.ts";
import { releaseSnarkjs } from "../../lib/semaphore/snarkjs-engine.ts";
import { proveBallot } from "../../lib/voting/prove-ballot.ts";
import { formatEnglishReport } from "../recount-report.ts";
import { connect, loadSigner, sendContractCall, walletFor, type GlobalOptions } from "../context.ts";
import { CliError } from "../errors.ts";
import { passphraseFromEnvironment } from "./roll.ts";
import { finishSealedRecount, isSealedPoll, sealedBundle, sealedRecount, sealedVote } from "./sealed.ts";
import { isSealedBundle, parseSealedBundle } from "../../lib/sealed/sealed-bundle.ts";
import { deliverThroughRelayer, printRelayedReceipt } from "../relayer-delivery.ts";

export async function createIdentityCommand(options: { out: string }): Promise<void> {
  const identity = createIdentity();
  const passphrase = process.env.BALLOTBOX_IDENTITY_PASSPHRASE;
  await writeIdentityFile(options.out, identity, passphrase === undefined ? {} : { passphrase });
  console.log(`Wrote a new voting identity to ${options.out}${passphrase === undefined ? "" : " (encrypted)"}.`);
  console.log(`Its commitment (give this to the organizer): ${identity.commitment}`);
}

export interface VoteOptions {
  poll: bigint;
  identity: string;
  choice: number[];
  /** Send through this relayer instead of from the wallet. */
  relayer?: string;
  /** With `relayer`: follow the receipt until counted (commander's --no-wait sets it false). */
  wait: boolean;
}

export async function voteCommand(global: GlobalOptions, options: VoteOptions): Promise<void> {
  const identity = await readIdentityFile(options.identity, passphraseFromEnvironment);
  const conn = await connect(global);
  if (await isSealedPoll(conn, options.poll)) return sealedVote(global, conn, identity, options);
  const blockNumber = await conn.client.getBlockNumber();
  const poll = await readPoll(conn, options.poll, { blockNumber });
  const roll = rebuildRoll(
    await readRollChanges(conn, poll.groupId, { fromBlock: poll.createdBlock, toBlock: blockNumber }),
  );
  const started = performance.now();
  let proof;
  try {
    proof = await proveBallot({
      identity,
      roll,
      poll: { ...poll, chainId: conn.chainId, ballotbox: conn.ballotbox },
      selected: options.choice,
      artifacts: semaphoreArtifacts,
    });
  } finally {
    await releaseSnarkjs();
  }
  console.error(`Made the proof in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (options.relayer !== undefined) {
    const receipt = await deliverThroughRelayer({ url: options.relayer, wait: options.wait }, (relayer) =>
      relayer.submitBallot(options.poll, proof),
    );
    printRelayedReceipt(receipt, proof.nullifier);
    return;
  }
  const wallet = walletFor(conn, await loadSigner(global, conn.chainId));
  console.error(`Sending from ${wallet.account.address}: this wallet is now linked to the ballot on chain.`);
  const receipt = await sendContractCall(conn, wallet, {
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: "castVote",
    args: [options.poll, proof],
  });
  const [cast] = parseEventLogs({ abi: ballotboxAbi, eventName: "BallotCast", logs: receipt.logs });
  console.log(`Counted in block ${receipt.blockNumber}, transaction ${receipt.transactionHash}.`);
  console.log(`Receipt (nullifier): ${cast?.args.nullifier ?? proof.nullifier}`);
}

const verifyWithProgress: ProofVerifier = async (proofs) => {
  const progress = terminalProgress("Verifying proofs");
  try {
    return await verifyProofs(proofs, { onProgress: progress.update });
  } finally {
    progress.finish();
  }
};

async function finishRecount(input: RecountInput, options: { json?: string }): Promise<void> {
  const report = await recount(input, verifyWithProgress);
  console.log(formatEnglishReport(report));
  if (options.json !== undefined) await writeFile(options.json, reportToJson(report));
  if (report.status !== "MATCH") process.exitCode = 1;
}

export async function recountCommand(
  global: GlobalOptions,
  options: { poll: bigint; block?: bigint; json?: string },
): Promise<void> {
  const conn = await connect(global);
  if (await isSealedPoll(conn, options.poll)) return sealedRecount(conn, options.poll, options);
  await finishRecount(await collectRecountInput(conn, options.poll, { blockNumber: options.block }), options);
}

/** A public poll's audit bundle as of `block` (default: latest), and what it holds. */
async function publicBundle(conn: BallotboxConnection, pollId: bigint, block: bigint | undefined) {
  const input = await collectRecountInput(conn, pollId, { blockNumber: block });
  return { text: serializeBundle(input), input };
}

export async function exportCommand(
  global: GlobalOptions,
  options: { poll: bigint; block?: bigint; out: string },
): Promise<void> {
  const conn = await connect(global);
  const { text, input } = (await isSealedPoll(conn, options.poll))
    ? await sealedBundle(conn, options.poll, options.block)
    : await publicBundle(conn, options.poll, options.block);
  await writeFile(options.out, text);
  console.log(
    `Wrote the audit bundle of poll ${options.poll} at block ${input.blockNumber} (${input.ballots.length} ballot(s)) to ${options.out}.`,
  );
}

export async function verifyBundleCommand(file: string, options: { json?: string }): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliError(`Cannot read ${file}.`);
  }
  // A file that is not a bundle is named in the sentence.
  const read = <T>(parse: (text: string) => T): T => {
    try {
      return parse(text);
    } catch (error) {
      throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (isSealedBundle(text)) await finishSealedRecount(read(parseSealedBundle), options);
  else await finishRecount(read(parseBundle), options);
}
