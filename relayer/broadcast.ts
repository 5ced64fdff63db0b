/** Sending signed bytes to the node, where a repeat is not a failure. */
import type { Hex, PublicClient } from "viem";

export type BroadcastOutcome = "sent" | "nonce-used";

/** "already known" is success (the node has these bytes); "nonce too low" means the nonce is mined. */
export async function broadcast(client: PublicClient, raw: Hex): Promise<BroadcastOutcome> {
  try {
    await client.sendRawTransaction({ serializedTransaction: raw });
    return "sent";
  } catch (error) {
    const text = error instanceof Error ? error.message.toLowerCase() : String(error).toLowerCase();
    if (text.includes("already known") || text.includes("known transaction")) return "sent";
    if (text.includes("nonce too low") || text.includes("nonce has already been used")) return "nonce-used";
    throw error;
  }
}
