/** Following a relayer receipt until it settles (counted or failed). */
import type { RelayerReceipt } from "@/lib/relayer/client.ts";

export const RECEIPT_POLL_MS = 1_500;
/** Longer than the relayer's own receipt timeout: by then it has settled or retried. */
const RECEIPT_WAIT_MS = 5 * 60_000;

export async function waitForReceipt(read: () => Promise<RelayerReceipt>): Promise<RelayerReceipt> {
  const deadline = Date.now() + RECEIPT_WAIT_MS;
  for (;;) {
    const receipt = await read();
    if (receipt.state === "counted" || receipt.state === "failed") return receipt;
    if (Date.now() > deadline) {
      throw new Error("The relayer has not settled this after 5 minutes. Check again later; nothing is lost.");
    }
    await new Promise((resolve) => setTimeout(resolve, RECEIPT_POLL_MS));
  }
}
