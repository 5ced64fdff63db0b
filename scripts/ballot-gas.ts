/**
 * How ballot gas is measured, shared by the benchmark (`npm run bench:gas`: 100 ballots and the largest
 * batches, writes bench/results/gas.json) and the gas budget test (test/contracts/gas-budget.test.ts:
 * a few ballots, held to that file), so that both measure the same poll, the same ballots, the same way.
 * Both cast the stored real ballots of test/helpers/batch-election.ts.
 *
 * Gas is each transaction's whole gasUsed from its receipt (intrinsic gas and calldata included),
 * because that is what a voter or relayer pays. Batches are measured in the steady state: after one
 * ballot per option, so that the tally's slots are already non-zero (the first ballot for an option
 * pays about 17k more to fill an empty slot, once per poll).
 */
import assert from "node:assert/strict";
import type { ContractReturnType, PublicClient } from "@nomicfoundation/hardhat-viem/types";
import { Identity } from "@semaphore-protocol/identity";
import type { Hash } from "viem";
import type { SolidityProof } from "../lib/semaphore/solidity-proof.ts";
import { median } from "./bench-stats.ts";

/** The options of the measured single-choice poll: ballots write one tally slot per option. */
export const SINGLE_OPTIONS = ["Red", "Green", "Blue", "Yellow"];

type Ballotbox = ContractReturnType<"Ballotbox">;

export interface Stat {
  median: number;
  max: number;
}

/** Deterministic voters: the roll, its root and so the proofs' public signals are the same on every run. */
export function benchVoter(index: number): Identity {
  return new Identity(`bench voter ${index}`);
}

/**
 * Voter `index`'s single-choice ballot. Consecutive voters cycle through every option, so any ten
 * of them in a row write every tally slot, as a real poll's batches do.
 */
export function singleChoiceBallot(index: number): bigint {
  return BigInt((index * 7) % SINGLE_OPTIONS.length);
}

/** A transaction's whole gasUsed, from its receipt; throws if it reverted. */
export async function gasOf(publicClient: PublicClient, write: Promise<Hash>): Promise<number> {
  const receipt = await publicClient.waitForTransactionReceipt({ hash: await write });
  assert.equal(receipt.status, "success");
  return Number(receipt.gasUsed);
}

/** The gas of each ballot cast alone (castVote), in order. */
export async function castEachAlone(
  publicClient: PublicClient,
  ballotbox: Ballotbox,
  pollId: bigint,
  proofs: readonly SolidityProof[],
): Promise<number[]> {
  const gas: number[] = [];
  for (const proof of proofs) gas.push(await gasOf(publicClient, ballotbox.write.castVote([pollId, proof])));
  return gas;
}

/**
 * The gas per ballot of each castVotes batch of `size` ballots (the last may be smaller; `gasLimit`
 * for batches larger than a gas estimate's default allows): the
 * transaction's gas divided by its ballots. Checks that every ballot was counted, because castVotes
 * skips a bad ballot instead of reverting, and a skipped ballot would pass for a saving.
 */
export async function castInBatches(
  publicClient: PublicClient,
  ballotbox: Ballotbox,
  pollId: bigint,
  proofs: readonly SolidityProof[],
  size: number,
  gasLimit?: bigint,
): Promise<number[]> {
  const perBallot: number[] = [];
  for (let i = 0; i < proofs.length; i += size) {
    const batch = proofs.slice(i, i + size);
    const before = await ballotbox.read.getBallotCount([pollId]);
    const options = gasLimit === undefined ? {} : { gas: gasLimit };
    const gas = await gasOf(publicClient, ballotbox.write.castVotes([pollId, batch], options));
    assert.equal(await ballotbox.read.getBallotCount([pollId]), before + BigInt(batch.length), "a ballot was skipped");
    perBallot.push(gas / batch.length);
  }
  return perBallot;
}

/** Median (the mean of the middle two for an even count) and max, rounded to whole gas. */
export function stat(values: readonly number[]): Stat {
  return { median: Math.round(median(values)), max: Math.round(Math.max(...values)) };
}

/**
 * The largest batch of the first n `proofs` (n <= proofs.length) whose castVotes fits `gasLimit`, by
 * binary search on gas estimates from the current state; an estimate that fails counts as too large.
 */
export async function largestBatch(
  ballotbox: Ballotbox,
  pollId: bigint,
  proofs: readonly SolidityProof[],
  gasLimit: bigint,
): Promise<number> {
  const fits = async (size: number): Promise<boolean> => {
    try {
      return (await ballotbox.estimateGas.castVotes([pollId, proofs.slice(0, size)], { gas: gasLimit })) <= gasLimit;
    } catch {
      return false;
    }
  };
  let [fitting, tooLarge] = [0, proofs.length + 1];
  while (tooLarge - fitting > 1) {
    const size = Math.floor((fitting + tooLarge) / 2);
    if (await fits(size)) fitting = size;
    else tooLarge = size;
  }
  if (fitting === proofs.length) throw new Error(`All ${proofs.length} stored ballots fit ${gasLimit} gas: store more`);
  return fitting;
}
