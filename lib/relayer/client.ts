/**
 * The relayer's HTTP API from a client's side (browser or Node): submit a ballot (public or sealed)
 * or an invite registration, read its receipt. Requests and responses are the shared schemas of ./protocol.ts.
 * Every refusal becomes a RelayerError carrying the relayer's own code and sentence; a relayer that
 * cannot be reached gets one that says so.
 */
import type { InviteRegistration } from "../registration/invites.ts";
import type { CastSealedBallot } from "../sealed/cast-ballot.ts";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import {
  encodeBallotRequest,
  encodeRegistrationRequest,
  encodeSealedBallotRequest,
  errorResponseSchema,
  receiptSchema,
  type RelayerErrorCode,
} from "./protocol.ts";

export { RECEIPT_STATES, type Receipt as RelayerReceipt, type ReceiptState } from "./protocol.ts";

export class RelayerError extends Error {
  override name = "RelayerError";
  /** The relayer's error code (e.g. "already_voted"); "unreachable" or "http_error" when it gave none. */
  readonly code: RelayerErrorCode | "unreachable" | "http_error";
  readonly status: number;

  constructor(message: string, code: RelayerError["code"], status: number) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** A relayer at `baseUrl` (e.g. "/relayer" behind the app, or "http://127.0.0.1:8787"). */
export function relayerClient(baseUrl: string, fetchImpl: typeof fetch = fetch) {
  const base = baseUrl.replace(/\/$/, "");

  async function call(path: string, init?: Pick<RequestInit, "method" | "body">): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, { ...init, headers: { "content-type": "application/json" } });
    } catch {
      throw new RelayerError("The relayer cannot be reached. Check your connection and try again.", "unreachable", 0);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const parsed = errorResponseSchema.safeParse(body);
      throw new RelayerError(
        parsed.success ? parsed.data.error.message : `The relayer answered with HTTP ${response.status}; try again.`,
        parsed.success ? parsed.data.error.code : "http_error",
        response.status,
      );
    }
    return body;
  }

  const receipt = async (path: string, init?: Pick<RequestInit, "method" | "body">) =>
    receiptSchema.parse(await call(path, init));

  return {
    /**
     * Queues a ballot; resolves once the relayer has journaled it (202). Sending the same ballot
     * again (say, after a lost answer) resolves with the same receipt.
     */
    submitBallot: (pollId: bigint, proof: SolidityProof) =>
      receipt("/ballots", { method: "POST", body: JSON.stringify(encodeBallotRequest(pollId, proof)) }),
    /** Queues a sealed poll's ballot, in the same way. */
    submitSealedBallot: (pollId: bigint, ballot: CastSealedBallot) =>
      receipt("/ballots", { method: "POST", body: JSON.stringify(encodeSealedBallotRequest(pollId, ballot)) }),
    /** Queues an invite registration of an identity commitment (idempotent in the same way). */
    submitRegistration: (registration: InviteRegistration) =>
      receipt("/registrations", { method: "POST", body: JSON.stringify(encodeRegistrationRequest(registration)) }),
    ballotReceipt: (id: string) => receipt(`/ballots/${encodeURIComponent(id)}`),
    registrationReceipt: (id: string) => receipt(`/registrations/${encodeURIComponent(id)}`),
  };
}
export type RelayerClient = ReturnType<typeof relayerClient>;
