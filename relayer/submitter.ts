/**
 * The one submitter: a single loop that drains the journal in order. Being the only code that signs with
 * the relayer's key, it owns the nonce (a counter, started from the chain's pending count), so however
 * many requests arrive at once no two transactions ever share a nonce. One transaction is in flight at a
 * time: its entries are settled (from its receipt) before the next is signed, which keeps crash recovery
 * to "look at the one pending nonce".
 *
 * Each round: settle the pending transaction if there is one (look for its receipt once per block;
 * re-broadcast its exact bytes if it seems dropped; replace it with higher fees if it stays unmined);
 * otherwise take the oldest queued entry and the queued entries of the same poll after it (as many as
 * the last batch's gas says fit, at most batchSize), simulate the call against the pending block, and
 * while it does not fit the transaction gas cap (or its simulation fails for no named reason) try its
 * first half instead (batch-size.ts); then sign, journal, broadcast. Entries left out of a batch stay
 * queued for the next round. When the node cannot be reached, back off and retry; when a lone entry's
 * simulation fails without a reason anyone can decode, count a failed attempt against it and, after a
 * bounded number, park it (failed, with the reason) and go on.
 */
import { keccak256, type Address, type Chain, type PrivateKeyAccount, type PublicClient } from "viem";
import { describeContractError } from "../lib/contracts/contract-errors.ts";
import { currentBlock, nextBlock } from "./block-clock.ts";
import { BatchSizer, firstHalf, gasLimitFor } from "./batch-size.ts";
import { broadcast, type BroadcastOutcome } from "./broadcast.ts";
import { batchCall, type BatchCall } from "./call-data.ts";
import { transactionGasCap } from "./gas-cap.ts";
import type { Entry, Journal, TxRecord } from "./journal.ts";
import { applyReceipt, failedAttempt, resolveFromChain, type ChainContext } from "./outcomes.ts";
import { settleRefused } from "./refusals.ts";
import { signReplacement } from "./replacement.ts";
import { isTransportError, revertReason } from "./revert-reason.ts";

export interface SubmitterOptions {
  client: PublicClient;
  chain: Chain;
  account: PrivateKeyAccount;
  ballotbox: Address;
  /** Where sealed polls' ballots go; undefined when the relayer takes none. */
  sealedBallots: Address | undefined;
  fromBlock: bigint;
  journal: Journal;
  /** At most this many ballots per castVotes; the gas cap decides below it. */
  batchSize: number;
  /** The per-transaction gas cap to use instead of Osaka's 2^24 (the block's gas limit bounds either). */
  txGasCap: bigint | undefined;
  /** How long a broadcast transaction may stay unmined before it is re-sent with higher fees. */
  receiptTimeoutMs: number;
  /** How often to ask for a new block while a transaction waits. */
  pollIntervalMs: number;
  /** Failed attempts after which an entry is parked instead of retried. */
  maxFailedAttempts: number;
  log: (message: string) => void;
}

const MAX_BACKOFF_MS = 30_000;

export class Submitter {
  private nonce = 0;
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  /** Nonces this process has broadcast: after a restart, a pending one is re-broadcast first. */
  private readonly broadcastHere = new Set<number>();
  private readonly context: ChainContext;
  private readonly sizer = new BatchSizer();

  private readonly options: SubmitterOptions;

  constructor(options: SubmitterOptions) {
    this.options = options;
    this.context = {
      client: options.client,
      ballotbox: options.ballotbox,
      sealedBallots: options.sealedBallots,
      fromBlock: options.fromBlock,
      journal: options.journal,
      maxFailedAttempts: options.maxFailedAttempts,
    };
  }

  async start(): Promise<void> {
    this.nonce = await this.options.client.getTransactionCount({
      address: this.options.account.address,
      blockTag: "pending",
    });
    this.loop = this.run();
  }

