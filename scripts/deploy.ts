/**
 * Deploys Semaphore, Ballotbox and the sealed polls' contracts with Hardhat Ignition, then records the addresses and the
 * deployment block in `deployments/<chainId>.json`, the file the app and the CLI read.
 *
 *   npx hardhat run scripts/deploy.ts --network localhost
 *   BALLOTBOX_RPC_URL=... npx hardhat run scripts/deploy.ts --network target
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { network } from "hardhat";
import BallotboxModule from "../ignition/modules/Ballotbox.ts";
import { writeDeployment } from "../lib/contracts/deployments.ts";

const root = path.resolve(import.meta.dirname, "..");

const connection = await network.create();
const publicClient = await connection.viem.getPublicClient();
const chainId = await publicClient.getChainId();
const deploymentId = `chain-${chainId}`;

const { ballotbox, semaphore, semaphoreVerifier, poseidonT3, trusteeCeremony, sealedBallots } =
  await connection.ignition.deploy(BallotboxModule, { deploymentId, displayUi: true });

const deploymentBlock = await findDeploymentBlock(deploymentId, "Ballotbox#Ballotbox");
const file = await writeDeployment(root, {
  chainId,
  ballotbox: ballotbox.address,
  semaphore: semaphore.address,
  semaphoreVerifier: semaphoreVerifier.address,
  poseidonT3: poseidonT3.address,
  trusteeCeremony: trusteeCeremony.address,
  sealedBallots: sealedBallots.address,
  deploymentBlock,
});
console.log(
  `Ballotbox ${ballotbox.address} on chain ${chainId} (block ${deploymentBlock}) → ${path.relative(root, file)}`,
);

/**
 * The block of a future's deployment, from Ignition's journal: an exact lower bound for log
 * queries (a recount need not scan the chain from genesis).
 */
async function findDeploymentBlock(id: string, futureId: string): Promise<number> {
  const journal = await readFile(path.join(root, "ignition/deployments", id, "journal.jsonl"), "utf8");
  for (const line of journal.split("\n")) {
    if (line.trim() === "") continue;
    const entry = JSON.parse(line) as { type?: string; futureId?: string; receipt?: { blockNumber?: number } };
    if (
      entry.type === "TRANSACTION_CONFIRM" &&
      entry.futureId === futureId &&
      entry.receipt?.blockNumber !== undefined
    ) {
      return entry.receipt.blockNumber;
    }
  }
  throw new Error(`Ignition's journal for ${id} has no confirmed transaction for ${futureId}`);
}
