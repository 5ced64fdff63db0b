/**
 * The poll key hash against the Poseidon the contract will run: poseidon-solidity's PoseidonT3 and
 * PoseidonT6, deployed from the package's own bytecode on the in-process network and chained in
 * the documented order, must give what lib/sealed/poll-key-hash.ts gives.
 */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import fc from "fast-check";
import { network } from "hardhat";
import { poseidon2 } from "poseidon-lite/poseidon2";
import { type Hex } from "viem";
import { BALLOT_TYPES, type BallotType } from "../../lib/ballots/ballot.ts";
import { G, IDENTITY, add, mulBase, type Point } from "../../lib/sealed/curve.ts";
import { MAX_SEALED_OPTIONS, MIN_SEALED_OPTIONS } from "../../lib/sealed/limits.ts";
import { KEY_SLOTS, paddedPollKeys, pollKeyHash } from "../../lib/sealed/poll-key-hash.ts";
import { FUZZ_RUNS, secretArbitrary } from "./seeded.ts";

const require = createRequire(import.meta.url);
const poseidonT3 = require("poseidon-solidity/deploy/PoseidonT3.js") as { bytecode: Hex };
const poseidonT6 = require("poseidon-solidity/deploy/PoseidonT6.js") as { bytecode: Hex };

function hashAbi<const Width extends 2 | 5>(width: Width) {
  return [
    {
      type: "function",
      name: "hash",
      stateMutability: "pure",
      inputs: [{ name: "inputs", type: `uint256[${width}]` }],
      outputs: [{ name: "", type: "uint256" }],
    },
  ] as const;
}

const pollArbitrary = fc
  .record({
    ballotType: fc.constantFrom(...BALLOT_TYPES),
    optionCount: fc.integer({ min: MIN_SEALED_OPTIONS, max: MAX_SEALED_OPTIONS }),
  })
  .chain(({ ballotType, optionCount }) =>
    fc.tuple(
      fc.constant(ballotType),
      fc.constant(optionCount),
      fc.array(secretArbitrary.map(mulBase), { minLength: optionCount, maxLength: optionCount }),
    ),
  );

describe("poll key hash", () => {
  it("Should use circomlib's Poseidon (its published vector for [1, 2])", () => {
    assert.equal(poseidon2([1n, 2n]), 0x115cc0f5e7d690413df64c6b9662e9cf2a3617f2743245519e19607a4417189an);
  });

  it("Should be poseidon-solidity's chain: PoseidonT3(type, count), then PoseidonT6 over key pairs", async () => {
    const { viem } = await network.create();
    const [wallet] = await viem.getWalletClients();
    const client = await viem.getPublicClient();
    if (!wallet) throw new Error("The in-process network has no account");
    const deploy = async (bytecode: Hex, abi: ReturnType<typeof hashAbi>) => {
      const receipt = await client.waitForTransactionReceipt({ hash: await wallet.deployContract({ abi, bytecode }) });
      if (!receipt.contractAddress) throw new Error("Poseidon library not deployed");
      return receipt.contractAddress;
    };
    const t3 = await deploy(poseidonT3.bytecode, hashAbi(2));
    const t6 = await deploy(poseidonT6.bytecode, hashAbi(5));
    const onChain = async (ballotType: BallotType, optionCount: number, keys: readonly Point[]): Promise<bigint> => {
      const type = BigInt(BALLOT_TYPES.indexOf(ballotType));
      let hash = await client.readContract({
        address: t3,
        abi: hashAbi(2),
        functionName: "hash",
        args: [[type, BigInt(optionCount)]],
      });
      const slots = paddedPollKeys(keys);
      for (let slot = 0; slot < KEY_SLOTS; slot += 2) {
        const [a, b] = [slots[slot] as Point, slots[slot + 1] as Point];
        hash = await client.readContract({
          address: t6,
          abi: hashAbi(5),
          functionName: "hash",
          args: [[hash, a.x, a.y, b.x, b.y]],
        });
      }
      return hash;
    };
    await fc.assert(
      fc.asyncProperty(pollArbitrary, async ([ballotType, optionCount, keys]) => {
        assert.equal(pollKeyHash(ballotType, optionCount, keys), await onChain(ballotType, optionCount, keys));
      }),
      { numRuns: Math.min(FUZZ_RUNS, 30) },
    );
  });

  it("Should pad to 8 slots with O and change with the type, the count and every key", () => {
    fc.assert(
      fc.property(pollArbitrary, fc.nat(), ([ballotType, optionCount, keys], pick) => {
        const hash = pollKeyHash(ballotType, optionCount, keys);
        const padded = paddedPollKeys(keys);
        assert.equal(padded.length, 8);
        assert.deepEqual(
          padded.slice(optionCount),
          Array.from({ length: 8 - optionCount }, () => IDENTITY),
        );
        const otherType = ballotType === "single" ? "approval" : "single";
        assert.notEqual(pollKeyHash(otherType, optionCount, keys), hash);
        const changed = pick % optionCount;
        const altered = keys.map((key, option) => (option === changed ? add(key, G) : key));
        assert.notEqual(pollKeyHash(ballotType, optionCount, altered), hash);
        // The same keys read as a poll of one option fewer, or one more with O as its key, differ.
        if (optionCount > MIN_SEALED_OPTIONS)
          assert.notEqual(pollKeyHash(ballotType, optionCount - 1, keys.slice(0, -1)), hash);
        if (optionCount < MAX_SEALED_OPTIONS)
          assert.notEqual(pollKeyHash(ballotType, optionCount + 1, [...keys, IDENTITY]), hash);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 200) },
    );
  });

  it("Should refuse a count outside 2 … 8 or keys that do not match it", () => {
    const keys = [mulBase(1n), mulBase(2n)];
    assert.throws(() => pollKeyHash("single", 3, keys), /2 keys for 3 options/);
    assert.throws(() => pollKeyHash("single", 9, keys), /2 to 8 options, not 9/);
    assert.throws(() => pollKeyHash("ranked" as BallotType, 2, keys), /Unknown ballot type/);
  });
});