  /** Tells an idle loop that there is new work. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Stops after the current step; the journal keeps whatever is unfinished for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    let backoff = 250;
    while (!this.stopped) {
      try {
        const didWork = await this.step();
        backoff = 250;
        if (!didWork) await this.idle(1_000);
      } catch (error) {
        this.options.log(`Submitter: ${describeContractError(error)} Retrying in ${backoff} ms.`);
        await this.idle(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  /** One round; false when there was nothing to do. */
  private async step(): Promise<boolean> {
    const { client, journal, batchSize, txGasCap } = this.options;
    const pending = journal.pendingTransactions();
    if (pending.length > 0) {
      await this.settle(pending);
      return true;
    }
    const waiting = journal.nextBatch(batchSize);
    if (waiting.length === 0) return false;
    // Read only when there is work: an idle relayer asks the node nothing.
    const cap = await transactionGasCap(client, txGasCap);
    await this.submit(waiting.slice(0, this.sizer.size(waiting.length, cap)), cap);
    return true;
  }

  /**
   * Sends the largest first part of `batch` that fits under `cap`: estimates it against the pending
   * block (a revert there costs nothing) and halves it while it does not fit. What is left out stays
   * queued, and leads the next round's batch.
   */
  private async submit(batch: readonly Entry[], cap: bigint): Promise<void> {
    const { client, account, log } = this.options;
    let candidate: readonly Entry[] = batch;
    while (candidate.length > 0) {
      const call = batchCall(candidate, this.options);
      let estimate: bigint;
      try {
        estimate = await client.estimateGas({ account, ...call, blockTag: "pending" });
      } catch (error) {
        const next = await this.estimateFailed(candidate, call, error);
        if (next === undefined) return;
        candidate = next;
        continue;
      }
      const gas = gasLimitFor(estimate, candidate.length, cap);
      if (gas !== undefined) {
        this.sizer.fitted(candidate, estimate);
        await this.send(candidate, call, gas);
        return;
      }
      const [only] = candidate;
      if (candidate.length === 1 && only !== undefined) {
        // Nothing left to split: only a chain whose cap is below one call's gas gets here.
        const why = `The relayer could not submit it: it needs ${estimate} gas, over the transaction gas cap of ${cap}.`;
        this.failedAlone(only, why, new Error(why));
        return;
      }
      log(`A batch of ${candidate.length} needs ${estimate} gas, over ${cap} with the margin: trying its first half.`);
      candidate = firstHalf(candidate);
    }
  }

  /** Signs the call with its gas limit and the next nonce, journals it, then broadcasts it. */
  private async send(batch: readonly Entry[], { to, data }: BatchCall, gas: bigint): Promise<void> {
    const { client, account, chain, journal } = this.options;
    const fees = await client.estimateFeesPerGas({ chain });
    const nonce = this.nonce;
    const request = {
      type: "eip1559" as const,
      chainId: chain.id,
      nonce,
      to,
      data,
      gas,
      maxFeePerGas: fees.maxFeePerGas,
      maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
      value: 0n,
    };
    const raw = await account.signTransaction(request);
    journal.recordTransaction({
      hash: keccak256(raw),
      nonce,
      raw,
      entryIds: batch.map((entry) => entry.id),
      maxFeePerGas: request.maxFeePerGas,
      maxPriorityFeePerGas: request.maxPriorityFeePerGas,
    });
    this.nonce = nonce + 1;
    await broadcast(client, raw);
    // Only once the node has it: if the broadcast failed, the next round sends the same bytes again.
    this.broadcastHere.add(nonce);
  }

  /**
   * The simulation failed; returns the part of the batch to try next, or undefined when the batch is
   * settled for this round. The node unreachable: retry later (thrown to the loop's backoff). A named
   * contract error: settle the entries with it. No reason anyone can decode (a bad entry, or a batch that
   * needs more gas than the node lets a call use): try the batch's first half, and count the failure
   * against a lone entry, parking it after maxFailedAttempts.
   */
  private async estimateFailed(batch: readonly Entry[], call: BatchCall, error: unknown): Promise<Entry[] | undefined> {
    if (isTransportError(error)) throw error;
    const { client, account, log } = this.options;
    const reason = await revertReason(client, { account, ...call }, error);
    const [first] = batch;
    if (first === undefined) return undefined;
    if (reason !== undefined && (await settleRefused(this.context, batch, reason)) === "settled") {
      log(`Refused ${batch.length} ${first.kind}(s) of poll ${first.pollId}: ${reason.name}`);
      return undefined;
    }
    if (batch.length > 1) {
      // One line in the log: viem's messages carry line breaks.
      const why = describeContractError(error).replace(/\s+/g, " ");
      log(`The estimate of a batch of ${batch.length} failed (${why}): trying its first half.`);
      return firstHalf(batch);
    }
    this.failedAlone(first, `The relayer could not submit it: ${describeContractError(error)}`, error);
    return undefined;
  }

