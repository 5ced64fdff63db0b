/**
 * What a recount finds, as data: each way the contract's figures differ from the recount (a
 * Discrepancy) and each reason a ballot is rejected (a RejectionReason), as a machine code with its
 * figures. lib words none of them: the CLI's English is cli/recount-report.ts, the app's words are
 * app/_i18n/<locale>/recount.ts (`discrepancy.<code>`, `reason.<code>`) through app/_lib/recount-words.ts.
 * The JSON report carries them as they are, bigints as decimal strings.
 */
import type { BallotType } from "../ballots/ballot.ts";
import type { Hex } from "viem";

export type Discrepancy =
  /** The roll rebuilt from its change log has another root than the one the contract reports. */
  | { code: "rollRootMismatch"; rebuilt: bigint; contract: bigint }
  /** The rebuilt roll's root is not the root the poll stored (froze) when voting opened. */
  | { code: "pollRootMismatch"; rebuilt: bigint; stored: bigint }
  /** The contract counted ballots (they have a BallotCast event) that the recount rejects. */
  | { code: "rejectedBallots"; count: number }
  /** An option's recomputed count differs from the contract's. `optionIndex` is 0-based. */
  | { code: "optionTallyMismatch"; optionIndex: number; label: string; recount: bigint; contract: bigint }
  /** The contract has no count at all for an option the poll has. */
  | { code: "optionMissing"; optionIndex: number; label: string; recount: bigint }
  /** The contract reports another number of options than the poll has. */
  | { code: "optionCountMismatch"; contract: number; poll: number }
  /** The contract's ballot count is not the number of ballots the recount counts. */
  | { code: "ballotCountMismatch"; recount: number; contract: bigint };

export type RejectionReason =
  /** The ballot's scope is not this poll's (recomputed from chain id, contract and poll id). */
  | { code: "wrongScope"; scope: bigint; expected: bigint }
  /** The ballot was proven against another root than the poll's frozen roll root. */
  | { code: "wrongRoot"; root: bigint; expected: bigint }
  /** The ballot's message is not a valid choice for the poll. */
  | { code: "invalidBallot"; ballot: bigint; ballotType: BallotType; optionCount: number }
  /** The ballot's block time is not in [startTime, endTime). All three are chain seconds. */
  | { code: "outsideVotingWindow"; includedAt: bigint; startTime: bigint; endTime: bigint }
  /** The ballot's tree depth is not one Semaphore has a verification key for. */
  | { code: "unsupportedDepth"; depth: bigint }
  /** The proof has not 8 points, or its nullifier is not in the SNARK scalar field. */
  | { code: "malformedProof" }
  /** The Groth16 proof does not verify. */
  | { code: "proofInvalid" }
  /** An earlier valid ballot with the same nullifier was already counted, in `countedIn`. */
  | { code: "nullifierReused"; countedIn: Hex };

export type DiscrepancyCode = Discrepancy["code"];
export type RejectionCode = RejectionReason["code"];
