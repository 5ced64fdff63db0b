/**
 * The sealed half of the demo (scripts/seed-demo.ts runs it beside the public half): two polls sealed
 * until close, each with the three demo trustees (Hardhat's development accounts #5, #6 and #7, any two
 * of whom decrypt) and the demo voters on the roll:
 *   - one that runs its whole life here: the key ceremony on chain, three sealed ballots through the
 *     relayer, the close, then trustees 1 and 3 decrypt (trustee 2 never shows up) and the total is
 *     published: its result is final, recount it;
 *   - one whose ceremony is done and that is open for a week: demo voters 4 and 5 can still vote.
 * The trustees act as the CLI's `trustee step` does (lib/sealed/trustee-plan.ts, trustee-actions.ts),
 * on the chain's clock, with seeds written as encrypted backups to .data/demo/trustee-N.json.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Group } from "@semaphore-protocol/group";
import { createWalletClient, http, parseEventLogs, type Address, type TransactionReceipt } from "viem";
import { ballotCircuitFor } from "../circuits/manifest.ts";
import { ballotTypeToNumber, type BallotType } from "../lib/ballots/ballot.ts";
import type { BallotboxConnection } from "../lib/chain/connection.ts";
import { ballotboxAbi, trusteeCeremonyAbi } from "../lib/contracts/abis.generated.ts";
import type { Identity } from "../lib/identity/identity.ts";
import { relayerClient } from "../lib/relayer/client.ts";
import { releaseSnarkjs } from "../lib/semaphore/snarkjs-engine.ts";
import { sealedArtifacts } from "../lib/sealed/artifacts.node.ts";
import { choiceVector } from "../lib/sealed/ballot-encryption.ts";
import { PARTIAL_DECRYPTION_CIRCUIT } from "../lib/sealed/partial-decryption-proof.ts";
import { randomScalar } from "../lib/sealed/scalar.ts";
import { castableSealedBallot, proveSealedBallot, sealedBallotInput } from "../lib/sealed/sealed-ballot-proof.ts";
import { pollKeysOf, readSealedState, type SealedContracts } from "../lib/sealed/sealed-state.ts";
import type { ContractSender } from "../lib/sealed/trustee-actions.ts";
import { exportTrusteeBackup } from "../lib/sealed/trustee-backup.ts";
import { takeTrusteeTurn } from "../lib/sealed/trustee-run.ts";
import { createTrusteeSeed } from "../lib/sealed/trustee-secret.ts";
import type { ChainClock } from "./chain-clock.ts";

/** Hardhat's fourth development account organizes the sealed polls (its own nonces, beside the public half's). */
const SEALED_ORGANIZER: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
/** Hardhat's development accounts #5, #6, #7: trustees 1, 2 and 3. */
export const DEMO_TRUSTEES: readonly Address[] = [
  "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
  "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
];
const THRESHOLD = 2;
/** The trustees who decrypt the closed poll: trustee 2 stays away, and 2 of 3 are enough. */
const DECRYPTING = [1, 3];
/**
 * The ceremony's deadlines and the start of voting, in seconds from now: room for every trustee's
 * transactions at one a second (the keys come after the polls' own set-up), and for finalising between
 * the reveals' deadline and the start.
 */
const SCHEDULE = { keysBy: 35, dealsBy: 55, complaintsBy: 62, revealsBy: 69, start: 90 };
/** Seconds the closed poll takes ballots: room to prove and relay three. */
const VOTING_SECONDS = 45;

export interface SealedDemoOptions {
  conn: BallotboxConnection;
  contracts: SealedContracts;
  relayerUrl: string;
  /** The chain's clock: deadlines are set and waited for on it. */
  clock: ChainClock;
  /** The demo voters (all on both rolls) and their roll. */
  voters: readonly Identity[];
  roll: Group;
  demoDir: string;
  passphrase: string;
}

export interface SealedDemo {
  closed: bigint;
  open: bigint;
  tally: readonly bigint[];
}

