/** `poll create` and `status`. */
import { readFile } from "node:fs/promises";
import { parseEventLogs } from "viem";
import { z } from "zod";
import { BALLOT_TYPES, MAX_OPTIONS, MIN_OPTIONS, ballotTypeToNumber } from "../../lib/ballots/ballot.ts";
import { ballotboxAbi } from "../../lib/contracts/abis.generated.ts";
import { readCounts, readPoll } from "../../lib/chain/poll-reader.ts";
import {
  defaultCeremonyDeadlines,
  defaultThreshold,
  trusteeAddresses,
  validateSealedDraft,
  type CeremonyDeadlines,
  type SealedDraftProblem,
} from "../../lib/polls/sealed-draft.ts";
import { MAX_SEALED_OPTIONS, MAX_TRUSTEES } from "../../lib/sealed/limits.ts";
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
  const sealed = options.sealed === true ? sealedSpec(options, now, startTime, spec.options.length) : undefined;
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

/** The CLI's sentence for each problem of a sealed draft (lib/polls/sealed-draft.ts), naming its flag. */
const sealedProblems = (trusteeCount: number): Record<SealedDraftProblem, string> => ({
  trusteesMissing: "A sealed poll needs its trustees: --trustee ADDRESS, once for each.",
  tooManyTrustees: `A sealed poll has at most ${MAX_TRUSTEES} trustees.`,
  trusteeInvalid: "is not an address (or is the zero address).",
  trusteeRepeated: "is named twice.",
  thresholdOutOfRange: `--threshold must be 1 to ${trusteeCount} (the number of trustees).`,
  deadlineMissing: "Each ceremony deadline needs a time.",
  deadlinesOutOfOrder:
    "The ceremony's deadlines must come in order before voting opens: now < --keys-by < --deals-by < --complaints-by < --reveals-by <= --start.",
  tooManySealedOptions: `A sealed poll has at most ${MAX_SEALED_OPTIONS} options.`,
});

/**
 * A sealed poll's trustees and ceremony deadlines; by default the deadlines share the time until
 * voting opens (defaultCeremonyDeadlines) and the threshold is a majority.
 */
function sealedSpec(options: PollCreateOptions, now: number, startTime: number, optionCount: number): SealedPollSpec {
  const trustees = options.trustee ?? [];
  const defaults = defaultCeremonyDeadlines(now, startTime);
  const given = {
    keysBy: options.keysBy,
    dealsBy: options.dealsBy,
    complaintsBy: options.complaintsBy,
    revealsBy: options.revealsBy,
  };
  const deadline = (step: keyof CeremonyDeadlines) => {
    const value = given[step];
    return value === undefined ? defaults[step] : parseTime(value, now);
  };
  const deadlines: CeremonyDeadlines = {
    keysBy: deadline("keysBy"),
    dealsBy: deadline("dealsBy"),
    complaintsBy: deadline("complaintsBy"),
    revealsBy: deadline("revealsBy"),
  };
  const draft = { trustees, threshold: options.threshold ?? defaultThreshold(trustees.length), deadlines };
  const { trustee, ...errors } = validateSealedDraft(draft, { nowSeconds: now, startTime, optionCount });
  const sentences = sealedProblems(trustees.length);
  const [index, problem] = Object.entries(trustee ?? {})[0] ?? [];
  if (index !== undefined && problem !== undefined) {
    throw new CliError(`--trustee ${trustees[Number(index)] ?? ""} ${sentences[problem]}`);
  }
  const first = Object.values(errors)[0];
  if (first !== undefined) throw new CliError(sentences[first]);
  return { trustees: trusteeAddresses(draft), threshold: draft.threshold, deadlines };
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
