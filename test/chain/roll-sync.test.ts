import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Group } from "@semaphore-protocol/group";
import type { RollChange } from "../../lib/chain/poll-reader.ts";
import { RollRootMismatchError, RollSync, type RollSource } from "../../lib/chain/roll-sync.ts";
import { rebuildRoll, rollRoot } from "../../lib/recount/roll.ts";

/**
 * A chain as a roll read sees it: changes at blocks, one block per second from block 100, and the
 * root the contract would store after each block. It records the block ranges it is asked for.
 */
class RecordedChain implements RollSource {
  readonly ranges: { fromBlock: bigint; toBlock: bigint }[] = [];
  head = 100n;
  /** Set to make the contract's stored root disagree with the events. */
  tamperedRoot: bigint | undefined;
  private readonly log: { block: bigint; change: RollChange }[] = [];

  add(commitments: bigint[]): void {
    this.head += 1n;
    const index = BigInt(this.log.flatMap(({ change }) => (change.kind === "add" ? change.commitments : [])).length);
    this.log.push({ block: this.head, change: { kind: "add", index, commitments } });
  }

  latestBlock() {
    return Promise.resolve({ number: this.head, timestamp: 1_000n + this.head });
  }

  changes(range: { fromBlock: bigint; toBlock: bigint }) {
    this.ranges.push(range);
    return Promise.resolve(
      this.log.filter(({ block }) => block >= range.fromBlock && block <= range.toBlock).map(({ change }) => change),
    );
  }

  storedRoot(blockNumber: bigint) {
    const upTo = this.log.filter(({ block }) => block <= blockNumber).map(({ change }) => change);
    return Promise.resolve(this.tamperedRoot ?? rollRoot(rebuildRoll(upTo)));
  }
}

const poll = { createdBlock: 100n, startTime: 2_000n };

describe("incremental roll sync", () => {
  it("resumes from the block a checkpoint was read to, and reads no earlier block", async () => {
    const chain = new RecordedChain();
    chain.add([11n, 12n]);
    chain.add([13n]);
    const first = new RollSync(chain, poll);
    assert.deepEqual(await first.sync(), { changed: true });
    assert.deepEqual(chain.ranges, [{ fromBlock: 100n, toBlock: 102n }]);
    const checkpoint = first.checkpoint();
    assert.equal(checkpoint.readToBlock, 102n);
    assert.equal(checkpoint.frozen, false);

    chain.add([14n, 15n]);
    chain.ranges.length = 0;
    const resumed = new RollSync(chain, poll, checkpoint);
    assert.deepEqual(await resumed.sync(), { changed: true });
    assert.deepEqual(chain.ranges, [{ fromBlock: 103n, toBlock: 103n }]);
    assert.deepEqual(resumed.group.members, [11n, 12n, 13n, 14n, 15n]);
    assert.equal(resumed.group.root, new Group([11n, 12n, 13n, 14n, 15n]).root);

    chain.ranges.length = 0;
    assert.deepEqual(await resumed.sync(), { changed: false });
    assert.deepEqual(chain.ranges, [{ fromBlock: 104n, toBlock: 103n }]);
  });

  it("updates the same tree in place rather than rebuilding it", async () => {
    const chain = new RecordedChain();
    chain.add([21n]);
    const sync = new RollSync(chain, poll);
    await sync.sync();
    const tree = sync.group;
    chain.add([22n]);
    await sync.sync();
    assert.equal(sync.group, tree);
    assert.equal(tree.size, 2);
  });

  it("stops reading once it has read a block at or after voting opened", async () => {
    const chain = new RecordedChain();
    chain.add([31n]);
    const sync = new RollSync(chain, { createdBlock: 100n, startTime: 1_101n });
    await sync.sync();
    assert.equal(sync.frozen, true);
    chain.ranges.length = 0;
    chain.add([32n]); // the contract would refuse it; a frozen roll does not even ask
    assert.deepEqual(await sync.sync(), { changed: false });
    assert.deepEqual(chain.ranges, []);
    const restored = new RollSync(chain, poll, sync.checkpoint());
    assert.equal(restored.frozen, true);
    assert.deepEqual(restored.group.members, [31n]);
  });

  it("refuses a roll whose root is not the one the contract stores", async () => {
    const chain = new RecordedChain();
    chain.add([41n, 42n]);
    chain.tamperedRoot = 12345n;
    const sync = new RollSync(chain, poll);
    await assert.rejects(() => sync.sync(), RollRootMismatchError);
    assert.equal(sync.group.size, 0, "nothing of the refused read is kept");
    chain.tamperedRoot = undefined;
    await sync.sync();
    assert.deepEqual(sync.group.members, [41n, 42n]);
  });

  it("drops a checkpoint that no longer matches the chain and reads the roll again from the poll's creation", async () => {
    const stale = new RecordedChain();
    stale.add([51n]);
    const old = new RollSync(stale, poll);
    await old.sync();

    const reset = new RecordedChain(); // the same blocks, other voters (a node restarted and redeployed)
    reset.add([61n]);
    reset.add([62n]);
    const sync = new RollSync(reset, poll, old.checkpoint());
    await sync.sync();
    assert.deepEqual(reset.ranges, [
      { fromBlock: 102n, toBlock: 102n },
      { fromBlock: 100n, toBlock: 102n },
    ]);
    assert.deepEqual(sync.group.members, [61n, 62n]);
  });
});
