/**
 * Every Ballotbox function that changes a poll's roll or who may join it, each as one call on poll 1
 * that succeeds in the registration phase. The contract tests check that each is refused from the
 * first second of voting, and the property test draws from all of them: as each call would pass
 * but for the freeze, dropping the freeze check from any one function fails both.
 */
import type { Hash, Hex } from "viem";
import { AddressTree } from "../../lib/registration/address-tree.ts";
import { signRegistration } from "../../lib/registration/invite-signature.ts";
import { invites, voters, type makeFixtures } from "../helpers/fixtures.ts";

export const ROLL_CHANGES = [
  "addVoter",
  "addVoters",
  "removeVoter",
  "setInviteRoot",
  "setAllowlistRoot",
  "registerWithInvite",
  "registerFromAllowlist",
] as const;
export type RollChange = (typeof ROLL_CHANGES)[number];

/** One roll change: a dry run (eth_call) and the transaction itself, same sender, same arguments. */
export interface RollChangeCall {
  simulate: () => Promise<unknown>;
  send: () => Promise<Hash>;
}

/** The poll the calls change: poll 1 of the election fixture. */
export const ROLL_CHANGE_POLL = 1n;

type Election = Awaited<ReturnType<ReturnType<typeof makeFixtures>["electionFixture"]>>;

/**
 * Each roll change as a call that passes in the election fixture's registration phase. Puts one
 * more wallet (the stranger) on poll 1's allowlist first, so that an allowlist registration is still
 * open (the fixture's own allowlisted wallet has registered).
 *
 * Not a fixture of its own: a fixture that loads another one reverts the chain under the snapshots
 * taken after that one, which Hardhat's loadFixture then fails to restore.
 */
export async function prepareRollChanges(election: Election): Promise<Record<RollChange, RollChangeCall>> {
  const { ballotbox, allowlisted, stranger, relayer, chainId, inviteTree, groups, as } = election;
  const poll = ROLL_CHANGE_POLL;
  const newcomer = voters.eve.commitment;

  const allowlist = new AddressTree([allowlisted.account.address, stranger.account.address]);
  await ballotbox.write.setAllowlistRoot([poll, allowlist.root]);
  const allowlistProof = allowlist.proof(stranger.account.address);
  const asStranger = await as(stranger);

  // The fixture redeemed invites[0]; invites[1] is still unused.
  const invite = invites[1];
  if (invite === undefined) throw new Error("The fixtures have fewer than 2 invites");
  const signature = await signRegistration(invite, { chainId, ballotbox: ballotbox.address }, poll, newcomer);
  const inviteArgs = [poll, newcomer, invite.address, inviteTree.proof(invite.address), signature] as const;
  const viaRelayer = await as(relayer);

  const removal = [poll, voters.alice.commitment, groups[1].generateMerkleProof(0).siblings] as const;
  const otherRoot: Hex = `0x${"11".repeat(32)}`;

  return {
    addVoter: {
      simulate: () => ballotbox.simulate.addVoter([poll, newcomer]),
      send: () => ballotbox.write.addVoter([poll, newcomer]),
    },
    addVoters: {
      simulate: () => ballotbox.simulate.addVoters([poll, [newcomer, voters.frank.commitment]]),
      send: () => ballotbox.write.addVoters([poll, [newcomer, voters.frank.commitment]]),
    },
    removeVoter: {
      simulate: () => ballotbox.simulate.removeVoter(removal),
      send: () => ballotbox.write.removeVoter(removal),
    },
    setInviteRoot: {
      simulate: () => ballotbox.simulate.setInviteRoot([poll, otherRoot]),
      send: () => ballotbox.write.setInviteRoot([poll, otherRoot]),
    },
    setAllowlistRoot: {
      simulate: () => ballotbox.simulate.setAllowlistRoot([poll, otherRoot]),
      send: () => ballotbox.write.setAllowlistRoot([poll, otherRoot]),
    },
    registerWithInvite: {
      simulate: () => viaRelayer.simulate.registerWithInvite(inviteArgs, { account: relayer.account.address }),
      send: () => viaRelayer.write.registerWithInvite(inviteArgs),
    },
    registerFromAllowlist: {
      simulate: () =>
        asStranger.simulate.registerFromAllowlist([poll, newcomer, allowlistProof], {
          account: stranger.account.address,
        }),
      send: () => asStranger.write.registerFromAllowlist([poll, newcomer, allowlistProof]),
    },
  };
}
