/**
 * A poll's roll kept in step with the chain incrementally. The first read goes from the poll's
 * creation to the latest block; each later read only from the block after the last one, applied to
 * the same tree (only new leaves are hashed). Every read ends with the rebuilt root checked against
 * the root the contract stores for the poll. Once a read reaches a block at or after the poll's
 * startTime the roll is frozen (the contract refuses every change from then on) and is never read
 * again. A checkpoint (the tree and the block it was read to) lets a browser resume where it stopped.
 */
import { Group } from "@semaphore-protocol/group";
import { applyRollChanges, rollRoot } from "../recount/roll.ts";
import { ballotboxAbi } from "../contracts/abis.generated.ts";
import type { BallotboxConnection } from "./connection.ts";
import { readRollChanges, type RollChange } from "./poll-reader.ts";

/** What a roll read needs from the chain. */
export interface RollSource {
  /** The block to read to, and its timestamp. */
  latestBlock(): Promise<{ number: bigint; timestamp: bigint }>;
  /** The roll's changes in a block range, in chain order. */
  changes(range: { fromBlock: bigint; toBlock: bigint }): Promise<RollChange[]>;
  /** The roll root the contract stores for the poll at a block. */
  storedRoot(blockNumber: bigint): Promise<bigint>;
}

/** Where a roll read stopped: enough to resume it without reading any earlier block. */
export interface RollCheckpoint {
  /** The last block whose changes are in the tree. */
  readToBlock: bigint;
  /** The tree's nodes, as `Group.export()` writes them. */
  tree: string;
  /** Whether readToBlock is at or after voting opened: the roll cannot change any more. */
  frozen: boolean;
}

/** The poll facts a roll read depends on. */
export interface RollPoll {
  /** The block of the poll's creation: its roll has no change before it. */
  createdBlock: bigint;
  /** When voting opens (seconds): the roll is frozen from then on. */
  startTime: bigint;
}

export class RollRootMismatchError extends Error {
  override name = "RollRootMismatchError";
}

export class RollSync {
  #group: Group;
  #readToBlock: bigint;
  #frozen: boolean;
  private readonly source: RollSource;
  private readonly poll: RollPoll;

  constructor(source: RollSource, poll: RollPoll, checkpoint?: RollCheckpoint) {
    this.source = source;
    this.poll = poll;
    const usable = checkpoint !== undefined && checkpoint.readToBlock >= poll.createdBlock;
    this.#group = usable ? Group.import(checkpoint.tree) : new Group();
    this.#readToBlock = usable ? checkpoint.readToBlock : poll.createdBlock - 1n;
    this.#frozen = usable && checkpoint.frozen;
  }

  /** The roll as last read. The same object across reads: it is updated in place. */
  get group(): Group {
    return this.#group;
  }

  get readToBlock(): bigint {
    return this.#readToBlock;
  }

  get frozen(): boolean {
    return this.#frozen;
  }

  checkpoint(): RollCheckpoint {
    return { readToBlock: this.#readToBlock, tree: this.#group.export(), frozen: this.#frozen };
  }

  /**
   * Reads the changes since the last read, applies them and checks the root. Returns whether the
   * roll changed. A frozen roll is not read at all. A checkpoint that no longer matches the chain
   * (a node reset, a reorganisation) is dropped and the roll read again from the poll's creation,
   * once; if that also disagrees with the contract, this throws and keeps nothing of the read.
   */
  async sync(): Promise<{ changed: boolean }> {
    if (this.#frozen) return { changed: false };
    const latest = await this.source.latestBlock();
    const resumed = this.#readToBlock >= this.poll.createdBlock;
    try {
      if (latest.number < this.#readToBlock) return await this.#readFromCreation(latest);
      const changes = await this.source.changes({ fromBlock: this.#readToBlock + 1n, toBlock: latest.number });
      // Applied in place: on any failure below the tree is dropped, never kept half-updated.
      await applyInTurns(this.#group, changes);
      const stored = await this.source.storedRoot(latest.number);
      if (rollRoot(this.#group) !== stored) {
        if (resumed) return await this.#readFromCreation(latest);
        throw mismatch(rollRoot(this.#group), stored, latest.number);
      }
      this.#commit(this.#group, latest);
      return { changed: changes.length > 0 };
    } catch (error) {
      this.#commit(new Group(), { number: this.poll.createdBlock - 1n, timestamp: 0n });
      throw error;
    }
  }

  async #readFromCreation(latest: { number: bigint; timestamp: bigint }): Promise<{ changed: boolean }> {
    const group = new Group();
    await applyInTurns(group, await this.source.changes({ fromBlock: this.poll.createdBlock, toBlock: latest.number }));
    const stored = await this.source.storedRoot(latest.number);
    if (rollRoot(group) !== stored) throw mismatch(rollRoot(group), stored, latest.number);
    this.#commit(group, latest);
    return { changed: true };
  }

  #commit(group: Group, latest: { number: bigint; timestamp: bigint }): void {
    this.#group = group;
    this.#readToBlock = latest.number;
    this.#frozen = latest.timestamp >= this.poll.startTime;
  }
}

/**
 * Applies changes one at a time, yielding between them: hashing a large roll takes seconds, and a
 * page (or a server) must go on answering meanwhile.
 */
async function applyInTurns(group: Group, changes: readonly RollChange[]): Promise<void> {
  for (const change of changes) {
    applyRollChanges(group, [change]);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function mismatch(rebuilt: bigint, stored: bigint, blockNumber: bigint): RollRootMismatchError {
  return new RollRootMismatchError(
    `The roll read from the chain's events does not match the root the contract stores for this poll at block ${blockNumber} ` +
      `(rebuilt ${rebuilt}, stored ${stored}). The node may be serving incomplete logs: try again, or use another RPC endpoint.`,
  );
}

/** A RollSource over a Ballotbox deployment: Semaphore's group events and the poll's stored root. */
export function chainRollSource(
  connection: BallotboxConnection,
  poll: { pollId: bigint; groupId: bigint },
): RollSource {
  return {
    async latestBlock() {
      const block = await connection.client.getBlock({ blockTag: "latest" });
      return { number: block.number, timestamp: block.timestamp };
    },
    changes: (range) => readRollChanges(connection, poll.groupId, range),
    async storedRoot(blockNumber) {
      const stored = await connection.client.readContract({
        address: connection.ballotbox,
        abi: ballotboxAbi,
        functionName: "getPoll",
        args: [poll.pollId],
        blockNumber,
      });
      return stored.rollRoot;
    },
  };
}
