/**
 * The relayer's HTTP API from a client's side (browser or Node): submit a ballot or an invite
 * registration, read its receipt. Every refusal becomes a RelayerError carrying the relayer's own
 * sentence; a relayer that cannot be reached gets one that says so.
 */
import { z } from "zod";
import type { InviteRegistration } from "../registration/invites.ts";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";

export const RECEIPT_STATES = ["queued", "submitted", "counted", "failed"] as const;
export type ReceiptState = (typeof RECEIPT_STATES)[number];

const receiptSchema = z.object({
  id: z.string(),
  state: z.enum(RECEIPT_STATES),
  transactionHash: z.string().optional(),
  blockNumber: z.string().optional(),
  reason: z.string().optional(),
});
export type RelayerReceipt = z.infer<typeof receiptSchema>;

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export class RelayerError extends Error {
  override name = "RelayerError";
  constructor(
    message: string,
    /** The relayer's error code (e.g. "nullifier_used"), or "unreachable". */
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
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
      const parsed = errorSchema.safeParse(body);
      throw new RelayerError(
        parsed.success ? parsed.data.error.message : `The relayer answered with HTTP ${response.status}; try again.`,
        parsed.success ? parsed.data.error.code : "http_error",
        response.status,
      );
    }
    return body;
  }

  const post = async (path: string, body: unknown) =>
    receiptSchema.parse(await call(path, { method: "POST", body: JSON.stringify(body, decimalBigints) }));

  return {
    /** Queues a ballot; resolves once the relayer has journaled it (HTTP 202). */
    submitBallot: (pollId: bigint, proof: SolidityProof) => post("/ballots", { pollId, proof }),
    /** Queues an invite registration of an identity commitment. */
    submitRegistration: (registration: InviteRegistration) => post("/registrations", registration),
    ballotReceipt: async (id: string) => receiptSchema.parse(await call(`/ballots/${encodeURIComponent(id)}`)),
    registrationReceipt: async (id: string) =>
      receiptSchema.parse(await call(`/registrations/${encodeURIComponent(id)}`)),
  };
}
export type RelayerClient = ReturnType<typeof relayerClient>;

/** The relayer takes uint256 values as decimal strings: JSON numbers would lose precision. */
function decimalBigints(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}
