import { Group } from "@semaphore-protocol/group";
import type { RollChange } from "../chain/poll-reader.ts";

/**
 * Rebuilds a roll's Semaphore group from its change log, so its root can be computed here rather
 * than taken from the contract. Throws if the log has a gap or a change that cannot apply.
 */
export function rebuildRoll(changes: readonly RollChange[]): Group {
  const group = new Group();
  applyRollChanges(group, changes);
  return group;
}

/**
 * Applies changes that follow a group's current state to it, in place: only the new leaves' paths
 * are hashed, so a roll read once can be brought up to date without rebuilding its tree.
 */
export function applyRollChanges(group: Group, changes: readonly RollChange[]): void {
  for (const change of changes) {
    switch (change.kind) {
      case "add":
        if (change.index !== BigInt(group.size)) {
          throw new Error(`The roll's log has a gap: voters added at index ${change.index}, expected ${group.size}.`);
        }
        group.addMembers(change.commitments);
        break;
      case "update":
        group.updateMember(Number(change.index), change.commitment);
        break;
      case "remove":
        group.removeMember(Number(change.index));
        break;
    }
  }
}

/** The root of a group, zero for an empty one (as Semaphore's contract reports it). */
export function rollRoot(group: Group): bigint {
  return group.size === 0 ? 0n : group.root;
}
