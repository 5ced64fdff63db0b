/**
 * Seeds the embedded chain with a demo election, so a newcomer has something to look at and vote in:
 *   - a closed poll with ballots (its result is final: recount it),
 *   - an open poll (approval) where some demo voters have voted and others still can,
 *   - an upcoming poll in registration, with invite links to join it;
 *   - two sealed polls, one closed and decrypted, one open (scripts/seed-sealed-demo.ts).
 * Demo voters' identities are written as encrypted backups to .data/demo/ (passphrase below): restore
 * one on the Identity page to vote in the open poll. Run by `npm start` after deploying; chain 31337 only.
 * Env: BALLOTBOX_RPC_URL (default http://127.0.0.1:8545), APP_URL (for invite links), RELAYER_URL (default
 * http://127.0.0.1:8787, for the sealed ballots).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Group } from "@semaphore-protocol/group";
import { createPublicClient, createWalletClient, http, parseEventLogs, type Address } from "viem";
import { ballotTypeToNumber, type BallotType } from "../lib/ballots/ballot.ts";
import { chainFor } from "../lib/chain/connection.ts";
import { LOCAL_CHAIN_ID } from "../lib/chain/local-chain.ts";
import { ballotboxAbi } from "../lib/contracts/abis.generated.ts";
import { readDeployment } from "../lib/contracts/deployments.ts";
import { exportIdentityBackup } from "../lib/identity/backup.ts";
import { createIdentity, type Identity } from "../lib/identity/identity.ts";
import { createInviteLink } from "../lib/registration/invite-link.ts";
import { createInvites } from "../lib/registration/invites.ts";
import { semaphoreArtifacts } from "../lib/semaphore/artifacts.node.ts";
import { releaseSnarkjs } from "../lib/semaphore/snarkjs-engine.ts";
import { proveBallot } from "../lib/voting/prove-ballot.ts";
import { chainClock } from "./chain-clock.ts";
import { seedSealedDemo } from "./seed-sealed-demo.ts";

/** Hardhat's second test account organizes the demo (the node signs for it; no key here). */
const DEMO_ORGANIZER: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
export const DEMO_PASSPHRASE = "ballotbox-demo";
const DEMO_VOTERS = 5;
const DEMO_INVITES = 5;

const root = path.resolve(import.meta.dirname, "..");
const demoDir = path.join(root, ".data/demo");
const rpcUrl = process.env.BALLOTBOX_RPC_URL ?? "http://127.0.0.1:8545";
const appUrl = process.env.APP_URL ?? "http://127.0.0.1:3000";
const relayerUrl = process.env.RELAYER_URL ?? "http://127.0.0.1:8787";

const chain = chainFor(LOCAL_CHAIN_ID, rpcUrl);
const client = createPublicClient({ chain, transport: http(rpcUrl) });
if ((await client.getChainId()) !== LOCAL_CHAIN_ID) {
  throw new Error(`The demo is seeded only on the local chain ${LOCAL_CHAIN_ID}.`);
}
const wallet = createWalletClient({ chain, transport: http(rpcUrl), account: DEMO_ORGANIZER });
const deployment = await readDeployment(root, LOCAL_CHAIN_ID);
const { ballotbox } = deployment;

const clock = chainClock(chain, rpcUrl);

type Write = Parameters<typeof wallet.writeContract>[0];
async function send(call: Omit<Write, "address" | "abi" | "chain" | "account"> & Pick<Write, "functionName" | "args">) {
  const receipt = await clock.paced(async () => {
    const hash = await wallet.writeContract({ ...call, address: ballotbox, abi: ballotboxAbi } as Write);
    return client.waitForTransactionReceipt({ hash });
  });
  if (receipt.status !== "success") throw new Error(`Demo transaction ${call.functionName} reverted.`);
  return receipt;
}

async function createPoll(question: string, options: string[], type: BallotType, start: number, end: number) {
  const receipt = await send({
    functionName: "createPoll",
    args: [question, options, ballotTypeToNumber(type), start, end],
  });
  const [created] = parseEventLogs({ abi: ballotboxAbi, eventName: "PollCreated", logs: receipt.logs });
  if (created === undefined) throw new Error("The demo poll was not created.");
  return { pollId: created.args.pollId, question, options, ballotType: type, optionCount: options.length };
}

