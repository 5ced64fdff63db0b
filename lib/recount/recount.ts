/**
 * The recount: re-checks every ballot of a poll independently of the contract's logic and
 * compares the result with the contract's own tally. It trusts neither the contract, nor the
 * organizer, nor the node serving the logs: every figure is recomputed from the ballots' proofs.
 * What it finds is data (./findings.ts), worded by whoever shows it: the CLI in English, the app in
 * the reader's language.
 */
import { isValidBallot, tallyBallots } from "../ballots/ballot.ts";
import { pollScope } from "../ballots/scope.ts";
import type { BallotRecord } from "../chain/poll-reader.ts";
import type { SolidityProof } from "../semaphore/solidity-proof.ts";
import { SNARK_SCALAR_FIELD } from "../snark/field.ts";
import type { Discrepancy, RejectionReason } from "./findings.ts";
import type { RecountInput } from "./input.ts";
import { rebuildRoll, rollRoot } from "./roll.ts";

/** Verifies Groth16 proofs against Semaphore's keys: one result per proof, in order. */
export type ProofVerifier = (
  proofs: readonly SolidityProof[],
  onProgress?: (done: number, total: number) => void,
) => Promise<boolean[]>;

export interface RejectedBallot {
  nullifier: bigint;
  transactionHash: string;
  blockNumber: bigint;
  /** Every reason it is rejected, in the order the checks run. */
  reasons: RejectionReason[];
}

export interface RecountReport {
  status: "MATCH" | "MISMATCH";
  input: Pick<RecountInput, "chainId" | "ballotbox" | "blockNumber" | "blockTimestamp" | "poll" | "contract">;
  /** Whether the poll had closed at the pinned block (otherwise the result is provisional). */
  closed: boolean;
  roll: { size: number; root: bigint };
  ballotsChecked: number;
  ballotsCounted: number;
  rejected: RejectedBallot[];
  tally: bigint[];
  /** Every way the contract's figures differ from the recount; empty on MATCH. */
  discrepancies: Discrepancy[];
  verification: { seconds: number; ballotsPerSecond: number };
}

const MIN_DEPTH = 1n;
const MAX_DEPTH = 32n;

export async function recount(
  input: RecountInput,
  verifyProofs: ProofVerifier,
  onProgress?: (done: number, total: number) => void,
): Promise<RecountReport> {
  const { poll, ballots, contract } = input;
  const discrepancies: Discrepancy[] = [];

  const roll = rebuildRoll(input.rollChanges);
  const root = rollRoot(roll);
  if (root !== contract.merkleRoot) {
    discrepancies.push({ code: "rollRootMismatch", rebuilt: root, contract: contract.merkleRoot });
  }
  if (root !== poll.rollRoot) {
    discrepancies.push({ code: "pollRootMismatch", rebuilt: root, stored: poll.rollRoot });
  }
  const scope = pollScope({ chainId: input.chainId, ballotbox: input.ballotbox, pollId: poll.pollId });

  const reasons = ballots.map((ballot) => cheapChecks(ballot, { poll, root, scope }));
  const verifiable = ballots.flatMap((ballot, index) => {
    const proof = toProof(ballot);
    return proof === undefined ? [] : [{ index, proof }];
  });
  const started = performance.now();
  const verified = await verifyProofs(
    verifiable.map(({ proof }) => proof),
    onProgress,
  );
  const seconds = (performance.now() - started) / 1000;
  verifiable.forEach(({ index }, position) => {
    if (verified[position] !== true) reasons[index]?.push({ code: "proofInvalid" });
  });

  // One ballot per voter: the first valid ballot with a nullifier counts, any later one is rejected.
  const countedBy = new Map<bigint, BallotRecord>();
  const counted: BallotRecord[] = [];
  ballots.forEach((ballot, index) => {
    const ballotReasons = reasons[index] ?? [];
    const earlier = countedBy.get(ballot.nullifier);
    if (earlier !== undefined) ballotReasons.push({ code: "nullifierReused", countedIn: earlier.transactionHash });
    if (ballotReasons.length === 0) {
      countedBy.set(ballot.nullifier, ballot);
      counted.push(ballot);
    }
  });
  const rejected = ballots.flatMap((ballot, index) => {
    const ballotReasons = reasons[index] ?? [];
    return ballotReasons.length === 0
      ? []
      : [
          {
            nullifier: ballot.nullifier,
            transactionHash: ballot.transactionHash,
            blockNumber: ballot.blockNumber,
            reasons: ballotReasons,
          },
        ];
  });
  if (rejected.length > 0) {
    discrepancies.push({ code: "rejectedBallots", count: rejected.length });
  }

  const shape = { ballotType: poll.ballotType, optionCount: poll.optionCount };
  const tally = tallyBallots(
    shape,
    counted.map((ballot) => ballot.ballot),
  );
  tally.forEach((count, optionIndex) => {
    const onChain = contract.tally[optionIndex];
    const label = poll.options[optionIndex] ?? "?";
    if (onChain === undefined) {
      discrepancies.push({ code: "optionMissing", optionIndex, label, recount: count });
    } else if (onChain !== count) {
      discrepancies.push({ code: "optionTallyMismatch", optionIndex, label, recount: count, contract: onChain });
    }
  });
  if (contract.tally.length !== tally.length) {
    discrepancies.push({ code: "optionCountMismatch", contract: contract.tally.length, poll: tally.length });
  }
  if (contract.ballotCount !== BigInt(counted.length)) {
    discrepancies.push({ code: "ballotCountMismatch", recount: counted.length, contract: contract.ballotCount });
  }

  return {
    status: discrepancies.length === 0 ? "MATCH" : "MISMATCH",
    input: {
      chainId: input.chainId,
      ballotbox: input.ballotbox,
      blockNumber: input.blockNumber,
      blockTimestamp: input.blockTimestamp,
      poll,
      contract,
    },
    closed: input.blockTimestamp >= poll.endTime,
    roll: { size: roll.size, root },
    ballotsChecked: ballots.length,
    ballotsCounted: counted.length,
    rejected,
    tally,
    discrepancies,
    verification: { seconds, ballotsPerSecond: seconds > 0 ? verifiable.length / seconds : 0 },
  };
}

