/**
 * The recount of a sealed poll: every step redone from the logs, trusting neither the contracts, nor
 * the trustees, nor the organizer, nor the node serving the logs.
 *   1. The roll rebuilt from its change log, its root compared with the poll's frozen one.
 *   2. The key ceremony audited (./ceremony-audit.ts): QUAL, the poll key and each trustee's
 *      verification keys rebuilt from the commitments.
 *   3. Every ballot's proof verified against the rebuilt root, the poll's scope, the rebuilt poll key
 *      hash and its own ciphertexts; one ballot per nullifier, inside the voting window.
 *   4. The encrypted tally recomputed as the sum of the counted ballots' ciphertexts and compared with
 *      the contract's.
 *   5. Every partial decryption's proof verified against the recomputed C̄₁ and the trustee's
 *      rebuilt verification keys.
 *   6. The total decrypted here from t valid partial decryptions (Lagrange in the exponent, then a
 *      discrete log bounded by the ballots counted) and compared with the contract's.
 * No ballot is ever decrypted on its own: the recount learns only what the trustees published.
 * What it finds is data (SealedDiscrepancy, SealedRejectionReason), worded by whoever shows it.
 */
import { pollScope } from "../ballots/scope.ts";
import type { Groth16Statement } from "../proofs/groth16-batch.ts";
import type { Groth16VerificationKey } from "../proofs/verification-key.ts";
import { rebuildRoll, rollRoot } from "../recount/roll.ts";
import { SNARK_SCALAR_FIELD, semaphoreHash } from "../snark/field.ts";
import { sumBallots, type SealedBallot } from "./ballot-encryption.ts";
import {
  castSealedBallotStatement,
  sealedBallotFromWords,
  sealedBallotShapeProblem,
  type SealedBallotShapeProblem,
} from "./cast-ballot.ts";
import { auditCeremony, type CeremonyFinding } from "./ceremony-audit.ts";
import { pointWords, trusteesOf, wordsToPoints } from "./ceremony-words.ts";
import { IDENTITY, type Point } from "./curve.ts";
import { DiscreteLogNotFoundError, tallyFromCombined } from "./discrete-log.ts";
import { combine } from "./lagrange.ts";
import { PARTIAL_DECRYPTION_CIRCUIT } from "./partial-decryption-proof.ts";
import type { SealedBallotRecord, SealedRecountInput } from "./sealed-reader.ts";

/** The circuits' verification keys: the poll's ballot circuit and the partial-decryption circuit. */
export interface SealedVerificationKeys {
  readonly ballot: Groth16VerificationKey;
  readonly partialDecryption: Groth16VerificationKey;
}

/** Checks statements under a key, one result per statement (lib/proofs/groth16-batch.ts). */
export type StatementVerifier = (
  key: Groth16VerificationKey,
  statements: readonly Groth16Statement[],
) => Promise<boolean[]>;

export type SealedRejectionReason =
  | SealedBallotShapeProblem
  /** Included outside [startTime, endTime), in chain seconds. */
  | { readonly code: "outsideVotingWindow"; readonly includedAt: bigint }
  /** The proof does not verify for the rebuilt roll, the poll's scope and key, and these ciphertexts. */
  | { readonly code: "proofInvalid" }
  /** An earlier valid ballot with this nullifier was counted, in `countedIn`. */
  | { readonly code: "nullifierReused"; readonly countedIn: string };

