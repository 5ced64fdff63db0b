/**
 * The wire format of a roll snapshot (app/rolls/[pollId]/route.ts): the body is the tree as
 * Group.export() writes it, and two headers say the block it was read to and whether it is frozen.
 */
import type { RollCheckpoint } from "@/lib/chain/roll-sync.ts";

export const ROLL_READ_TO_BLOCK_HEADER = "x-roll-read-to-block";
export const ROLL_FROZEN_HEADER = "x-roll-frozen";

export const rollSnapshotPath = (pollId: bigint) => `/rolls/${pollId}`;

export function rollSnapshotHeaders(checkpoint: Omit<RollCheckpoint, "tree">): Record<string, string> {
  return {
    "content-type": "application/json",
    [ROLL_READ_TO_BLOCK_HEADER]: checkpoint.readToBlock.toString(),
    [ROLL_FROZEN_HEADER]: String(checkpoint.frozen),
  };
}

/** A snapshot as a checkpoint to resume from (the browser reads on from its block and checks the root). */
export async function readRollSnapshot(response: Response): Promise<RollCheckpoint | undefined> {
  const readTo = response.headers.get(ROLL_READ_TO_BLOCK_HEADER);
  if (!response.ok || readTo === null || !/^\d+$/.test(readTo)) return undefined;
  return {
    readToBlock: BigInt(readTo),
    tree: await response.text(),
    frozen: response.headers.get(ROLL_FROZEN_HEADER) === "true",
  };
}
