/**
 * Start-up reconciliation: after a crash (kill -9 at any moment) the journal may hold entries marked
 * submitted whose fate nobody recorded. Entries of the still-pending nonce are left to the submitter,
 * which re-broadcasts that transaction's exact bytes and reads its receipt. Any other submitted entry
 * is settled from the contract: its nullifier (or invite) spent → counted, at the block of its event;
 * not spent → queued again. Queued entries simply stay queued. Nothing is dropped, and nothing is sent
 * twice: a ballot whose nullifier is spent is never re-submitted.
 */
import type { Journal } from "./journal.ts";
import { resolveFromChain, type ChainContext } from "./outcomes.ts";

export interface ReconcileSummary {
  pendingTransactions: number;
  settledFromChain: number;
}

export async function reconcile(context: ChainContext & { journal: Journal }): Promise<ReconcileSummary> {
  const { journal } = context;
  const pending = journal.pendingTransactions();
  const inFlight = new Set(pending.flatMap((tx) => tx.entryIds));
  let settledFromChain = 0;
  for (const entry of journal.submitted()) {
    if (inFlight.has(entry.id)) continue;
    await resolveFromChain(context, entry);
    settledFromChain++;
  }
  return { pendingTransactions: pending.length, settledFromChain };
}