export type SealedDiscrepancy =
  /** A step of the key ceremony does not hold (./ceremony-audit.ts). */
  | { readonly code: "ceremony"; readonly finding: CeremonyFinding }
  | { readonly code: "rollRootMismatch"; readonly rebuilt: bigint; readonly contract: bigint }
  | { readonly code: "pollRootMismatch"; readonly rebuilt: bigint; readonly stored: bigint }
  /** The poll key hash ballots are proven against is not the one the ceremony's events rebuild. */
  | { readonly code: "pollKeyHashMismatch"; readonly rebuilt: bigint; readonly contract: bigint }
  /** The contract counted ballots that the recount rejects. */
  | { readonly code: "rejectedBallots"; readonly count: number }
  | { readonly code: "ballotCountMismatch"; readonly recount: number; readonly contract: bigint }
  /** The contract's encrypted tally is not the sum of the counted ballots' ciphertexts. */
  | { readonly code: "encryptedTallyMismatch" }
  /** A published partial decryption whose proof does not verify, or by a trustee outside QUAL, or twice. */
  | { readonly code: "partialDecryptionInvalid"; readonly trustee: number }
  /** The total was made final with a trustee whose partial decryption the recount does not accept. */
  | { readonly code: "tallyTrusteesInvalid"; readonly trustees: readonly number[] }
  /** The valid partial decryptions do not decrypt the encrypted tally to counts within the ballots counted. */
  | { readonly code: "tallyUndecryptable" }
  | {
      readonly code: "optionTallyMismatch";
      readonly optionIndex: number;
      readonly label: string;
      readonly recount: bigint;
      readonly contract: bigint | undefined;
    }
  /** The contract has a final total but no TallyDecrypted event, or the other way round. */
  | { readonly code: "tallyRecordMismatch" };

export interface SealedRecountReport {
  readonly status: "MATCH" | "MISMATCH";
  /** Whether the poll had closed at the pinned block. Before close, only turnout can be recounted. */
  readonly closed: boolean;
  readonly blockNumber: bigint;
  readonly roll: { readonly size: number; readonly root: bigint };
  readonly ceremony: {
    readonly threshold: number;
    readonly trustees: number;
    readonly qualified: readonly number[];
    readonly pollKeyHash?: bigint;
  };
  readonly ballotsChecked: number;
  readonly ballotsCounted: number;
  readonly rejected: readonly {
    readonly nullifier: bigint;
    readonly transactionHash: string;
    readonly reasons: readonly SealedRejectionReason[];
  }[];
  /** Σ C₁ and Σ C₂ of the counted ballots, as words. */
  readonly encryptedTally: readonly bigint[];
  /** Trustees whose partial decryptions verify, and those the total was decrypted with here. */
  readonly decryption: { readonly valid: readonly number[]; readonly used: readonly number[] };
  /** The total as the recount decrypts it, once t valid partial decryptions exist. */
  readonly tally?: readonly bigint[];
  readonly discrepancies: readonly SealedDiscrepancy[];
  readonly verification: { readonly seconds: number; readonly ballotsPerSecond: number };
}

/** Ballot proofs are verified this many at a time, so progress moves and a bad proof costs one chunk. */
const CHUNK = 64;