/** The checks that need no proof verification; returns the reasons a ballot fails them. */
function cheapChecks(
  ballot: BallotRecord,
  { poll, root, scope }: { poll: RecountInput["poll"]; root: bigint; scope: bigint },
): RejectionReason[] {
  const reasons: RejectionReason[] = [];
  if (ballot.scope !== scope) reasons.push({ code: "wrongScope", scope: ballot.scope, expected: scope });
  if (ballot.merkleTreeRoot !== root) reasons.push({ code: "wrongRoot", root: ballot.merkleTreeRoot, expected: root });
  const { ballotType, optionCount } = poll;
  if (!isValidBallot({ ballotType, optionCount }, ballot.ballot)) {
    reasons.push({ code: "invalidBallot", ballot: ballot.ballot, ballotType, optionCount });
  }
  if (ballot.blockTimestamp < poll.startTime || ballot.blockTimestamp >= poll.endTime) {
    reasons.push({
      code: "outsideVotingWindow",
      includedAt: ballot.blockTimestamp,
      startTime: poll.startTime,
      endTime: poll.endTime,
    });
  }
  if (ballot.merkleTreeDepth < MIN_DEPTH || ballot.merkleTreeDepth > MAX_DEPTH) {
    reasons.push({ code: "unsupportedDepth", depth: ballot.merkleTreeDepth });
  }
  if (ballot.nullifier >= SNARK_SCALAR_FIELD || ballot.points.length !== 8) reasons.push({ code: "malformedProof" });
  return reasons;
}

/** The ballot's proof with the public signals it was counted with, or undefined if malformed. */
function toProof(ballot: BallotRecord): SolidityProof | undefined {
  const [a, b, c, d, e, f, g, h, ...extra] = ballot.points;
  if (
    a === undefined ||
    b === undefined ||
    c === undefined ||
    d === undefined ||
    e === undefined ||
    f === undefined ||
    g === undefined ||
    h === undefined ||
    extra.length > 0 ||
    ballot.merkleTreeDepth < MIN_DEPTH ||
    ballot.merkleTreeDepth > MAX_DEPTH
  ) {
    return undefined;
  }
  return {
    merkleTreeDepth: ballot.merkleTreeDepth,
    merkleTreeRoot: ballot.merkleTreeRoot,
    nullifier: ballot.nullifier,
    message: ballot.ballot,
    scope: ballot.scope,
    points: [a, b, c, d, e, f, g, h],
  };
}
