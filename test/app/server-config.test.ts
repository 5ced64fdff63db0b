import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readServerEnv } from "../../app/_lib/server-config.ts";

const BALLOTBOX = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const SEMAPHORE = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
const SEALED = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";

describe("readServerEnv", () => {
  it("reads the deployment file by default, with no sealed contract of its own", () => {
    const read = readServerEnv({});
    assert.ok(read.ok);
    assert.equal(read.env.deployment, undefined);
  });

  it("takes a SealedBallots address beside the Ballotbox named in the environment", () => {
    const read = readServerEnv({
      BALLOTBOX_ADDRESS: BALLOTBOX,
      BALLOTBOX_SEMAPHORE_ADDRESS: SEMAPHORE,
      BALLOTBOX_SEALED_BALLOTS_ADDRESS: SEALED,
    });
    assert.ok(read.ok);
    assert.equal(read.env.deployment?.sealedBallots, SEALED);
    const without = readServerEnv({ BALLOTBOX_ADDRESS: BALLOTBOX, BALLOTBOX_SEMAPHORE_ADDRESS: SEMAPHORE });
    assert.ok(without.ok);
    assert.equal(without.env.deployment?.sealedBallots, null);
  });

  it("names a SealedBallots address without a Ballotbox, or one that is not an address", () => {
    const alone = readServerEnv({ BALLOTBOX_SEALED_BALLOTS_ADDRESS: SEALED });
    assert.ok(!alone.ok);
    assert.match(alone.error, /BALLOTBOX_SEALED_BALLOTS_ADDRESS needs BALLOTBOX_ADDRESS/);
    const bad = readServerEnv({
      BALLOTBOX_ADDRESS: BALLOTBOX,
      BALLOTBOX_SEMAPHORE_ADDRESS: SEMAPHORE,
      BALLOTBOX_SEALED_BALLOTS_ADDRESS: "0x123",
    });
    assert.ok(!bad.ok);
    assert.match(bad.error, /BALLOTBOX_SEALED_BALLOTS_ADDRESS must be a 0x address/);
  });
});
