/** `poll create` and `status`. */
import { readFile } from "node:fs/promises";
import { getAddress, isAddress, parseEventLogs } from "viem";
import { z } from "zod";
import { BALLOT_TYPES, MAX_OPTIONS, MIN_OPTIONS, ballotTypeToNumber } from "../../lib/ballots/ballot.ts";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { readCounts, readPoll } from "../../lib/chain/poll-reader.ts";
import { MAX_TRUSTEES } from "../../lib/sealed/limits.ts";
import { connect, loadSigner, sendContractCall, walletFor, type GlobalOptions } from "../context.ts";
import { CliError } from "../errors.ts";
import { parseDuration, parseTime } from "../parse.ts";
import { isSealedPoll, openCeremony, sealedStatus, type SealedPollSpec } from "./sealed.ts";
import { toDecimalJson } from "../../lib/json/decimal-json.ts";

const pollFileSchema = z.object({
  question: z.string().min(1, "the question is empty"),
  options: z.array(z.string().min(1, "an option is empty")).min(MIN_OPTIONS).max(MAX_OPTIONS),
  type: z.enum(BALLOT_TYPES).default("single"),
  start: z.union([z.string(), z.number()]),
  end: z.union([z.string(), z.number()]).optional(),
  duration: z.string().optional(),
});

export interface PollCreateOptions {
  question?: string;
  option?: string[];
  type: string;
  start?: string;
  end?: string;
  duration?: string;
  file?: string;
  /** Sealed until close: trustees, threshold and the ceremony's deadlines. */
  sealed?: boolean;
  trustee?: string[];
  threshold?: number;
  keysBy?: string;
  dealsBy?: string;
  complaintsBy?: string;
  revealsBy?: string;
}

export async function createPollCommand(global: GlobalOptions, options: PollCreateOptions): Promise<void> {
  const spec = await pollSpec(options);
  const conn = await connect(global);
  const now = Number((await conn.client.getBlock()).timestamp);
  const startTime = parseTime(String(spec.start), now);
  const endTime =
    spec.end !== undefined ? parseTime(String(spec.end), now) : startTime + parseDuration(spec.duration ?? "1d");
  const sealed = options.sealed === true ? sealedSpec(options, now, startTime) : undefined;
  const wallet = walletFor(conn, await loadSigner(global, conn.chainId));
  const receipt = await sendContractCall(conn, wallet, {
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: sealed === undefined ? "createPoll" : "createSealedPoll",
    args: [spec.question, spec.options, ballotTypeToNumber(spec.type), startTime, endTime],
  });
  const [created] = parseEventLogs({ abi: ballotboxAbi, eventName: "PollCreated", logs: receipt.logs });
  if (created === undefined) throw new CliError("The transaction went through but created no poll.");
  console.log(`Created poll ${created.args.pollId}: "${spec.question}"`);
  console.log(`  Voting from ${new Date(startTime * 1000).toISOString()} to ${new Date(endTime * 1000).toISOString()}`);
  console.log(`  Transaction ${receipt.transactionHash}`);
  if (sealed !== undefined) {
    console.log("  Sealed until close: ballots are encrypted; only the total is decrypted, by the trustees.");
    await openCeremony(conn, wallet, created.args.pollId, sealed);
  }
}

/**
 * A sealed poll's trustees and ceremony deadlines. By default the four steps share the time to
 * startTime equally, leaving the last fifth for anyone to finalise the key before voting opens.
 */
