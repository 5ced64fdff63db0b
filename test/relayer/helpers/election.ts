/**
 * The fixed election the relayer's tests and benchmark run against. Everything that a ballot's proof
 * depends on is fixed here: the chain, the contract's address (a fresh node, deployed from Hardhat's
 * account #0 in the Ignition order), the poll ids, the voters and their choices. So the proofs in
 * test/data/relayer-ballots.json, made once, stay valid on every fresh chain.
 */
import { Group } from "@semaphore-protocol/group";
import { Identity } from "@semaphore-protocol/identity";
import path from "node:path";
import type { Address } from "viem";
import { LOCAL_CHAIN_ID } from "../../../lib/chain/local-chain.ts";

export const CHAIN_ID = LOCAL_CHAIN_ID;
/** Ballotbox's address on a fresh Hardhat node when deployed by account #0 at nonce 3. */
export const BALLOTBOX: Address = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9";

/** Poll 1: open for the whole run, single choice over four options, a roll of ROLL_SIZE voters. */
export const OPEN_POLL = { pollId: 1n, optionCount: 4, rollSize: 1000, depth: 10 } as const;
/** Poll 2: closes before any ballot is posted; a few real ballots of it test the "closed" rejection. */
export const CLOSED_POLL = { pollId: 2n, optionCount: 2, rollSize: 8, depth: 3 } as const;

export const BALLOTS_FILE = path.join(import.meta.dirname, "..", "..", "data", "relayer-ballots.json");

/** The i-th voter of the fixed electorate (deterministic: the secret derives from the text). */
export function voter(i: number): Identity {
  return new Identity(`relayer load voter ${i}`);
}

/** The roll of the first `size` voters, in the order the tests add them. */
export function roll(size: number): Group {
  return new Group(Array.from({ length: size }, (_, i) => voter(i).commitment));
}

/** Voter i's choice in the open poll. */
export function choiceOf(i: number): bigint {
  return BigInt(i % OPEN_POLL.optionCount);
}
