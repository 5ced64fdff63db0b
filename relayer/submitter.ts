/**
 * The one submitter: a single loop that drains the journal in order. Being the only code that signs with
 * the relayer's key, it owns the nonce (a counter, started from the chain's pending count), so however
 * many requests arrive at once no two transactions ever share a nonce. One transaction is in flight at a
 * time: its entries are settled (from its receipt) before the next is signed, which keeps crash recovery
 * to "look at the one pending nonce".
 *
 * Each round: settle the pending transaction if there is one (wait for its receipt; re-broadcast its
 * exact bytes if it seems dropped; replace it with higher fees if it stays unmined); otherwise take the
 * oldest queued entry and the queued entries of the same poll after it, simulate the call against the
 * pending block, sign, journal, broadcast. RPC errors back off and retry; nothing is ever skipped.
 */
import {
  encodeFunctionData,
  keccak256,
  parseTransaction,
  toFunctionSelector,
  type Address,
  type Chain,
  type Hex,
  type PrivateKeyAccount,
  type PublicClient,
} from "viem";
import { ballotboxAbi } from "../lib/contracts/abis.generated.ts";
import { REVERT_MESSAGES, describeContractError, revertErrorName } from "../lib/contracts/revert-messages.ts";
import type { Entry, Journal, TxRecord } from "./journal.ts";
import { applyReceipt, resolveFromChain, type ChainContext } from "./outcomes.ts";
import { decodeBallot, decodeRegistration } from "./validate.ts";

export interface SubmitterOptions {
  client: PublicClient;
  chain: Chain;
  account: PrivateKeyAccount;
  ballotbox: Address;
  fromBlock: bigint;
  journal: Journal;
  batchSize: number;
  /** How long a broadcast transaction may stay unmined before it is re-sent with higher fees. */
  receiptTimeoutMs: number;
  log: (message: string) => void;
}

/** Contract errors that condemn every entry of a call: the poll itself refuses ballots or registrations. */
const POLL_ERRORS = new Set([
  "Ballotbox__PollNotFound",
  "Ballotbox__VotingNotStarted",
  "Ballotbox__VotingEnded",
  "Ballotbox__RollIsFrozen",
]);
/** Contract errors saying the entry's key is spent: by this relayer earlier, or by someone else. */
const SPENT_ERRORS = new Set(["Ballotbox__NullifierAlreadyUsed", "Ballotbox__InviteAlreadyUsed"]);

