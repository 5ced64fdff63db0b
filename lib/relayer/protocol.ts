/**
 * The relayer's wire format, defined once and imported by both sides: the server (relayer/) parses
 * requests and builds responses with these schemas, the client (lib/relayer/client.ts) sends and
 * parses with them, so the two cannot drift apart.
 *
 *   POST /ballots        BallotRequest        → 202 Receipt (200 with the same Receipt if already journaled)
 *                        (a public poll's {pollId, proof}, or a sealed poll's {pollId, sealedBallot})
 *   POST /registrations  RegistrationRequest  → 202 Receipt (likewise)
 *   GET  /ballots/:id, /registrations/:id    → 200 Receipt
 *   GET  /health                              → 200 Health
 *   any refusal                               → 4xx/5xx ErrorResponse {error: {code, message}}
 *
 * Every uint256 travels as decimal text: JSON numbers lose precision above 2^53.
 */
import { z } from "zod";
import { addressSchema } from "../chain/connection.ts";
import { CONTRACT_ERROR_CODES } from "../contracts/contract-errors.ts";
import type { InviteRegistration } from "../registration/invites.ts";
import type { CastSealedBallot } from "../sealed/cast-ballot.ts";
import { MAX_SEALED_OPTIONS } from "../sealed/limits.ts";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";

/**
 * The largest request body the relayer reads (a public ballot is about 1.5 KB, a sealed ballot of 8
 * options about 2.5 KB); the app's forwarder checks it too.
 */
export const MAX_BODY_BYTES = 8 * 1024;

/** A uint256 as decimal text (at most 78 digits, no sign, no leading zeros). */
const uint256 = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,77})$/, "must be a decimal integer as a string")
  .transform((text) => BigInt(text))
  .refine((value) => value < 1n << 256n, "must fit in 256 bits");

const hex32 = z
  .string()
  .regex(/^0x[0-9a-fA-F]{64}$/, "must be a 32-byte hex string")
  .transform((text) => text as `0x${string}`);

const proofSchema = z.strictObject({
  merkleTreeDepth: uint256,
  merkleTreeRoot: uint256,
  nullifier: uint256,
  message: uint256,
  scope: uint256,
  points: z.tuple([uint256, uint256, uint256, uint256, uint256, uint256, uint256, uint256]),
});

const uint256x8 = z.tuple([uint256, uint256, uint256, uint256, uint256, uint256, uint256, uint256]);

/** A public poll's ballot: its Semaphore proof, whose message is the choice. */
export const publicBallotRequestSchema = z.strictObject({ pollId: uint256, proof: proofSchema });
export type PublicBallotRequest = z.output<typeof publicBallotRequestSchema>;

/** A sealed poll's ballot (ISealedBallots.SealedBallot): the nullifier, C₁ and C₂ per option, the proof. */
export const sealedBallotRequestSchema = z.strictObject({
  pollId: uint256,
  sealedBallot: z.strictObject({
    nullifier: uint256,
    // 2 + 2K words for K options; whether K is this poll's is the relayer's check against the chain.
    ciphertexts: z
      .array(uint256)
      .min(6)
      .max(2 + 2 * MAX_SEALED_OPTIONS),
    proof: uint256x8,
  }),
});
export type SealedBallotRequest = z.output<typeof sealedBallotRequestSchema>;

/** Either kind of ballot; a body with a `sealedBallot` field is read as a sealed one. */
export type BallotRequest = PublicBallotRequest | SealedBallotRequest;

/** The schema a POST /ballots body is read with: one schema per kind, so a refusal names the right field. */
export function ballotRequestSchemaFor(body: unknown): z.ZodType<BallotRequest> {
  return typeof body === "object" && body !== null && "sealedBallot" in body
    ? sealedBallotRequestSchema
    : publicBallotRequestSchema;
}

/** Whether a parsed ballot request is a sealed poll's. */
export function isSealedBallotRequest(request: BallotRequest): request is SealedBallotRequest {
  return "sealedBallot" in request;
}

export const registrationRequestSchema = z.strictObject({
  pollId: uint256,
  identityCommitment: uint256,
  invite: addressSchema,
  // A tree of 2^32 invites has a 32-step proof: anything longer is not an invite proof.
  inviteProof: z.array(hex32).max(32),
  signature: z
    .string()
    .regex(/^0x[0-9a-fA-F]{130}$/, "must be a 65-byte hex signature")
    .transform((text) => text as `0x${string}`),
});
export type RegistrationRequest = z.output<typeof registrationRequestSchema>;

const decimal = (value: bigint) => value.toString();