const now = await clock.now();
const start = now + 20;
const voters: Identity[] = Array.from({ length: DEMO_VOTERS }, () => createIdentity());
const commitments = voters.map((voter) => voter.commitment);

const closed = await createPoll(
  "Which evening should the monthly meetup move to?",
  ["Monday", "Wednesday", "Thursday"],
  "single",
  start,
  start + 25,
);
const open = await createPoll(
  "Which projects should the community fund this quarter?",
  ["Bike repair café", "Library night hours", "Tree planting", "Youth coding club"],
  "approval",
  start,
  now + 7 * 86_400,
);
const upcoming = await createPoll(
  "Should the park stay open until midnight in summer?",
  ["Yes", "No"],
  "single",
  now + 2 * 3_600,
  now + 3 * 86_400,
);
for (const poll of [closed, open]) {
  await send({ functionName: "addVoters", args: [poll.pollId, commitments] });
}
const invites = createInvites({ chainId: LOCAL_CHAIN_ID, ballotbox, pollId: upcoming.pollId }, DEMO_INVITES);
const links = invites.invites.map((invite) => createInviteLink(appUrl, invite));

await mkdir(demoDir, { recursive: true });
// The sealed polls (ids after the public ones) run their ceremony and close beside the public half.
const sealedDemo = seedSealedDemo({
  conn: {
    client,
    chain,
    chainId: LOCAL_CHAIN_ID,
    ballotbox,
    semaphore: deployment.semaphore,
    fromBlock: BigInt(deployment.deploymentBlock),
  },
  contracts: { sealedBallots: deployment.sealedBallots, trusteeCeremony: deployment.trusteeCeremony },
  relayerUrl,
  clock,
  voters,
  roll: new Group(commitments),
  demoDir,
  passphrase: DEMO_PASSPHRASE,
});
await writeFile(path.join(demoDir, "invites.csv"), `link\n${links.join("\n")}\n`, { mode: 0o600 });
await send({ functionName: "setInviteRoot", args: [upcoming.pollId, invites.root] });
await Promise.all(
  voters.map(async (voter, index) =>
    writeFile(path.join(demoDir, `voter-${index + 1}.json`), await exportIdentityBackup(voter, DEMO_PASSPHRASE), {
      mode: 0o600,
    }),
  ),
);

// Ballots are proved while waiting for voting to open.
const roll = new Group(commitments);
const prove = (poll: typeof closed, voter: Identity, selected: number[]) =>
  proveBallot({
    identity: voter,
    roll,
    poll: { ...poll, chainId: LOCAL_CHAIN_ID, ballotbox },
    selected,
    artifacts: semaphoreArtifacts,
  });
const closedBallots = [
  await prove(closed, voters[0] as Identity, [1]),
  await prove(closed, voters[1] as Identity, [1]),
  await prove(closed, voters[2] as Identity, [0]),
  await prove(closed, voters[3] as Identity, [2]),
];
const openBallots = [
  await prove(open, voters[0] as Identity, [0, 2]),
  await prove(open, voters[1] as Identity, [2, 3]),
];
await releaseSnarkjs();

await clock.sleepUntil(start);
await send({ functionName: "castVotes", args: [closed.pollId, closedBallots] });
await send({ functionName: "castVotes", args: [open.pollId, openBallots] });
await clock.sleepUntil(start + 25);
const sealed = await sealedDemo;

console.log(
  [
    `Demo polls: #${closed.pollId} closed with ${closedBallots.length} ballots, #${open.pollId} open (${openBallots.length} of ${DEMO_VOTERS} voted), #${upcoming.pollId} in registration.`,
    `Demo voters 3-5 can still vote in #${open.pollId}: restore .data/demo/voter-3.json (passphrase "${DEMO_PASSPHRASE}") on the Identity page.`,
    `Join #${upcoming.pollId} with an invite link from .data/demo/invites.csv, e.g. ${links[0] ?? ""}`,
    `Sealed polls: #${sealed.closed} closed and decrypted by trustees 1 and 3 of 3 (total ${sealed.tally.join(", ")}), #${sealed.open} open; trustee keys in .data/demo/trustee-N.json (passphrase "${DEMO_PASSPHRASE}").`,
  ].join("\n"),
);
