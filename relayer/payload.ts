/**
 * How the journal stores a queued call's arguments: the request as parsed (bigints as decimal text,
 * in the schema's key order), so the same ballot always has the same payload text, which is what makes
 * a resubmission recognisable (see intake.ts). Decoded with the protocol's own schemas.
 */
import {
  ballotRequestSchemaFor,
  registrationRequestSchema,
  type BallotRequest,
  type RegistrationRequest,
  type SealedBallotRequest,
} from "../lib/relayer/protocol.ts";
import type { SolidityProof } from "../lib/semaphore/solidity-proof.ts";
import { toDecimalJson } from "../lib/json/decimal-json.ts";

export function encodePayload(
  value: { pollId: bigint; proof: SolidityProof } | SealedBallotRequest | RegistrationRequest,
): string {
  return toDecimalJson(value);
}

export function decodeBallot(payload: string): BallotRequest {
  const json: unknown = JSON.parse(payload);
  return ballotRequestSchemaFor(json).parse(json);
}

export function decodeRegistration(payload: string): RegistrationRequest {
  return registrationRequestSchema.parse(JSON.parse(payload));
}
