/**
 * `vote --relayer URL`: a ballot handed to a relayer instead of sent from this machine's wallet, so no
 * account of the voter's is linked to it on chain. The relayer journals it before it answers; the CLI
 * then follows its receipt until the ballot is counted or refused (or, with --no-wait, stops there and
 * prints where to look).
 */
import { relayerClient, RelayerError, type RelayerClient, type RelayerReceipt } from "../lib/relayer/client.ts";
import { CliError } from "./errors.ts";

/** How long the CLI follows a receipt before it stops waiting (the ballot stays queued at the relayer). */
const WAIT_MS = 5 * 60_000;
const POLL_MS = 1_000;

export interface RelayerDelivery {
  url: string;
  wait: boolean;
}

/** Submits with `submit`, then follows the receipt; returns the final receipt (or the accepted one). */
export async function deliverThroughRelayer(
  { url, wait }: RelayerDelivery,
  submit: (client: RelayerClient) => Promise<RelayerReceipt>,
): Promise<RelayerReceipt> {
  const client = relayerClient(url);
  const accepted = await refusalsAsCliErrors(() => submit(client));
  const receiptUrl = `${url.replace(/\/$/, "")}/ballots/${accepted.id}`;
  console.error(`The relayer accepted the ballot (${accepted.state}); its receipt: ${receiptUrl}`);
  if (!wait) return accepted;
  const deadline = Date.now() + WAIT_MS;
  let receipt = accepted;
  while (receipt.state === "queued" || receipt.state === "submitted") {
    if (Date.now() > deadline) {
      throw new CliError(`The ballot is still ${receipt.state} at the relayer after 5 minutes: follow ${receiptUrl}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    receipt = await refusalsAsCliErrors(() => client.ballotReceipt(accepted.id));
  }
  if (receipt.state === "failed") {
    throw new CliError(`The ballot was not counted: ${receipt.reason ?? "the relayer gave no reason"}`);
  }
  return receipt;
}

async function refusalsAsCliErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof RelayerError) throw new CliError(`The relayer refused: ${error.message}`);
    throw error;
  }
}

/** What a voter keeps of a ballot sent through a relayer: where it was counted, and its nullifier. */
export function printRelayedReceipt(receipt: RelayerReceipt, nullifier: bigint): void {
  if (receipt.state === "counted") {
    console.log(`Counted in block ${receipt.blockNumber ?? "?"}, transaction ${receipt.transactionHash ?? "?"}.`);
  } else console.log(`Accepted by the relayer (${receipt.state}): receipt ${receipt.id}.`);
  console.log(`Receipt (nullifier): ${nullifier}`);
}