export async function recountSealed(
  input: SealedRecountInput,
  keys: SealedVerificationKeys,
  verify: StatementVerifier,
  onProgress?: (done: number, total: number) => void,
): Promise<SealedRecountReport> {
  const { poll, contract } = input;
  const discrepancies: SealedDiscrepancy[] = [];

  const roll = rebuildRoll(input.rollChanges);
  const root = rollRoot(roll);
  if (root !== contract.merkleRoot)
    discrepancies.push({ code: "rollRootMismatch", rebuilt: root, contract: contract.merkleRoot });
  if (root !== poll.rollRoot) discrepancies.push({ code: "pollRootMismatch", rebuilt: root, stored: poll.rollRoot });

  const audit = auditCeremony(input.ceremony);
  for (const finding of audit.findings) discrepancies.push({ code: "ceremony", finding });
  // Ballots are checked against the key hash the ceremony's events rebuild, not the contract's word for it.
  const keyHash = audit.pollKeyHash ?? contract.pollKeyHash;
  if (audit.pollKeyHash !== undefined && audit.pollKeyHash !== contract.pollKeyHash) {
    discrepancies.push({ code: "pollKeyHashMismatch", rebuilt: audit.pollKeyHash, contract: contract.pollKeyHash });
  }

  const scope = pollScope({ chainId: input.chainId, ballotbox: input.ballotbox, pollId: poll.pollId });
  const context = {
    rollRoot: root,
    pollKeyHash: keyHash,
    scopeSignal: semaphoreHash(scope),
    optionCount: poll.optionCount,
  };
  const reasons = input.ballots.map((ballot) => cheapChecks(ballot, input));
  const verifiable = input.ballots.flatMap((ballot, index) =>
    reasons[index]?.length === 0 ? [{ index, statement: castSealedBallotStatement(context, ballot) }] : [],
  );
  const started = performance.now();
  for (let from = 0; from < verifiable.length; from += CHUNK) {
    const chunk = verifiable.slice(from, from + CHUNK);
    const valid = await verify(
      keys.ballot,
      chunk.map(({ statement }) => statement),
    );
    chunk.forEach(({ index }, position) => {
      if (valid[position] !== true) reasons[index]?.push({ code: "proofInvalid" });
    });
    onProgress?.(from + chunk.length, verifiable.length);
  }
  const seconds = (performance.now() - started) / 1000;

  // One ballot per voter: the first valid ballot with a nullifier counts, any later one is rejected.
  const countedIn = new Map<bigint, string>();
  const counted: SealedBallot[] = [];
  input.ballots.forEach((ballot, index) => {
    const ballotReasons = reasons[index] ?? [];
    const earlier = countedIn.get(ballot.nullifier);
    if (earlier !== undefined) ballotReasons.push({ code: "nullifierReused", countedIn: earlier });
    if (ballotReasons.length === 0) {
      countedIn.set(ballot.nullifier, ballot.transactionHash);
      counted.push(sealedBallotFromWords(ballot.ciphertexts));
    }
  });
  const rejected = input.ballots.flatMap((ballot, index) => {
    const ballotReasons = reasons[index] ?? [];
    return ballotReasons.length === 0
      ? []
      : [{ nullifier: ballot.nullifier, transactionHash: ballot.transactionHash, reasons: ballotReasons }];
  });
  if (rejected.length > 0) discrepancies.push({ code: "rejectedBallots", count: rejected.length });
  if (contract.ballotCount !== BigInt(counted.length)) {
    discrepancies.push({ code: "ballotCountMismatch", recount: counted.length, contract: contract.ballotCount });
  }

  const sum = sumBallots(counted, poll.optionCount);
  const encryptedTally = pointWords([sum.c1, ...sum.c2]);
  if (!sameWords(encryptedTally, contract.encryptedTally)) discrepancies.push({ code: "encryptedTallyMismatch" });

  const valid = await validDecryptions(input, audit, keys.partialDecryption, sum.c1, verify, discrepancies);
  const closed = input.blockTimestamp >= poll.endTime;
  const decrypted = closed ? decryptTotal(input, valid, sum, counted.length, discrepancies) : undefined;

  return {
    status: discrepancies.length === 0 ? "MATCH" : "MISMATCH",
    closed,
    blockNumber: input.blockNumber,
    roll: { size: roll.size, root },
    ceremony: {
      threshold: input.ceremony.threshold,
      trustees: input.ceremony.trustees.length,
      qualified: audit.qualified,
      ...(audit.pollKeyHash === undefined ? {} : { pollKeyHash: audit.pollKeyHash }),
    },
    ballotsChecked: input.ballots.length,
    ballotsCounted: counted.length,
    rejected,
    encryptedTally,
    decryption: { valid: [...valid.keys()].sort((a, b) => a - b), used: decrypted?.used ?? [] },
    ...(decrypted?.tally === undefined ? {} : { tally: decrypted.tally }),
    discrepancies,
    verification: { seconds, ballotsPerSecond: seconds > 0 ? verifiable.length / seconds : 0 },
  };
}

/** The checks that need no proof verification, in castSealedVote's order, and the voting window. */
function cheapChecks(ballot: SealedBallotRecord, { poll }: SealedRecountInput): SealedRejectionReason[] {
  const reasons: SealedRejectionReason[] = [];
  const shape = sealedBallotShapeProblem(ballot, poll.optionCount);
  if (shape !== undefined) reasons.push(shape);
  if (ballot.blockTimestamp < poll.startTime || ballot.blockTimestamp >= poll.endTime) {
    reasons.push({ code: "outsideVotingWindow", includedAt: ballot.blockTimestamp });
  }
  return reasons;
}

