/**
 * Deploys Semaphore and Ballotbox to a fresh node straight from the build artifacts, from Hardhat's
 * account #0 in the Ignition module's order, so Ballotbox lands at the fixed address the stored proofs
 * were made for. (Not Ignition itself: it records deployments under ignition/deployments/chain-31337,
 * which `npm start` on the same machine owns.) Then creates the fixed election's polls and rolls.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  createPublicClient,
  createWalletClient,
  http,
  type Abi,
  type Address,
  type Hex,
  type PublicClient,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { chainFor } from "../../../lib/chain/connection.ts";
import { ballotboxAbi } from "../../../lib/contracts/abis.generated.ts";
import { BALLOTBOX, CHAIN_ID, CLOSED_POLL, OPEN_POLL, choiceOf, roll } from "./election.ts";
import { ROOT } from "./processes.ts";

/** Hardhat's development account #0: the deployer and organizer (a well-known test key). */
export const ORGANIZER_KEY: Hex = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
/** Poll 3: still in registration when the tests run, with an invite root, for registrations. */
export const REGISTRATION_POLL_ID = 3n;

interface Artifact {
  abi: Abi;
  bytecode: Hex;
  linkReferences: Record<string, Record<string, { start: number; length: number }[]>>;
}

async function artifact(file: string): Promise<Artifact> {
  return JSON.parse(await readFile(path.join(ROOT, "artifacts", file), "utf8")) as Artifact;
}

function link(bytecode: Hex, references: Artifact["linkReferences"], libraries: Record<string, Address>): Hex {
  let code = bytecode.slice(2);
  for (const library of Object.values(references)) {
    for (const [name, places] of Object.entries(library)) {
      const address = libraries[name]?.slice(2).toLowerCase();
      if (address === undefined) throw new Error(`No address for library ${name}`);
      for (const { start, length } of places) {
        code = code.slice(0, start * 2) + address + code.slice((start + length) * 2);
      }
    }
  }
  return `0x${code}`;
}

export interface Deployed {
  client: PublicClient;
  rpc: (method: string, params?: unknown[]) => Promise<unknown>;
  organizer: ReturnType<typeof createWalletClient>;
  ballotbox: Address;
}

export async function deployElection(rpcUrl: string, options: { inviteRoot?: Hex } = {}): Promise<Deployed> {
  const chain = chainFor(CHAIN_ID, rpcUrl);
  const client = createPublicClient({ chain, transport: http(rpcUrl) });
  const account = privateKeyToAccount(ORGANIZER_KEY);
  const wallet = createWalletClient({ account, chain, transport: http(rpcUrl) });
  const deploy = async (art: Artifact, args: unknown[] = [], libraries: Record<string, Address> = {}) => {
    const hash = await wallet.deployContract({
      abi: art.abi,
      bytecode: link(art.bytecode, art.linkReferences, libraries),
      args,
    });
    const receipt = await client.waitForTransactionReceipt({ hash });
    if (receipt.contractAddress == null) throw new Error("A deployment created no contract");
    return receipt.contractAddress;
  };
  const poseidon = await deploy(await artifact("poseidon-solidity/PoseidonT3.sol/PoseidonT3.json"));
  const verifier = await deploy(
    await artifact("@semaphore-protocol/contracts/base/SemaphoreVerifier.sol/SemaphoreVerifier.json"),
  );
  const semaphore = await deploy(
    await artifact("@semaphore-protocol/contracts/Semaphore.sol/Semaphore.json"),
    [verifier],
    {
      PoseidonT3: poseidon,
    },
  );
  const ballotbox = await deploy(await artifact("contracts/Ballotbox.sol/Ballotbox.json"), [semaphore]);
  if (ballotbox.toLowerCase() !== BALLOTBOX.toLowerCase()) {
    throw new Error(`Ballotbox deployed at ${ballotbox}, not ${BALLOTBOX}: is the node fresh?`);
  }

  const send = async (hash: Hex) => {
    const receipt = await client.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`Set-up transaction ${hash} reverted`);
  };
  const now = (await client.getBlock()).timestamp;
  const createPoll = (question: string, options: string[], start: bigint, end: bigint) =>
    wallet.writeContract({
      address: ballotbox,
      abi: ballotboxAbi,
      functionName: "createPoll",
      args: [question, options, 0, Number(start), Number(end)],
    });
  const DAY = 86_400n;
  await send(await createPoll("Open poll", ["A", "B", "C", "D"], now + 100n, now + 30n * DAY));
  await send(await createPoll("Closed poll", ["Yes", "No"], now + 100n, now + 200n));
  await send(await createPoll("Future poll", ["Yes", "No"], now + 60n * DAY, now + 90n * DAY));

  const addAll = async (pollId: bigint, commitments: bigint[]) => {
    for (let i = 0; i < commitments.length; i += 250) {
      await send(
        await wallet.writeContract({
          address: ballotbox,
          abi: ballotboxAbi,
          functionName: "addVoters",
          args: [pollId, commitments.slice(i, i + 250)],
        }),
      );
    }
  };
  await addAll(OPEN_POLL.pollId, roll(OPEN_POLL.rollSize).members);
  await addAll(CLOSED_POLL.pollId, roll(CLOSED_POLL.rollSize).members);
  if (options.inviteRoot !== undefined) {
    await send(
      await wallet.writeContract({
        address: ballotbox,
        abi: ballotboxAbi,
        functionName: "setInviteRoot",
        args: [REGISTRATION_POLL_ID, options.inviteRoot],
      }),
    );
  }

  const rpc = async (method: string, params: unknown[] = []) => {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    return ((await response.json()) as { result: unknown }).result;
  };
  // Open poll 1 and close poll 2; poll 3 stays in registration.
  await rpc("evm_increaseTime", [300]);
  await rpc("evm_mine");
  return { client, rpc, organizer: wallet, ballotbox };
}

/**
 * Waits until the contract has counted at least `target` ballots in the open poll, or `timeoutMs`
 * has passed, and returns the count it last read.
 */
export async function waitForBallotCount(client: PublicClient, target: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const read = () =>
    client.readContract({
      address: BALLOTBOX,
      abi: ballotboxAbi,
      functionName: "getBallotCount",
      args: [OPEN_POLL.pollId],
    });
  let count = await read();
  while (count < BigInt(target) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    count = await read();
  }
  return Number(count);
}

/** The open poll's tally on chain is exactly the choices of `voters` (indexes of the fixed electorate). */
export async function expectOpenPollTally(client: PublicClient, voters: Iterable<number>): Promise<void> {
  const expected = Array.from({ length: OPEN_POLL.optionCount }, () => 0n);
  for (const i of voters) {
    const choice = Number(choiceOf(i));
    expected[choice] = (expected[choice] ?? 0n) + 1n;
  }
  const tally = await client.readContract({
    address: BALLOTBOX,
    abi: ballotboxAbi,
    functionName: "getTally",
    args: [OPEN_POLL.pollId],
  });
  assert.deepEqual([...tally], expected);
}
