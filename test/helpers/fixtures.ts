import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import type { NetworkConnection } from "hardhat/types/network";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import BallotboxModule from "../../ignition/modules/Ballotbox.ts";
import { AddressTree } from "../../lib/registration/address-tree.ts";
import { signRegistration } from "../../lib/registration/invite-signature.ts";

export const SINGLE_CHOICE = 0;
export const APPROVAL = 1;
export const HOUR = 3600n;

/** Deterministic identities, so proofs made once fit every fixture reload. */
export const voters = {
  alice: new Identity("alice's secret"),
  bob: new Identity("bob's secret"),
  carol: new Identity("carol's secret"),
  dave: new Identity("dave's secret"),
  eve: new Identity("eve's secret"),
  frank: new Identity("frank's secret"),
  grace: new Identity("grace's secret"),
};

// Fixed invite keys (not random) so the fixture, and the proofs built on it, are deterministic.
export const invites = [
  privateKeyToAccount("0x1000000000000000000000000000000000000000000000000000000000000001"),
  privateKeyToAccount("0x1000000000000000000000000000000000000000000000000000000000000002"),
];

/** A key that is no invite of any poll. */
export const strayInvite = privateKeyToAccount(generatePrivateKey());

/**
 * The fixtures of one network connection. Each fixture starts from the snapshot of the one before
 * it (deploy → election → voting), which keeps contract addresses deterministic.
 */
export function makeFixtures(connection: NetworkConnection) {
  const deployFixture = makeDeployFixture(connection);
  const electionFixture = makeElectionFixture(connection, deployFixture);
  const votingFixture = makeVotingFixture(connection, electionFixture);
  return { deployFixture, electionFixture, votingFixture };
}

/** Deploys Semaphore and Ballotbox on the in-process network. */
function makeDeployFixture(connection: NetworkConnection) {
  return async function deployFixture() {
    const { viem, ignition } = connection;
    const { ballotbox, semaphore } = await ignition.deploy(BallotboxModule);
    const [organizer, stranger, allowlisted, relayer] = await viem.getWalletClients();
    if (organizer === undefined || stranger === undefined || allowlisted === undefined || relayer === undefined) {
      throw new Error("The in-process network has fewer than 4 accounts");
    }
    const as = (wallet: typeof organizer) => viem.getContractAt("Ballotbox", ballotbox.address, { client: { wallet } });
    const publicClient = await viem.getPublicClient();
    const chainId = await publicClient.getChainId();
    return { ballotbox, semaphore, organizer, stranger, allowlisted, relayer, as, publicClient, chainId };
  };
}

/**
 * An election in its registration phase:
 *  - poll 1, single choice over 3 options: alice and bob added by the organizer, carol registered
 *    by invite (through a relayer), dave from an allowlisted wallet;
 *  - poll 2, approval over 4 options: alice and bob;
 *  - poll 3, single choice: eve alone (another group, for cross-poll attacks);
 *  - poll 4, single choice: frank and grace added, then frank removed (for stale roots).
 */
function makeElectionFixture(connection: NetworkConnection, deployFixture: ReturnType<typeof makeDeployFixture>) {
  return async function electionFixture() {
    // Built on the deploy fixture's snapshot, so the contracts (and the scopes and roots proofs
    // commit to) are at the same addresses however the tests are ordered.
    const deployed = await connection.networkHelpers.loadFixture(deployFixture);
    const { ballotbox, chainId, relayer, allowlisted, as } = deployed;
    const now = BigInt(await connection.networkHelpers.time.latest());
    const startTime = now + HOUR;
    const endTime = startTime + HOUR;

    await ballotbox.write.createPoll([
      "Colour?",
      ["Red", "Green", "Blue"],
      SINGLE_CHOICE,
      Number(startTime),
      Number(endTime),
    ]);
    await ballotbox.write.createPoll(["Which?", ["A", "B", "C", "D"], APPROVAL, Number(startTime), Number(endTime)]);
    await ballotbox.write.createPoll(["Other poll?", ["Yes", "No"], SINGLE_CHOICE, Number(startTime), Number(endTime)]);
    await ballotbox.write.createPoll(["Removal?", ["Yes", "No"], SINGLE_CHOICE, Number(startTime), Number(endTime)]);

    await ballotbox.write.addVoters([1n, [voters.alice.commitment, voters.bob.commitment]]);

    const inviteTree = new AddressTree(invites.map((invite) => invite.address));
    await ballotbox.write.setInviteRoot([1n, inviteTree.root]);
    const [carolInvite] = invites;
    if (carolInvite === undefined) throw new Error("no invite");
    const signature = await signRegistration(
      carolInvite,
      { chainId, ballotbox: ballotbox.address },
      1n,
      voters.carol.commitment,
    );
    await (
      await as(relayer)
    ).write.registerWithInvite([
      1n,
      voters.carol.commitment,
      carolInvite.address,
      inviteTree.proof(carolInvite.address),
      signature,
    ]);

    const allowlist = new AddressTree([allowlisted.account.address]);
    await ballotbox.write.setAllowlistRoot([1n, allowlist.root]);
    await (
      await as(allowlisted)
    ).write.registerFromAllowlist([1n, voters.dave.commitment, allowlist.proof(allowlisted.account.address)]);

    await ballotbox.write.addVoters([2n, [voters.alice.commitment, voters.bob.commitment]]);
    await ballotbox.write.addVoter([3n, voters.eve.commitment]);

    const removalGroupBefore = new Group([voters.frank.commitment, voters.grace.commitment]);
    await ballotbox.write.addVoters([4n, [voters.frank.commitment, voters.grace.commitment]]);
    await ballotbox.write.removeVoter([
      4n,
      voters.frank.commitment,
      removalGroupBefore.generateMerkleProof(0).siblings,
    ]);

    const groups = {
      1: new Group([voters.alice.commitment, voters.bob.commitment, voters.carol.commitment, voters.dave.commitment]),
      2: new Group([voters.alice.commitment, voters.bob.commitment]),
      3: new Group([voters.eve.commitment]),
      4: removalGroupBefore,
    };
    return { ...deployed, startTime, endTime, inviteTree, allowlist, groups };
  };
}

/** The same election with voting open. */
function makeVotingFixture(connection: NetworkConnection, electionFixture: ReturnType<typeof makeElectionFixture>) {
  return async function votingFixture() {
    const election = await connection.networkHelpers.loadFixture(electionFixture);
    await connection.networkHelpers.time.increaseTo(election.startTime);
    return election;
  };
}