/** Each trustee's partial decryption D₁ … D_K, for those whose proofs verify (a finding for the others). */
async function validDecryptions(
  input: SealedRecountInput,
  audit: ReturnType<typeof auditCeremony>,
  key: Groth16VerificationKey,
  c1: Point,
  verify: StatementVerifier,
  discrepancies: SealedDiscrepancy[],
): Promise<Map<number, Point[]>> {
  const slots = PARTIAL_DECRYPTION_CIRCUIT.options;
  const padded = (points: readonly Point[]) => Array.from({ length: slots }, (_, j) => points[j] ?? IDENTITY);
  const valid = new Map<number, Point[]>();
  const seen = new Set<number>();
  const candidates: { trustee: number; shares: Point[]; statement: Groth16Statement }[] = [];
  for (const record of input.partialDecryptions) {
    const verificationKeys = audit.verificationKeys.get(record.trustee);
    const wellFormed =
      record.decryptionShares.length === 2 * input.poll.optionCount &&
      record.decryptionShares.every((word) => word >= 0n && word < SNARK_SCALAR_FIELD);
    if (verificationKeys === undefined || seen.has(record.trustee) || !wellFormed) {
      discrepancies.push({ code: "partialDecryptionInvalid", trustee: record.trustee });
      seen.add(record.trustee);
      continue;
    }
    seen.add(record.trustee);
    const shares = wordsToPoints(record.decryptionShares);
    candidates.push({
      trustee: record.trustee,
      shares,
      statement: {
        proof: record.proof,
        signals: [...pointWords(padded(verificationKeys)), ...pointWords(padded(shares)), c1.x, c1.y],
      },
    });
  }
  const results =
    candidates.length === 0
      ? []
      : await verify(
          key,
          candidates.map(({ statement }) => statement),
        );
  candidates.forEach(({ trustee, shares }, i) => {
    if (results[i] === true) valid.set(trustee, shares);
    else discrepancies.push({ code: "partialDecryptionInvalid", trustee });
  });
  return valid;
}

/** The total from t valid partial decryptions (those the contract used, if it has a final total). */
function decryptTotal(
  input: SealedRecountInput,
  valid: ReadonlyMap<number, readonly Point[]>,
  sum: SealedBallot,
  ballotsCounted: number,
  discrepancies: SealedDiscrepancy[],
): { tally?: bigint[]; used: number[] } {
  const { threshold } = input.ceremony;
  const recorded = input.decrypted === undefined ? undefined : trusteesOf(input.decrypted.trustees);
  if ((input.decrypted === undefined) !== (input.contract.tally === undefined)) {
    discrepancies.push({ code: "tallyRecordMismatch" });
  }
  if (recorded !== undefined && (recorded.length !== threshold || recorded.some((trustee) => !valid.has(trustee)))) {
    discrepancies.push({ code: "tallyTrusteesInvalid", trustees: recorded });
  }
  // Any t valid partial decryptions give the same total; the contract's choice is used when it holds.
  const usable = recorded?.every((trustee) => valid.has(trustee)) ? recorded : [...valid.keys()].sort((a, b) => a - b);
  const used = usable.slice(0, threshold);
  if (used.length < threshold) {
    if (input.contract.tally !== undefined) discrepancies.push({ code: "tallyUndecryptable" });
    return { used: [] };
  }
  let tally: bigint[];
  try {
    const combined = sum.c2.map((_, option) =>
      combine(
        used.map((trustee) => valid.get(trustee)?.[option] ?? IDENTITY),
        used,
      ),
    );
    tally = tallyFromCombined(sum.c2, combined, ballotsCounted);
  } catch (error) {
    if (!(error instanceof DiscreteLogNotFoundError)) throw error;
    discrepancies.push({ code: "tallyUndecryptable" });
    return { used };
  }
  const onChain = input.contract.tally ?? input.decrypted?.counts;
  if (onChain !== undefined) {
    tally.forEach((count, optionIndex) => {
      const contract = onChain[optionIndex];
      if (contract !== count) {
        const label = input.poll.options[optionIndex] ?? "?";
        discrepancies.push({ code: "optionTallyMismatch", optionIndex, label, recount: count, contract });
      }
    });
    const events = input.decrypted?.counts;
    if (events !== undefined && input.contract.tally !== undefined && !sameWords(events, input.contract.tally)) {
      discrepancies.push({ code: "tallyRecordMismatch" });
    }
  }
  return { tally, used };
}

function sameWords(a: readonly bigint[], b: readonly bigint[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}