const MAX_BACKOFF_MS = 30_000;
const RECEIPT_POLL_MS = 50;
/** Replacement transactions must raise both fees by at least 10% (geth, Hardhat); 25% leaves room. */
const FEE_BUMP_PERCENT = 125n;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Submitter {
  private nonce = 0;
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  /** Nonces this process has broadcast: after a restart, a pending one is re-broadcast first. */
  private readonly broadcastHere = new Set<number>();
  private readonly context: ChainContext;

  private readonly options: SubmitterOptions;

  constructor(options: SubmitterOptions) {
    this.options = options;
    this.context = {
      client: options.client,
      ballotbox: options.ballotbox,
      fromBlock: options.fromBlock,
      journal: options.journal,
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
    const pending = this.options.journal.pendingTransactions();
    if (pending.length > 0) {
      await this.settle(pending);
      return true;
    }
    const batch = this.options.journal.nextBatch(this.options.batchSize);
    if (batch.length === 0) return false;
    await this.submit(batch);
    return true;
  }

  /** The call that carries a batch: castVote for one ballot, castVotes for several, or a registration. */
  private callData(batch: readonly Entry[]): Hex {
    const [first] = batch;
    if (first === undefined) throw new Error("An empty batch has no call");
    if (first.kind === "registration") {
      const r = decodeRegistration(first.payload);
      return encodeFunctionData({
        abi: ballotboxAbi,
        functionName: "registerWithInvite",
        args: [r.pollId, r.identityCommitment, r.invite, r.inviteProof, r.signature],
      });
    }
    const proofs = batch.map((entry) => decodeBallot(entry.payload).proof);
    const [only] = proofs;
    if (proofs.length === 1 && only !== undefined) {
      return encodeFunctionData({ abi: ballotboxAbi, functionName: "castVote", args: [first.pollId, only] });
    }
    return encodeFunctionData({ abi: ballotboxAbi, functionName: "castVotes", args: [first.pollId, proofs] });
  }

  private async submit(batch: Entry[]): Promise<void> {
    const { client, account, ballotbox, chain, journal } = this.options;
    const data = this.callData(batch);
    let gas: bigint;
    try {
      // Estimating runs the call against the pending block: a revert here costs nothing.
      gas = await client.estimateGas({ account, to: ballotbox, data, blockTag: "pending" });
    } catch (error) {
      const name = revertErrorName(error) ?? (await this.revertName(data));
      if (name === undefined) throw error;
      await this.refuse(batch, name);
      return;
    }
    const fees = await client.estimateFeesPerGas({ chain });
    const nonce = this.nonce;
    // 20% headroom: state can move between the estimate and the block (other ballots of the poll).
    const request = {
      type: "eip1559" as const,
      chainId: chain.id,
      nonce,
      to: ballotbox,
      data,
      gas: (gas * 120n) / 100n,
      maxFeePerGas: fees.maxFeePerGas,
      maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
      value: 0n,
    };
    const raw = await account.signTransaction(request);
    const hash = keccak256(raw);
    journal.recordTransaction({
      hash,
      nonce,
      raw,
      entryIds: batch.map((entry) => entry.id),
      maxFeePerGas: request.maxFeePerGas,
      maxPriorityFeePerGas: request.maxPriorityFeePerGas,
    });
    this.nonce = nonce + 1;
    await this.broadcast(raw);
    // Only once the node has it: if the broadcast failed, the next round sends the same bytes again.
    this.broadcastHere.add(nonce);
  }

  /** Why a call reverts, by replaying it as a call (estimateGas errors do not always carry the data). */
  private async revertName(data: Hex): Promise<string | undefined> {
    try {
      await this.options.client.call({
        account: this.options.account,
        to: this.options.ballotbox,
        data,
        blockTag: "pending",
      });
      return undefined;
    } catch (error) {
      return revertErrorName(error) ?? revertNameFromData(error);
    }
  }

  /** Settles entries the contract refuses before any transaction: with the reason, or as counted. */
  private async refuse(batch: Entry[], name: string): Promise<void> {
    const { journal } = this.options;
    const message = REVERT_MESSAGES[name] ?? `The contract refused it (${name}).`;
    if (SPENT_ERRORS.has(name)) {
      for (const entry of batch) await resolveFromChain(this.context, entry, "fail");
    } else if (POLL_ERRORS.has(name) || batch.length === 1) {
      journal.inTransaction(() => {
        for (const entry of batch) journal.markFailed(entry.id, message);
      });
    } else {
      // castVotes reverts only for the poll as a whole; anything else is unexpected: go one by one.
      await this.submit(batch.slice(0, 1));
      return;
    }
    this.options.log(`Refused ${batch.length} ${batch[0]?.kind ?? "entry"}(s) of poll ${batch[0]?.pollId}: ${name}`);
  }

  /** Sends signed bytes; "already known" is success, "nonce too low" means the nonce is already mined. */
  private async broadcast(raw: Hex): Promise<"sent" | "nonce-used"> {
    try {
      await this.options.client.sendRawTransaction({ serializedTransaction: raw });
      return "sent";
    } catch (error) {
      const text = error instanceof Error ? error.message.toLowerCase() : String(error).toLowerCase();
      if (text.includes("already known") || text.includes("known transaction")) return "sent";
      if (text.includes("nonce too low") || text.includes("nonce has already been used")) return "nonce-used";
      throw error;
    }
  }

  /** Waits for the pending nonce's transaction; re-broadcasts or replaces it if it does not come. */
  private async settle(txs: TxRecord[]): Promise<void> {
    const { client, journal, account, receiptTimeoutMs } = this.options;
    const newest = txs[txs.length - 1];
    if (newest === undefined) return;
    const nonce = newest.nonce;
    const entries = journal.entriesIn(newest.entryIds);
    this.nonce = Math.max(this.nonce, nonce + 1);

    let outcome: "sent" | "nonce-used" = "sent";
    if (!this.broadcastHere.has(nonce)) {
      // Signed by an earlier run (which may have died before broadcasting): send the same bytes again.
      outcome = await this.broadcast(newest.raw);
      this.broadcastHere.add(nonce);
    }
    const deadline = Date.now() + receiptTimeoutMs;
    for (;;) {
      for (const tx of [...txs].reverse()) {
        const receipt = await client.getTransactionReceipt({ hash: tx.hash }).catch(() => undefined);
        if (receipt) {
          await applyReceipt(this.context, receipt, entries, nonce);
          return;
        }
      }
      const mined = await client.getTransactionCount({ address: account.address, blockTag: "latest" });
      if (mined > nonce || outcome === "nonce-used") {
        // The nonce is spent but none of our recorded transactions is (someone else signs with this
        // key?): ask the contract about the entries, and take the next nonce from the chain.
        this.nonce = Math.max(
          this.nonce,
          await client.getTransactionCount({ address: account.address, blockTag: "pending" }),
        );
        const again = await Promise.all(
          txs.map((tx) => client.getTransactionReceipt({ hash: tx.hash }).catch(() => undefined)),
        );
        const receipt = again.find((found) => found !== undefined);
        if (receipt) await applyReceipt(this.context, receipt, entries, nonce);
        else {
          for (const entry of entries) await resolveFromChain(this.context, entry);
          journal.settleNonce(nonce);
        }
        return;
      }
      if (Date.now() > deadline || this.stopped) break;
      await sleep(RECEIPT_POLL_MS);
    }
    if (this.stopped) return;
    // Not mined in time: perhaps dropped from the mempool, perhaps underpriced. Replace it.
    await this.replace(newest, entries);
  }

  /** Re-signs the same call under the same nonce with fees raised, journals it, and broadcasts it. */
  private async replace(previous: TxRecord, entries: Entry[]): Promise<void> {
    const { client, chain, account, journal, log } = this.options;
    const old = parseTransaction(previous.raw);
    const current = await client.estimateFeesPerGas({ chain });
    const bump = (value: bigint) => (value * FEE_BUMP_PERCENT) / 100n + 1n;
    const maxPriorityFeePerGas = [bump(previous.maxPriorityFeePerGas), current.maxPriorityFeePerGas].reduce((a, b) =>
      a > b ? a : b,
    );
    const maxFeePerGas = [bump(previous.maxFeePerGas), current.maxFeePerGas, maxPriorityFeePerGas].reduce((a, b) =>
      a > b ? a : b,
    );
    const raw = await account.signTransaction({
      type: "eip1559",
      chainId: chain.id,
      nonce: previous.nonce,
      to: old.to ?? this.options.ballotbox,
      data: old.data ?? "0x",
      gas: old.gas ?? 0n,
      maxFeePerGas,
      maxPriorityFeePerGas,
      value: 0n,
    });
    journal.recordTransaction({
      hash: keccak256(raw),
      nonce: previous.nonce,
      raw,
      entryIds: entries.map((entry) => entry.id),
      maxFeePerGas,
      maxPriorityFeePerGas,
    });
    log(`Transaction with nonce ${previous.nonce} not mined in time: replaced with higher fees.`);
    await this.broadcast(raw);
  }
}

/** The custom error's name from a raw revert payload somewhere in a viem error, if any. */
function revertNameFromData(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current instanceof Error; depth++) {
    const data = (current as { data?: unknown }).data;
    if (typeof data === "string" && /^0x[0-9a-f]{8}/i.test(data)) {
      const selector = data.slice(0, 10).toLowerCase();
      const item = errorsBySelector.get(selector);
      if (item !== undefined) return item;
    }
    current = current.cause;
  }
  return undefined;
}

const errorsBySelector = new Map(
  ballotboxAbi
    .filter((item) => item.type === "error")
    .map((item) => [
      toFunctionSelector(`${item.name}(${item.inputs.map((input) => input.type).join(",")})`).toLowerCase(),
      item.name,
    ]),
);
