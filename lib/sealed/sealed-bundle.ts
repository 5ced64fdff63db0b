/**
 * The sealed audit bundle: one JSON file with everything the sealed recount needs (the poll, the
 * roll's change log, the whole key ceremony as its events record it, every ballot with its proof,
 * every partial decryption, the decrypted total, and what the contracts say), so that anyone can redo
 * every check of lib/sealed/sealed-recount.ts offline, from the file alone. It holds nothing secret:
 * only what the chain already shows to everyone.
 *
 * A format of its own beside the public poll's (lib/recount/bundle.ts), whose building blocks it
 * shares: the two recounts take different inputs, and a reader tells them apart by `format`.
 */
import { z } from "zod";
import { BALLOT_TYPES } from "../ballots/ballot.ts";
import { addressSchema } from "../chain/connection.ts";
import { toDecimalJson } from "../json/decimal-json.ts";
import { hex, pollSchema, readBundleText, rollChangeSchema, uint } from "../recount/bundle.ts";
import type { SealedRecountInput } from "./sealed-reader.ts";

export const SEALED_BUNDLE_FORMAT = "ballotbox-sealed-audit-bundle";
export const SEALED_BUNDLE_VERSION = 1;

const trusteeIndex = z.number().int().min(1);
const point = z.object({ x: uint, y: uint });
const packedProof = z.tuple([uint, uint, uint, uint, uint, uint, uint, uint]);

const ceremonySchema = z.object({
  context: z.object({ chainId: uint, ceremony: addressSchema, pollId: uint }),
  ballotType: z.enum(BALLOT_TYPES),
  optionCount: z.number().int(),
  trustees: z.array(addressSchema),
  threshold: z.number().int(),
  keys: z.array(
    z.object({ trustee: trusteeIndex, key: point, proof: z.object({ commitment: point, response: uint }) }),
  ),
  dealings: z.array(
    z.object({
      dealer: trusteeIndex,
      commitments: z.array(z.array(point)),
      recipients: z.array(trusteeIndex),
      encryptedShares: z.array(z.array(uint)),
    }),
  ),
  complaints: z.array(z.object({ dealer: trusteeIndex, complainant: trusteeIndex })),
  refusals: z.array(z.object({ dealer: trusteeIndex, complainant: trusteeIndex, shares: z.array(uint) })),
  disqualifications: z.array(z.object({ dealer: trusteeIndex, position: z.number().int().nonnegative() })),
  finalised: z
    .object({ qualified: z.number().int().nonnegative(), aggregateCommitments: z.array(uint), pollKeyHash: uint })
    .optional(),
});

const sealedBundleSchema = z.object({
  format: z.literal(SEALED_BUNDLE_FORMAT),
  version: z.literal(SEALED_BUNDLE_VERSION),
  createdAt: z.string(),
  chainId: z.number().int().positive(),
  ballotbox: addressSchema,
  sealedBallots: addressSchema,
  trusteeCeremony: addressSchema,
  blockNumber: uint,
  blockTimestamp: uint,
  poll: pollSchema(z.literal("sealed")),
  rollChanges: z.array(rollChangeSchema),
  ceremony: ceremonySchema,
  ballots: z.array(
    z.object({
      nullifier: uint,
      ciphertexts: z.array(uint),
      proof: packedProof,
      blockNumber: uint,
      blockTimestamp: uint,
      transactionHash: hex,
    }),
  ),
  partialDecryptions: z.array(
    z.object({ trustee: trusteeIndex, decryptionShares: z.array(uint), proof: packedProof, transactionHash: hex }),
  ),
  decrypted: z.object({ counts: z.array(uint), trustees: z.number().int().nonnegative() }).optional(),
  contract: z.object({
    ballotCount: uint,
    merkleRoot: uint,
    pollKeyHash: uint,
    encryptedTally: z.array(uint),
    tally: z.array(uint).optional(),
  }),
});

/** Writes a sealed recount input as a sealed audit bundle (JSON text). */
export function serializeSealedBundle(input: SealedRecountInput, createdAt = new Date()): string {
  const bundle = {
    format: SEALED_BUNDLE_FORMAT,
    version: SEALED_BUNDLE_VERSION,
    createdAt: createdAt.toISOString(),
    ...input,
  };
  return `${toDecimalJson(bundle, 2)}\n`;
}

/** Whether a file claims to be a sealed audit bundle (its `format`); parseSealedBundle checks the rest. */
export function isSealedBundle(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === "object" && json !== null && "format" in json && json.format === SEALED_BUNDLE_FORMAT;
  } catch {
    return false;
  }
}

/** Reads a sealed audit bundle back; throws InvalidBundleError naming the first problem if it is not one. */
export function parseSealedBundle(text: string): SealedRecountInput {
  return readBundleText(sealedBundleSchema, text);
}