function sealedSpec(options: PollCreateOptions, now: number, startTime: number): SealedPollSpec {
  const trustees = options.trustee ?? [];
  if (trustees.length === 0) throw new CliError("A sealed poll needs its trustees: --trustee ADDRESS, once for each.");
  const invalid = trustees.find((trustee) => !isAddress(trustee));
  if (invalid !== undefined) throw new CliError(`--trustee ${invalid} is not an address.`);
  if (trustees.length > MAX_TRUSTEES) throw new CliError(`A sealed poll has at most ${MAX_TRUSTEES} trustees.`);
  const threshold = options.threshold ?? Math.floor(trustees.length / 2) + 1;
  if (threshold < 1 || threshold > trustees.length) {
    throw new CliError(`--threshold must be 1 to ${trustees.length} (the number of trustees).`);
  }
  const gap = startTime - now;
  const step = (fifth: number, value: string | undefined) =>
    value === undefined ? now + Math.floor((gap * fifth) / 5) : parseTime(value, now);
  const deadlines = {
    keysBy: step(1, options.keysBy),
    dealsBy: step(2, options.dealsBy),
    complaintsBy: step(3, options.complaintsBy),
    revealsBy: step(4, options.revealsBy),
  };
  const { keysBy, dealsBy, complaintsBy, revealsBy } = deadlines;
  if (!(
    now < keysBy &&
    keysBy < dealsBy &&
    dealsBy < complaintsBy &&
    complaintsBy < revealsBy &&
    revealsBy < startTime
  )) {
    throw new CliError(
      "The ceremony's deadlines must come in order before voting opens: now < --keys-by < --deals-by < --complaints-by < --reveals-by < --start.",
    );
  }
  return { trustees: trustees.map((trustee) => getAddress(trustee)), threshold, deadlines };
}

async function pollSpec(options: PollCreateOptions): Promise<z.infer<typeof pollFileSchema>> {
  let raw: unknown;
  if (options.file !== undefined) {
    try {
      raw = JSON.parse(await readFile(options.file, "utf8"));
    } catch {
      throw new CliError(`Cannot read ${options.file} as JSON.`);
    }
  } else {
    raw = {
      question: options.question,
      options: options.option,
      type: options.type,
      start: options.start,
      end: options.end,
      duration: options.duration,
    };
  }
  const parsed = pollFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "poll";
    throw new CliError(`Invalid poll ${field === "" ? "" : `"${field}"`}: ${issue?.message ?? "unknown problem"}.`);
  }
  if (parsed.data.end !== undefined && parsed.data.duration !== undefined) {
    throw new CliError("Give the end time or the duration, not both.");
  }
  return parsed.data;
}

export async function statusCommand(global: GlobalOptions, options: { poll: bigint; json?: boolean }): Promise<void> {
  const conn = await connect(global);
  if (await isSealedPoll(conn, options.poll)) return sealedStatus(conn, options.poll, options);
  const block = await conn.client.getBlock();
  const poll = await readPoll(conn, options.poll, { blockNumber: block.number });
  const counts = await readCounts(conn, options.poll, block.number);
  const rollSize = await conn.client.readContract({
    address: conn.ballotbox,
    abi: ballotboxAbi,
    functionName: "getRollSize",
    args: [options.poll],
  });
  const phase =
    block.timestamp < poll.startTime ? "registration" : block.timestamp < poll.endTime ? "voting" : "closed";
  if (options.json === true) {
    console.log(toDecimalJson({ ...poll, phase, rollSize, tally: counts.tally }, 2));
    return;
  }
  const turnout = rollSize === 0n ? 0 : Number((counts.ballotCount * 10_000n) / rollSize) / 100;
  console.log(`Poll ${poll.pollId}: ${poll.question}`);
  console.log(
    `  Phase: ${phase} (voting ${new Date(Number(poll.startTime) * 1000).toISOString()} → ${new Date(Number(poll.endTime) * 1000).toISOString()})`,
  );
  console.log(`  Ballot: ${poll.ballotType === "single" ? "single choice" : "approval"}; roll: ${rollSize} voter(s)`);
  console.log(`  Turnout: ${counts.ballotCount} of ${rollSize} (${turnout}%)`);
  poll.options.forEach((label, index) => {
    console.log(`  ${String(index + 1).padStart(2)}. ${label}: ${counts.tally[index] ?? 0n}`);
  });
}
