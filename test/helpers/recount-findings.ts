/**
 * One finding of every code of lib/recount/findings.ts, with figures, and a mismatched report that
 * has them all. The maps' types list every code: a code added to the union without a sample here
 * fails `tsc`, and the catalogue test then asks each language for its message.
 */
import type { Discrepancy, DiscrepancyCode, RejectionCode, RejectionReason } from "../../lib/recount/findings.ts";
import type { RecountReport } from "../../lib/recount/recount.ts";

export const DISCREPANCY_SAMPLES: { readonly [Code in DiscrepancyCode]: Extract<Discrepancy, { code: Code }> } = {
  rollRootMismatch: { code: "rollRootMismatch", rebuilt: 111n, contract: 222n },
  pollRootMismatch: { code: "pollRootMismatch", rebuilt: 111n, stored: 333n },
  rejectedBallots: { code: "rejectedBallots", count: 2 },
  optionTallyMismatch: { code: "optionTallyMismatch", optionIndex: 0, label: "Red", recount: 2n, contract: 3n },
  optionMissing: { code: "optionMissing", optionIndex: 2, label: "Blue", recount: 1n },
  optionCountMismatch: { code: "optionCountMismatch", contract: 2, poll: 3 },
  ballotCountMismatch: { code: "ballotCountMismatch", recount: 1, contract: 4n },
};

const HASH_A = `0x${"ab".repeat(32)}` as const;
const HASH_B = `0x${"cd".repeat(32)}` as const;

/** 2026-01-01T00:00:00Z and the window around it, in chain seconds. */
const START = 1_767_225_600n;
const END = START + 86_400n;

export const REJECTION_SAMPLES: { readonly [Code in RejectionCode]: Extract<RejectionReason, { code: Code }> } = {
  wrongScope: { code: "wrongScope", scope: 5n, expected: 6n },
  wrongRoot: { code: "wrongRoot", root: 7n, expected: 111n },
  invalidBallot: { code: "invalidBallot", ballot: 7n, ballotType: "single", optionCount: 3 },
  outsideVotingWindow: { code: "outsideVotingWindow", includedAt: END, startTime: START, endTime: END },
  unsupportedDepth: { code: "unsupportedDepth", depth: 40n },
  malformedProof: { code: "malformedProof" },
  proofInvalid: { code: "proofInvalid" },
  nullifierReused: { code: "nullifierReused", countedIn: HASH_A },
};

/** A closed single-choice poll whose recount found every discrepancy and every rejection reason. */
export function mismatchedReport(): RecountReport {
  const options = ["Red", "Green", "Blue"];
  return {
    status: "MISMATCH",
    input: {
      chainId: 31337,
      ballotbox: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
      blockNumber: 1234n,
      blockTimestamp: END + 60n,
      poll: {
        pollId: 1n,
        organizer: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
        ballotType: "single",
        secrecy: "public",
        optionCount: options.length,
        startTime: START,
        endTime: END,
        groupId: 1n,
        ballotCount: 4n,
        metadataHash: "0x00",
        inviteRoot: "0x00",
        allowlistRoot: "0x00",
        rollRoot: 333n,
        question: "Which colour?",
        options,
        createdBlock: 1n,
      },
      contract: { tally: [3n, 0n], ballotCount: 4n, merkleRoot: 222n },
    },
    closed: true,
    roll: { size: 4, root: 111n },
    ballotsChecked: 3,
    ballotsCounted: 1,
    rejected: [
      {
        nullifier: 42n,
        transactionHash: HASH_B,
        blockNumber: 1200n,
        reasons: Object.values(REJECTION_SAMPLES),
      },
    ],
    tally: [1n, 0n, 0n],
    discrepancies: Object.values(DISCREPANCY_SAMPLES),
    verification: { seconds: 0.5, ballotsPerSecond: 6 },
  };
}