export async function seedSealedDemo(options: SealedDemoOptions): Promise<SealedDemo> {
  const { conn, contracts } = options;
  const { clock } = options;
  const organizer = senderFor(conn, clock, SEALED_ORGANIZER);
  const now = (await clock.now()) + 2;
  const { keysBy, dealsBy, complaintsBy, revealsBy } = {
    keysBy: now + SCHEDULE.keysBy,
    dealsBy: now + SCHEDULE.dealsBy,
    complaintsBy: now + SCHEDULE.complaintsBy,
    revealsBy: now + SCHEDULE.revealsBy,
  };
  const start = now + SCHEDULE.start;
  const create = async (question: string, labels: string[], type: BallotType, end: number) => {
    const receipt = await organizer({
      address: conn.ballotbox,
      abi: ballotboxAbi,
      functionName: "createSealedPoll",
      args: [question, labels, ballotTypeToNumber(type), start, end],
    });
    const [created] = parseEventLogs({ abi: ballotboxAbi, eventName: "PollCreated", logs: receipt.logs });
    if (created === undefined) throw new Error("The sealed demo poll was not created.");
    const pollId = created.args.pollId;
    await organizer({
      address: conn.ballotbox,
      abi: ballotboxAbi,
      functionName: "addVoters",
      args: [pollId, options.roll.members],
    });
    await organizer({
      address: contracts.trusteeCeremony,
      abi: trusteeCeremonyAbi,
      functionName: "openCeremony",
      args: [pollId, DEMO_TRUSTEES, THRESHOLD, keysBy, dealsBy, complaintsBy, revealsBy],
    });
    return pollId;
  };
  const closed = await create(
    "Which site should the new community garden use?",
    ["Old rail yard", "School field", "Riverside lot"],
    "single",
    start + VOTING_SECONDS,
  );
  const open = await create(
    "Which evening classes should the library add?",
    ["Pottery", "First aid", "Spanish", "Bookkeeping"],
    "approval",
    now + 7 * 86_400,
  );

  const seeds = DEMO_TRUSTEES.map(() => createTrusteeSeed());
  await Promise.all(
    seeds.map(async (seed, i) =>
      writeFile(
        path.join(options.demoDir, `trustee-${i + 1}.json`),
        await exportTrusteeBackup(seed, options.passphrase),
        { mode: 0o600 },
      ),
    ),
  );
  /** Every step due from `trustees` in both polls, as `trustee step` would send it, re-planned until none is. */
  const step = async (trustees: readonly number[], pollIds: readonly bigint[]) => {
    await clock.now(); // a block, so that the plans read the chain's time as it is now
    for (const pollId of pollIds) {
      for (const trustee of trustees) {
        await takeTrusteeTurn(
          conn,
          contracts,
          {
            pollId,
            trustee,
            seed: seeds[trustee - 1] ?? new Uint8Array(),
            send: senderFor(conn, clock, DEMO_TRUSTEES[trustee - 1] as Address),
          },
          { partialDecryption: sealedArtifacts(PARTIAL_DECRYPTION_CIRCUIT) },
        );
      }
    }
  };
  const everyone = [1, 2, 3];
  const both = [closed, open];
  await step(everyone, both); // keys
  await clock.sleepUntil(keysBy);
  await step(everyone, both); // dealings
  await clock.sleepUntil(revealsBy);
  await step([1], both); // nothing to complain about: trustee 1 fixes the poll keys

  // Voters 1-3 vote in the closed poll through the relayer; 4 and 5 are left to vote in the open one.
  const state = await readSealedState(conn, contracts, closed);
  const pollKeys = pollKeysOf(state);
  if (pollKeys === undefined) throw new Error(`The sealed demo poll ${closed} has no poll key: ${state.status}.`);
  const scope = await conn.client.readContract({
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: "pollScope",
    args: [closed],
  });
  const relayer = relayerClient(options.relayerUrl);
  const chosen = [2, 0, 2];
  const ballots = [];
  // Proved while waiting for voting to open.
  for (const [index, option] of chosen.entries()) {
    const voter = options.voters[index] as Identity;
    const input = sealedBallotInput(
      voter,
      options.roll.generateMerkleProof(options.roll.indexOf(voter.commitment)),
      { scope, ballotType: state.poll.ballotType, pollKeys },
      { choices: choiceVector(state.poll, [option]), randomness: randomScalar() },
    );
    const proven = await proveSealedBallot(input, sealedArtifacts(ballotCircuitFor(state.poll.optionCount)));
    ballots.push(castableSealedBallot(proven, state.poll.optionCount));
  }
  await releaseSnarkjs();
  await clock.sleepUntil(start);
  const receipts = [];
  for (const ballot of ballots) receipts.push(await relayer.submitSealedBallot(closed, ballot));
  for (const receipt of receipts) {
    for (let current = receipt; current.state !== "counted"; current = await relayer.ballotReceipt(receipt.id)) {
      if (current.state === "failed") throw new Error(`A sealed demo ballot failed: ${current.reason ?? "?"}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  await clock.sleepUntil(start + VOTING_SECONDS);
  await step(DECRYPTING, [closed]); // the partial decryptions, and the total from the second
  const final = await readSealedState(conn, contracts, closed);
  if (final.tally === undefined) throw new Error(`The sealed demo poll ${closed} was not decrypted.`);
  return { closed, open, tally: final.tally };
}

/** Calls signed by the local node for one of its development accounts (chain 31337 only), paced by `clock`. */
function senderFor(conn: BallotboxConnection, clock: ChainClock, account: Address): ContractSender {
  const wallet = createWalletClient({ chain: conn.chain, transport: http(rpcUrlOf(conn)), account });
  return async (call): Promise<TransactionReceipt> => {
    const receipt = await clock.paced(async () => {
      const hash = await wallet.writeContract(call as Parameters<typeof wallet.writeContract>[0]);
      return conn.client.waitForTransactionReceipt({ hash });
    });
    if (receipt.status !== "success") throw new Error(`Sealed demo transaction ${call.functionName} reverted.`);
    return receipt;
  };
}

const rpcUrlOf = (conn: BallotboxConnection) => conn.chain.rpcUrls.default.http[0];