  /** Counts a failed attempt against a lone entry: parked after maxFailedAttempts, else retried after a backoff. */
  private failedAlone(entry: Entry, why: string, error: unknown): void {
    if (failedAttempt(this.context, entry, why) === "parked") {
      this.options.log(`Parked ${entry.kind} ${entry.id} of poll ${entry.pollId}: ${why}`);
      return;
    }
    throw error;
  }

  /** Waits for the pending nonce's transaction; re-broadcasts or replaces it if it does not come. */
  private async settle(txs: TxRecord[]): Promise<void> {
    const { client, journal, receiptTimeoutMs, pollIntervalMs } = this.options;
    const newest = txs[txs.length - 1];
    if (newest === undefined) return;
    const nonce = newest.nonce;
    const entries = journal.entriesIn(newest.entryIds);
    this.nonce = Math.max(this.nonce, nonce + 1);

    let outcome: BroadcastOutcome = "sent";
    if (!this.broadcastHere.has(nonce)) {
      // Signed by an earlier run (which may have died before broadcasting): send the same bytes again.
      outcome = await broadcast(client, newest.raw);
      this.broadcastHere.add(nonce);
    }
    const deadline = Date.now() + receiptTimeoutMs;
    let block = await currentBlock(client);
    for (;;) {
      if (await this.settledAtThisBlock(txs, entries, nonce, outcome)) return;
      const next = await nextBlock(client, block, pollIntervalMs, () => this.stopped || Date.now() > deadline);
      if (next === undefined) break;
      block = next;
    }
    if (this.stopped) return;
    // Not mined in time: perhaps dropped from the mempool, perhaps underpriced. Replace it.
    await this.replace(newest, entries);
  }

  /** One look at the chain (per block): a receipt of ours, or the nonce spent by something else. */
  private async settledAtThisBlock(
    txs: readonly TxRecord[],
    entries: readonly Entry[],
    nonce: number,
    outcome: BroadcastOutcome,
  ): Promise<boolean> {
    const { client, journal, account } = this.options;
    const receiptOf = (tx: TxRecord) => client.getTransactionReceipt({ hash: tx.hash }).catch(() => undefined);
    for (const tx of [...txs].reverse()) {
      const receipt = await receiptOf(tx);
      if (receipt) {
        await applyReceipt(this.context, receipt, entries, nonce);
        return true;
      }
    }
    const mined = await client.getTransactionCount({ address: account.address, blockTag: "latest" });
    if (mined <= nonce && outcome !== "nonce-used") return false;
    // The nonce is spent but none of our recorded transactions is (someone else signs with this key?):
    // ask the contract about the entries, and take the next nonce from the chain.
    this.nonce = Math.max(
      this.nonce,
      await client.getTransactionCount({ address: account.address, blockTag: "pending" }),
    );
    const again = await Promise.all(txs.map(receiptOf));
    const receipt = again.find((found) => found !== undefined);
    if (receipt) await applyReceipt(this.context, receipt, entries, nonce);
    else {
      for (const entry of entries) await resolveFromChain(this.context, entry);
      journal.settleNonce(nonce);
    }
    return true;
  }

  /** Re-signs the same call under the same nonce with fees raised, journals it, and broadcasts it. */
  private async replace(previous: TxRecord, entries: readonly Entry[]): Promise<void> {
    const { client, chain, account, journal, ballotbox, log } = this.options;
    const replacement = await signReplacement(
      account,
      chain,
      ballotbox,
      previous,
      await client.estimateFeesPerGas({ chain }),
    );
    journal.recordTransaction({
      hash: replacement.hash,
      nonce: previous.nonce,
      raw: replacement.raw,
      entryIds: entries.map((entry) => entry.id),
      maxFeePerGas: replacement.maxFeePerGas,
      maxPriorityFeePerGas: replacement.maxPriorityFeePerGas,
    });
    log(`Transaction with nonce ${previous.nonce} not mined in time: replaced with higher fees.`);
    await broadcast(client, replacement.raw);
  }
}
