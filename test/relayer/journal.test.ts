/** The journal and the configuration, without a chain: what survives a reopen, and what is refused. */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ConfigError, LOCAL_RELAYER_KEY, MAX_BATCH_SIZE, loadConfig, signingKey } from "../../relayer/config.ts";
import { DuplicateEntryError, Journal } from "../../relayer/journal.ts";

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ballotbox-journal-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("Journal", () => {
  it("Should keep entries and signed transactions across a reopen", () => {
    const dataDir = path.join(dir, "reopen");
    const journal = new Journal(dataDir);
    const id = journal.add("ballot", 1n, "42", "{}");
    journal.recordTransaction({
      hash: "0xaa",
      nonce: 7,
      raw: "0xbb",
      entryIds: [id],
      maxFeePerGas: 2n,
      maxPriorityFeePerGas: 1n,
    });
    journal.close();
    const again = new Journal(dataDir);
    assert.equal(again.get(id)?.state, "submitted");
    assert.equal(again.get(id)?.nonce, 7);
    const [pending] = again.pendingTransactions();
    assert.ok(pending);
    assert.equal(pending.raw, "0xbb");
    assert.deepEqual(pending.entryIds, [id]);
    again.close();
  });

  it("Should hold one live entry per nullifier and poll, and allow a retry after a failure", () => {
    const journal = new Journal(path.join(dir, "unique"));
    const first = journal.add("ballot", 1n, "5", "{}");
    assert.throws(() => journal.add("ballot", 1n, "5", "{}"), DuplicateEntryError);
    journal.add("ballot", 2n, "5", "{}");
    journal.markFailed(first, "Voting has ended.");
    journal.add("ballot", 1n, "5", "{}");
    journal.close();
  });

  it("Should refuse to serve another deployment than the one it was started for", () => {
    const journal = new Journal(path.join(dir, "bound"));
    assert.equal(journal.bindDeployment(31337, "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"), undefined);
    assert.equal(journal.bindDeployment(31337, "0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9"), undefined);
    assert.match(
      journal.bindDeployment(1, "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9") ?? "",
      /belongs to contract 0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9 on chain 31337/,
    );
    journal.close();
  });

  it("Should batch the oldest entry's poll in order, and registrations one at a time", () => {
    const journal = new Journal(path.join(dir, "batch"));
    const a = journal.add("ballot", 1n, "1", "{}");
    journal.add("ballot", 2n, "2", "{}");
    const c = journal.add("ballot", 1n, "3", "{}");
    assert.deepEqual(
      journal.nextBatch(50).map((entry) => entry.id),
      [a, c],
    );
    assert.equal(journal.nextBatch(1).length, 1);
    journal.close();
  });

  it("Should count failed attempts per entry, across a reopen", () => {
    const dataDir = path.join(dir, "failures");
    const journal = new Journal(dataDir);
    const poisoned = journal.add("ballot", 1n, "7", "{}");
    const other = journal.add("ballot", 1n, "8", "{}");
    assert.equal(journal.recordFailure(poisoned), 1);
    assert.equal(journal.recordFailure(poisoned), 2);
    journal.close();
    const again = new Journal(dataDir);
    assert.equal(again.get(poisoned)?.failures, 2);
    assert.equal(again.get(other)?.failures, 0);
    again.close();
  });
});

describe("loadConfig", () => {
  it("Should apply the defaults", () => {
    const config = loadConfig({});
    assert.equal(config.rpcUrl, "http://127.0.0.1:8545");
    assert.equal(config.port, 8787);
    assert.equal(config.batchSize, MAX_BATCH_SIZE);
    assert.equal(config.txGasCap, undefined);
    assert.equal(signingKey(config, 31337), LOCAL_RELAYER_KEY);
    // The app on this machine is the one proxy believed by default; 60 requests per 3 s per client.
    assert.deepEqual(config.trustedProxies, ["127.0.0.1"]);
    assert.deepEqual(config.rateLimit, { max: 60, windowMs: 3000, maxClients: 10_000 });
  });

  it("Should take the trusted proxies as addresses or ranges, or none, and refuse anything else", () => {
    assert.deepEqual(loadConfig({ RELAYER_TRUST_PROXY: "none" }).trustedProxies, []);
    assert.deepEqual(loadConfig({ RELAYER_TRUST_PROXY: "10.0.0.5, 192.168.0.0/16" }).trustedProxies, [
      "10.0.0.5",
      "192.168.0.0/16",
    ]);
    assert.throws(() => loadConfig({ RELAYER_TRUST_PROXY: "true" }), /RELAYER_TRUST_PROXY must be "none"/);
  });

  it("Should refuse a real chain without a key, and name every bad variable", () => {
    assert.throws(() => signingKey(loadConfig({}), 1), /set RELAYER_PRIVATE_KEY or RELAYER_KEY_FILE/);
    assert.throws(
      () => loadConfig({ RELAYER_PORT: "http", RELAYER_CONTRACT: "0x12", RELAYER_BATCH_SIZE: "513" }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /RELAYER_PORT/.test(error.message) &&
        /RELAYER_CONTRACT/.test(error.message) &&
        /RELAYER_BATCH_SIZE/.test(error.message),
    );
  });

  it("Should read the key from a file and never put it in a message", async () => {
    const file = path.join(dir, "key");
    await writeFile(file, `${LOCAL_RELAYER_KEY}\n`);
    assert.equal(loadConfig({ RELAYER_KEY_FILE: file }).privateKey, LOCAL_RELAYER_KEY);
    await writeFile(file, "secret-but-not-a-key");
    assert.throws(
      () => loadConfig({ RELAYER_KEY_FILE: file }),
      (error: unknown) => error instanceof ConfigError && !error.message.includes("secret-but-not-a-key"),
    );
  });
});
