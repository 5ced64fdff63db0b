/**
 * The per-request Content-Security-Policy and the one validated configuration it is built from.
 * (test/e2e/election.spec.ts checks the headers every page is really served with.)
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentSecurityPolicy, newNonce } from "../../app/_lib/security-headers.ts";
import { DEFAULT_RELAYER_URL, DEFAULT_RPC_URL, readServerEnv } from "../../app/_lib/server-config.ts";

function directive(policy: string, name: string): string[] {
  const found = policy.split("; ").find((entry) => entry.startsWith(`${name} `));
  assert.ok(found, `${name} is in the policy`);
  return found.split(" ").slice(1);
}

describe("content security policy", () => {
  it("Should allow inline scripts by this response's nonce only, and eval only in development", () => {
    const nonce = newNonce();
    const production = contentSecurityPolicy({ nonce, rpcUrl: "https://rpc.example/v3/key", development: false });
    const scripts = directive(production, "script-src");
    assert.deepEqual(scripts, ["'self'", `'nonce-${nonce}'`, "'wasm-unsafe-eval'"]);
    assert.deepEqual(directive(production, "connect-src"), ["'self'", "https://rpc.example"]);
    assert.deepEqual(directive(production, "worker-src"), ["'self'", "blob:"]);
    const development = contentSecurityPolicy({ nonce, rpcUrl: undefined, development: true });
    assert.ok(directive(development, "script-src").includes("'unsafe-eval'"));
  });

  it("Should make a new, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    assert.equal(nonces.size, 100);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("server configuration", () => {
  it("Should default to the local chain", () => {
    assert.deepEqual(readServerEnv({}), {
      ok: true,
      env: { chainId: 31337, rpcUrl: DEFAULT_RPC_URL, relayerUrl: DEFAULT_RELAYER_URL, deployment: undefined },
    });
  });

  it("Should read a deployment named by the environment", () => {
    const read = readServerEnv({
      NEXT_PUBLIC_RPC_URL: "https://rpc.example",
      NEXT_PUBLIC_CHAIN_ID: "11155111",
      RELAYER_URL: "https://relayer.example/ballotbox/",
      BALLOTBOX_ADDRESS: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
      BALLOTBOX_SEMAPHORE_ADDRESS: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
      BALLOTBOX_DEPLOYMENT_BLOCK: "42",
    });
    assert.deepEqual(read, {
      ok: true,
      env: {
        chainId: 11155111,
        rpcUrl: "https://rpc.example",
        relayerUrl: "https://relayer.example/ballotbox",
        deployment: {
          ballotbox: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
          semaphore: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
          deploymentBlock: 42,
          sealedBallots: null,
        },
      },
    });
  });

  it("Should take a SealedBallots address beside the Ballotbox named in the environment", () => {
    const read = readServerEnv({
      BALLOTBOX_ADDRESS: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
      BALLOTBOX_SEMAPHORE_ADDRESS: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
      BALLOTBOX_SEALED_BALLOTS_ADDRESS: "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0",
    });
    if (!read.ok) assert.fail(read.error);
    assert.equal(read.env.deployment?.sealedBallots, "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
  });

  it("Should refuse a SealedBallots address without a Ballotbox, or one that is not an address", () => {
    const alone = readServerEnv({ BALLOTBOX_SEALED_BALLOTS_ADDRESS: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0" });
    if (alone.ok) assert.fail("a SealedBallots address alone was accepted");
    assert.match(alone.error, /BALLOTBOX_SEALED_BALLOTS_ADDRESS needs BALLOTBOX_ADDRESS/);
    const bad = readServerEnv({
      BALLOTBOX_ADDRESS: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
      BALLOTBOX_SEMAPHORE_ADDRESS: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
      BALLOTBOX_SEALED_BALLOTS_ADDRESS: "0x123",
    });
    if (bad.ok) assert.fail("a bad SealedBallots address was accepted");
    assert.match(bad.error, /BALLOTBOX_SEALED_BALLOTS_ADDRESS must be a 0x address/);
  });

  it("Should refuse bad settings with one sentence naming each", () => {
    const read = readServerEnv({
      NEXT_PUBLIC_RPC_URL: "javascript:alert(1)",
      NEXT_PUBLIC_CHAIN_ID: "-1",
      RELAYER_URL: "relayer:8787",
      BALLOTBOX_ADDRESS: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
    });
    if (read.ok) assert.fail("bad settings were accepted");
    assert.match(read.error, /NEXT_PUBLIC_RPC_URL must be an http\(s\) URL/);
    assert.match(read.error, /NEXT_PUBLIC_CHAIN_ID must be a whole number/);
    assert.match(read.error, /RELAYER_URL must be an http\(s\) URL/);
    assert.match(read.error, /must be set together/);
  });
});
