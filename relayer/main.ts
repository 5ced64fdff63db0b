/**
 * The relayer service: `node relayer/main.ts` (or `npm run relayer`), configured by RELAYER_* variables
 * (relayer/config.ts). Starts in this order, so that nothing is accepted before it can be kept:
 * configuration → chain and contract → key → journal → reconciliation with the chain → submitter →
 * HTTP. SIGTERM and SIGINT stop it gracefully; a crash loses nothing (see reconcile.ts).
 */
import path from "node:path";
import { createPublicClient, http, type Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { connectToBallotbox, ConnectionError } from "../lib/chain/connection.ts";
import { readDeployment } from "../lib/contracts/deployments.ts";
import { sealedContractsOf, type SealedContracts } from "../lib/sealed/sealed-state.ts";
import { ConfigError, loadConfig, signingKey } from "./config.ts";
import { Journal } from "./journal.ts";
import { Polls } from "./polls.ts";
import { ProofVerifier } from "./proof-verifier.ts";
import { reconcile } from "./reconcile.ts";
import { createRelayerServer } from "./server.ts";
import { Submitter } from "./submitter.ts";

const PACKAGE_ROOT = path.resolve(import.meta.dirname, "..");

const log = (message: string) => {
  console.error(`${new Date().toISOString()} ${message}`);
};

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof ConnectionError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const conn = await connectToBallotbox(
    { rpcUrl: config.rpcUrl, chainId: config.chainId, ballotbox: config.contract },
    (chainId) => readDeployment(PACKAGE_ROOT, chainId).catch(() => undefined),
  );
  const sealed = await sealedContractsFor(conn, config.sealedBallots);
  const account = privateKeyToAccount(signingKey(config, conn.chainId));
  const balance = await conn.client.getBalance({ address: account.address });
  if (balance === 0n) log(`Warning: the relayer's account ${account.address} has no funds; fund it to submit.`);

  const journal = new Journal(config.dataDir);
  const mismatch = journal.bindDeployment(conn.chainId, conn.ballotbox);
  if (mismatch !== undefined) {
    journal.close();
    throw new ConfigError(mismatch);
  }
  const chainContext = {
    client: conn.client,
    ballotbox: conn.ballotbox,
    sealedBallots: sealed?.sealedBallots,
    fromBlock: conn.fromBlock,
    journal,
    maxFailedAttempts: config.maxFailedAttempts,
  };
  const summary = await reconcile(chainContext);
  log(
    `Journal ${path.join(config.dataDir, "journal.sqlite")}: ${journal.backlog()} waiting, ` +
      `${summary.settledFromChain} settled from the chain, ${summary.pendingTransactions} transaction(s) to re-check.`,
  );

  const submitter = new Submitter({
    client: conn.client,
    chain: conn.chain,
    account,
    ballotbox: conn.ballotbox,
    sealedBallots: sealed?.sealedBallots,
    fromBlock: conn.fromBlock,
    journal,
    batchSize: config.batchSize,
    txGasCap: config.txGasCap,
    receiptTimeoutMs: config.receiptTimeoutMs,
    pollIntervalMs: config.pollIntervalMs,
    maxFailedAttempts: config.maxFailedAttempts,
    log,
  });
  await submitter.start();

  // Checks of concurrent requests go to the node as JSON-RPC batches: one HTTP round trip for many.
  const checks = createPublicClient({
    chain: conn.chain,
    transport: http(config.rpcUrl, { batch: { wait: 2 }, retryCount: 2, timeout: 15_000 }),
  });
  const server = await createRelayerServer({
    validation: {
      client: checks,
      chainId: conn.chainId,
      ballotbox: conn.ballotbox,
      polls: new Polls(checks, conn.ballotbox, sealed),
      verifier: await ProofVerifier.create(),
    },
    journal,
    rateLimit: config.rateLimit,
    trustedProxies: config.trustedProxies,
    maxQueue: config.maxQueue,
    health: {
      chainId: conn.chainId,
      contract: conn.ballotbox,
      relayer: account.address,
      ...(sealed === undefined ? {} : { sealedBallots: sealed.sealedBallots }),
    },
    onAccepted: () => {
      submitter.wake();
    },
    log,
  });
  await server.listen({ port: config.port, host: config.host });
  const address = server.server.address();
  const port = typeof address === "object" && address !== null ? address.port : config.port;
  // Tests and scripts wait for this exact line.
  console.log(
    `Relayer listening on http://${config.host}:${port} (chain ${conn.chainId}, contract ${conn.ballotbox}, relayer ${account.address})`,
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    log("Stopping: no new requests; the journal keeps anything unfinished.");
    void Promise.all([server.close(), submitter.stop()]).then(() => {
      journal.close();
      process.exit(0);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/**
 * The sealed polls' contracts of this Ballotbox: RELAYER_SEALED_BALLOTS (which must be right, or the
 * relayer does not start), or else the deployment file's when it is of the same Ballotbox and its
 * SealedBallots answers as such on this chain; none (sealed ballots refused) otherwise.
 */
async function sealedContractsFor(
  conn: Awaited<ReturnType<typeof connectToBallotbox>>,
  configured: Address | undefined,
): Promise<SealedContracts | undefined> {
  if (configured !== undefined) {
    try {
      return await sealedContractsOf(conn, configured);
    } catch (error) {
      throw new ConfigError(`RELAYER_SEALED_BALLOTS: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const deployment = await readDeployment(PACKAGE_ROOT, conn.chainId).catch(() => undefined);
  const sameBallotbox = deployment?.ballotbox.toLowerCase() === conn.ballotbox.toLowerCase();
  const found =
    deployment !== undefined && sameBallotbox
      ? await sealedContractsOf(conn, deployment.sealedBallots).catch(() => undefined)
      : undefined;
  if (found === undefined) {
    log("No SealedBallots found for this Ballotbox (set RELAYER_SEALED_BALLOTS): sealed ballots will be refused.");
  }
  return found;
}
