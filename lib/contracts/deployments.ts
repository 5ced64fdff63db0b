import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { getAddress, isAddress, type Address } from "viem";

/** Where a Ballotbox deployment lives on one chain. */
export interface Deployment {
  chainId: number;
  ballotbox: Address;
  semaphore: Address;
  semaphoreVerifier: Address;
  poseidonT3: Address;
  /** The key ceremony of sealed polls. */
  trusteeCeremony: Address;
  /** Sealed polls' ballots, encrypted tally and decryption. */
  sealedBallots: Address;
  /** The block Ballotbox was deployed in: log queries start there. */
  deploymentBlock: number;
}

const DEPLOYMENTS_DIR = "deployments";

/** The file that holds a chain's deployment. */
export function deploymentPath(root: string, chainId: number): string {
  return path.join(root, DEPLOYMENTS_DIR, `${chainId}.json`);
}

/** Writes a deployment to `deployments/<chainId>.json` and returns the path. */
export async function writeDeployment(root: string, deployment: Deployment): Promise<string> {
  const file = deploymentPath(root, deployment.chainId);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(deployment, null, 2)}\n`);
  return file;
}

/** Reads and checks a chain's deployment; throws a sentence saying what is missing or wrong. */
export async function readDeployment(root: string, chainId: number): Promise<Deployment> {
  const file = deploymentPath(root, chainId);
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch {
    throw new Error(`No Ballotbox deployment for chain ${chainId}: ${file} does not exist. Deploy first.`);
  }
  return parseDeployment(JSON.parse(raw) as unknown, file);
}

function parseDeployment(value: unknown, source: string): Deployment {
  if (typeof value !== "object" || value === null) throw new Error(`${source}: not a JSON object`);
  const record = value as Record<string, unknown>;
  const address = (key: string): Address => {
    const field = record[key];
    if (typeof field !== "string" || !isAddress(field)) throw new Error(`${source}: "${key}" is not an address`);
    return getAddress(field);
  };
  const integer = (key: string): number => {
    const field = record[key];
    if (typeof field !== "number" || !Number.isSafeInteger(field) || field < 0) {
      throw new Error(`${source}: "${key}" is not a non-negative integer`);
    }
    return field;
  };
  return {
    chainId: integer("chainId"),
    ballotbox: address("ballotbox"),
    semaphore: address("semaphore"),
    semaphoreVerifier: address("semaphoreVerifier"),
    poseidonT3: address("poseidonT3"),
    trusteeCeremony: address("trusteeCeremony"),
    sealedBallots: address("sealedBallots"),
    deploymentBlock: integer("deploymentBlock"),
  };
}