/** The POST /ballots body for a public poll's proof. */
export function encodeBallotRequest(pollId: bigint, proof: SolidityProof): z.input<typeof publicBallotRequestSchema> {
  return {
    pollId: decimal(pollId),
    proof: {
      merkleTreeDepth: decimal(proof.merkleTreeDepth),
      merkleTreeRoot: decimal(proof.merkleTreeRoot),
      nullifier: decimal(proof.nullifier),
      message: decimal(proof.message),
      scope: decimal(proof.scope),
      points: [
        decimal(proof.points[0]),
        decimal(proof.points[1]),
        decimal(proof.points[2]),
        decimal(proof.points[3]),
        decimal(proof.points[4]),
        decimal(proof.points[5]),
        decimal(proof.points[6]),
        decimal(proof.points[7]),
      ],
    },
  };
}

/** The POST /ballots body for a sealed poll's ballot. */
export function encodeSealedBallotRequest(
  pollId: bigint,
  ballot: CastSealedBallot,
): z.input<typeof sealedBallotRequestSchema> {
  const [a0, a1, b0, b1, b2, b3, c0, c1] = ballot.proof;
  return {
    pollId: decimal(pollId),
    sealedBallot: {
      nullifier: decimal(ballot.nullifier),
      ciphertexts: ballot.ciphertexts.map(decimal),
      proof: [decimal(a0), decimal(a1), decimal(b0), decimal(b1), decimal(b2), decimal(b3), decimal(c0), decimal(c1)],
    },
  };
}

/** The POST /registrations body for a signed invite registration. */
export function encodeRegistrationRequest(registration: InviteRegistration): z.input<typeof registrationRequestSchema> {
  return {
    pollId: decimal(registration.pollId),
    identityCommitment: decimal(registration.identityCommitment),
    invite: registration.invite,
    inviteProof: [...registration.inviteProof],
    signature: registration.signature,
  };
}

export const ENTRY_KINDS = ["ballot", "registration"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const RECEIPT_STATES = ["queued", "submitted", "counted", "failed"] as const;
export type ReceiptState = (typeof RECEIPT_STATES)[number];

/**
 * Why an entry failed when no contract error says it: another ballot of the voter was counted first
 * (sent without this relayer), the contract rejected it with an error this relayer cannot decode, or
 * the relayer gave up after repeated failed attempts.
 */
export const RELAYER_FAILURE_CODES = ["other_ballot_counted", "rejected", "gave_up"] as const;
export type RelayerFailureCode = (typeof RELAYER_FAILURE_CODES)[number];
/** A failed receipt's code: a contract error's (lib/contracts/contract-errors.ts) or the relayer's own. */
export type FailureCode = (typeof CONTRACT_ERROR_CODES)[keyof typeof CONTRACT_ERROR_CODES] | RelayerFailureCode;

/** Where an accepted ballot or registration stands; the same shape from POST and GET. */
export const receiptSchema = z.object({
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  pollId: z.string(),
  state: z.enum(RECEIPT_STATES),
  transactionHash: z.string().optional(),
  blockNumber: z.string().optional(),
  /** Why it failed (state "failed" only): an English sentence, for logs and the CLI. */
  reason: z.string().optional(),
  /**
   * The same as a machine code (a FailureCode), which the app words in the reader's language. A plain
   * string, and optional: entries failed before codes existed have none, and a newer relayer may send
   * a code this app does not know; the app then shows `reason`.
   */
  code: z.string().optional(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const healthSchema = z.object({
  ok: z.literal(true),
  chainId: z.number(),
  contract: z.string(),
  relayer: z.string(),
  /** The SealedBallots contract it sends sealed ballots to; absent when it takes none. */
  sealedBallots: z.string().optional(),
  backlog: z.number(),
});
export type Health = z.infer<typeof healthSchema>;

/** The relayer's own refusals, beside the contract's (a check it makes before spending gas). */
const REQUEST_ERROR_CODES = [
  "not_found",
  "method_not_allowed",
  "receipt_not_found",
  "rate_limited",
  "queue_full",
  "body_too_large",
  "malformed_json",
  "invalid_body",
  "invalid_commitment",
  /** Another ballot of this voter (same nullifier, other proof) or another use of this invite is queued. */
  "already_queued",
  /** A sealed ballot sent to a relayer that has no SealedBallots contract configured. */
  "sealed_unsupported",
  "unavailable",
] as const;

// z.enum takes a non-empty tuple; the map has dozens of entries.
const contractCodes = [...new Set(Object.values(CONTRACT_ERROR_CODES))] as [
  (typeof CONTRACT_ERROR_CODES)[keyof typeof CONTRACT_ERROR_CODES],
  ...(typeof CONTRACT_ERROR_CODES)[keyof typeof CONTRACT_ERROR_CODES][],
];

export const relayerErrorCodeSchema = z.enum([...REQUEST_ERROR_CODES, ...contractCodes]);
export type RelayerErrorCode = z.infer<typeof relayerErrorCodeSchema>;

export const errorResponseSchema = z.object({
  error: z.object({ code: relayerErrorCodeSchema, message: z.string() }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
