/**
 * Invites: one-time keys an organizer hands out (as links, ./invite-link.ts) so that voters can put
 * themselves on a poll's roll. The poll stores only the Merkle root of the invite addresses; an
 * invite holder proves membership with the invite's Merkle proof and signs the registration of their
 * own identity commitment with the invite key (./invite-signature.ts).
 */
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { Address, Hex } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import type { PollRef } from "../ballots/scope.ts";
import { isIdentityCommitment } from "../identity/commitment.ts";
import { AddressTree } from "./address-tree.ts";
import { signRegistration } from "./invite-signature.ts";

/** Everything a voter needs to register with one invite: the poll, the invite key and its proof. */
export interface Invite extends PollRef {
  /** The invite key: whoever holds it can register one identity in the poll. */
  privateKey: Hex;
  /** The invite address's proof in the poll's invite tree. */
  proof: Hex[];
}

/** A poll's invites with the tree whose root the organizer sets on chain (`setInviteRoot`). */
export interface InviteSet {
  root: Hex;
  tree: AddressTree;
  invites: Invite[];
}

/** The most invites one call creates; a larger electorate is better added by commitment in bulk. */
export const MAX_INVITES = 10_000;

/** Creates `count` invites for a poll, each with a fresh random key. */
export function createInvites(poll: PollRef, count: number): InviteSet {
  if (!Number.isInteger(count) || count < 1 || count > MAX_INVITES) {
    throw new RangeError(`Choose a number of invites from 1 to ${MAX_INVITES}, not ${count}.`);
  }
  const privateKeys = Array.from({ length: count }, () => generatePrivateKey());
  const addresses = privateKeys.map((privateKey) => privateKeyToAccount(privateKey).address);
  const tree = new AddressTree(addresses);
  const invites = privateKeys.map((privateKey, index) => ({
    chainId: poll.chainId,
    ballotbox: poll.ballotbox,
    pollId: poll.pollId,
    privateKey,
    proof: tree.proof(addresses[index] as Address),
  }));
  return { root: tree.root, tree, invites };
}

/** The invite's address: its leaf in the invite tree, and the key `inviteUsed` is kept under. */
export function inviteAddress(invite: Pick<Invite, "privateKey">): Address {
  return privateKeyToAccount(invite.privateKey).address;
}

/**
 * Whether the invite's proof leads to `root`. Compare with the poll's `inviteRoot` on chain before
 * registering: a mismatch means the organizer has replaced the invites, or the link is for another poll.
 */
export function inviteMatchesRoot(invite: Invite, root: Hex): boolean {
  return StandardMerkleTree.verify(root, ["address"], [inviteAddress(invite)], invite.proof);
}

/** The arguments of `registerWithInvite`, ready for the voter's wallet or a relayer to submit. */
export interface InviteRegistration {
  pollId: bigint;
  identityCommitment: bigint;
  invite: Address;
  inviteProof: Hex[];
  signature: Hex;
}

/**
 * Signs, with the invite key, the registration of `identityCommitment` in the invite's poll. The
 * signature binds chain, contract, poll and commitment, so a relayer cannot register anyone else.
 */
export async function signInviteRegistration(invite: Invite, identityCommitment: bigint): Promise<InviteRegistration> {
  if (!isIdentityCommitment(identityCommitment)) {
    throw new RangeError(
      `${identityCommitment} is not an identity commitment (a number from 1 to below the SNARK field).`,
    );
  }
  const account = privateKeyToAccount(invite.privateKey);
  const signature = await signRegistration(
    account,
    { chainId: invite.chainId, ballotbox: invite.ballotbox },
    invite.pollId,
    identityCommitment,
  );
  return {
    pollId: invite.pollId,
    identityCommitment,
    invite: account.address,
    inviteProof: invite.proof,
    signature,
  };
}
