/**
 * The one decoder of contract errors. Any call into Ballotbox can revert with Ballotbox's own errors or
 * with those of the contracts it calls (Semaphore, its LeanIMT library, the Semaphore verifier), whose
 * revert data bubbles up unchanged. viem decodes a revert only against the ABI of the function called,
 * so a Semaphore error raised under `addVoters` reaches us as a bare selector (e.g. 0x258a195a,
 * LeafAlreadyExists): here it is decoded against every generated ABI and mapped to a stable code; the
 * sentence for each code lives in app/_i18n/en/contract-errors.ts.
 */
import {
  BaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  toFunctionSelector,
  type Abi,
  type Hex,
} from "viem";
import { CONTRACT_ERROR_SENTENCES } from "../../app/_i18n/en/contract-errors.ts";
import {
  ballotboxAbi,
  sealedBallotsAbi,
  semaphoreAbi,
  semaphoreVerifierAbi,
  trusteeCeremonyAbi,
} from "./abis.generated.ts";

type ErrorItem<TAbi extends Abi> = Extract<TAbi[number], { type: "error" }>;
type AnyContractError =
  | ErrorItem<typeof ballotboxAbi>
  | ErrorItem<typeof semaphoreAbi>
  | ErrorItem<typeof semaphoreVerifierAbi>
  | ErrorItem<typeof trusteeCeremonyAbi>
  | ErrorItem<typeof sealedBallotsAbi>;

/**
 * Every custom error a call into the deployment can revert with: Ballotbox's and those of what it calls,
 * and the sealed contracts' (TrusteeCeremony, SealedBallots, with their BabyJubJub library).
 */
export const contractErrorsAbi: readonly AnyContractError[] = [
  ...ballotboxAbi,
  ...semaphoreAbi,
  ...semaphoreVerifierAbi,
  ...trusteeCeremonyAbi,
  ...sealedBallotsAbi,
]
  .filter((item): item is AnyContractError => item.type === "error")
  // Semaphore's errors appear in Ballotbox's ABI too when it declares them: keep one of each.
  .filter((item, index, all) => all.findIndex((other) => other.name === item.name) === index);

export type ContractErrorName = AnyContractError["name"];

// Every input of these errors is an elementary type, so the signature is the name and the input types.
const namesBySelector = new Map<string, ContractErrorName>(
  contractErrorsAbi.map((item) => [
    toFunctionSelector(`${item.name}(${item.inputs.map((input) => input.type).join(",")})`),
    item.name,
  ]),
);

/**
 * Each error's code: what programs (the relayer's API, the app) compare. Errors that mean the same to
 * a person share one (Semaphore's, Ballotbox's and SealedBallots' "already voted").
 */
export const CONTRACT_ERROR_CODES = {
  Ballotbox__PollNotFound: "poll_not_found",
  Ballotbox__CallerIsNotTheOrganizer: "not_organizer",
  Ballotbox__OptionCountOutOfRange: "option_count_out_of_range",
  Ballotbox__UnknownBallotType: "unknown_ballot_type",
  Ballotbox__EmptyQuestion: "empty_question",
  Ballotbox__EmptyOption: "empty_option",
  Ballotbox__StartTimeNotInFuture: "start_time_not_in_future",
  Ballotbox__EndTimeNotAfterStartTime: "end_time_not_after_start_time",
  Ballotbox__RollIsFrozen: "roll_frozen",
  Ballotbox__VotingNotStarted: "voting_not_started",
  Ballotbox__VotingEnded: "voting_ended",
  Ballotbox__NotInSnarkScalarField: "value_outside_field",
  Ballotbox__WrongScope: "wrong_scope",
  Ballotbox__InvalidBallot: "invalid_ballot",
  Ballotbox__UnsupportedTreeDepth: "unsupported_tree_depth",
  Ballotbox__WrongRoot: "wrong_root",
  Ballotbox__InvalidProof: "invalid_proof",
  Ballotbox__NullifierAlreadyUsed: "already_voted",
  Ballotbox__EmptyBatch: "empty_batch",
  Ballotbox__InvalidInvite: "invalid_invite",
  Ballotbox__InviteAlreadyUsed: "invite_used",
  Ballotbox__NotOnAllowlist: "not_on_allowlist",
  Ballotbox__AllowlistEntryAlreadyUsed: "allowlist_entry_used",
  Ballotbox__PollIsSealed: "poll_is_sealed",
  Ballotbox__TallySealed: "tally_sealed",
  InvalidShortString: "invalid_short_string",
  StringTooLong: "string_too_long",
  LeafAlreadyExists: "already_on_roll",
  LeafDoesNotExist: "not_on_roll",
  LeafCannotBeZero: "commitment_is_zero",
  LeafGreaterThanSnarkScalarField: "commitment_outside_field",
  WrongSiblingNodes: "wrong_sibling_nodes",
  Semaphore__CallerIsNotTheGroupAdmin: "not_group_admin",
  Semaphore__CallerIsNotThePendingGroupAdmin: "not_pending_group_admin",
  Semaphore__GroupDoesNotExist: "group_not_found",
  Semaphore__GroupHasNoMembers: "roll_is_empty",
  Semaphore__InvalidProof: "invalid_proof",
  Semaphore__MerkleTreeDepthIsNotSupported: "unsupported_tree_depth",
  Semaphore__MerkleTreeRootIsExpired: "root_expired",
  Semaphore__MerkleTreeRootIsNotPartOfTheGroup: "wrong_root",
  Semaphore__YouAreUsingTheSameNullifierTwice: "already_voted",
  Semaphore__VKPtBytesMaxDepthInvariantViolated: "verifier_key_mismatch",
  TrusteeCeremony__PollNotSealed: "poll_not_sealed",
  TrusteeCeremony__CallerIsNotTheOrganizer: "not_organizer",
  TrusteeCeremony__AlreadyOpened: "ceremony_already_opened",
  TrusteeCeremony__NotOpened: "ceremony_not_opened",
  TrusteeCeremony__TrusteeCountOutOfRange: "trustee_count_out_of_range",
  TrusteeCeremony__ThresholdOutOfRange: "threshold_out_of_range",
  TrusteeCeremony__InvalidTrustee: "invalid_trustee",
  TrusteeCeremony__DeadlinesOutOfOrder: "deadlines_out_of_order",
  TrusteeCeremony__NotATrustee: "not_a_trustee",
  TrusteeCeremony__StepNotOpen: "step_not_open",
  TrusteeCeremony__StepClosed: "step_closed",
  TrusteeCeremony__AlreadyDone: "step_already_done",
  TrusteeCeremony__InvalidKey: "invalid_trustee_key",
  TrusteeCeremony__InvalidKeyProof: "invalid_key_proof",
  TrusteeCeremony__TooFewKeys: "too_few_keys",
  TrusteeCeremony__NoKey: "trustee_has_no_key",
  TrusteeCeremony__WrongDealingSize: "wrong_dealing_size",
  TrusteeCeremony__CommitmentNotOnCurve: "commitment_not_on_curve",
  TrusteeCeremony__ShareNotAScalar: "share_not_a_scalar",
  TrusteeCeremony__NotADealer: "not_a_dealer",
  TrusteeCeremony__NoOpenComplaint: "no_open_complaint",
  TrusteeCeremony__CommitmentInSubgroup: "commitment_in_subgroup",
  TrusteeCeremony__WrongCommitments: "wrong_commitments",
  TrusteeCeremony__WrongRevealedShare: "wrong_revealed_share",
  TrusteeCeremony__TooFewQualified: "too_few_qualified",
  TrusteeCeremony__WrongQualifiedCount: "wrong_qualified_count",
  TrusteeCeremony__InvalidPollKey: "invalid_poll_key",
  SealedBallots__PollNotSealed: "poll_not_sealed",
  SealedBallots__VotingNotStarted: "voting_not_started",
  SealedBallots__VotingEnded: "voting_ended",
  SealedBallots__CeremonyNotFinished: "ceremony_not_finished",
  SealedBallots__EmptyBatch: "empty_batch",
  SealedBallots__WrongCiphertextCount: "wrong_ciphertext_count",
  SealedBallots__NotInSnarkScalarField: "value_outside_field",
  SealedBallots__InvalidProof: "invalid_sealed_proof",
  SealedBallots__NullifierAlreadyUsed: "already_voted",
  SealedBallots__PollNotClosed: "poll_not_closed",
  SealedBallots__NotQualified: "not_qualified",
  SealedBallots__AlreadyDecrypted: "already_decrypted",
  SealedBallots__AlreadyTallied: "already_tallied",
  SealedBallots__WrongAggregateCommitments: "wrong_aggregate_commitments",
  SealedBallots__WrongShareSize: "wrong_decryption_size",
  SealedBallots__WrongPartialDecryption: "wrong_partial_decryption",
  SealedBallots__WrongShareSet: "wrong_share_set",
  SealedBallots__WrongShares: "wrong_shares",
  SealedBallots__WrongCountSize: "wrong_count_size",
  SealedBallots__WrongTally: "wrong_tally",
  SealedBallots__TallySealed: "tally_sealed",
  OddPointWords: "curve_input_malformed",
  LengthMismatch: "curve_input_malformed",
  ScalarTooLarge: "curve_input_malformed",
} as const satisfies Record<ContractErrorName, string>;

export type ContractErrorCode = (typeof CONTRACT_ERROR_CODES)[ContractErrorName];

export interface DecodedContractError {
  name: ContractErrorName;
  code: ContractErrorCode;
  /** The sentence a person can act on. */
  message: string;
}

/** The code and sentence of a contract error known by name (e.g. for a check the relayer makes first). */
export function contractError(name: ContractErrorName): DecodedContractError {
  const code = CONTRACT_ERROR_CODES[name];
  return { name, code, message: CONTRACT_ERROR_SENTENCES[code] };
}

/** Decodes revert data (a selector and its arguments), or a bare 4-byte selector (a BallotRejected reason). */
export function decodeRevertData(data: Hex): DecodedContractError | undefined {
  if (!/^0x[0-9a-fA-F]{8}/.test(data)) return undefined;
  try {
    if (data.length > 10) return contractError(decodeErrorResult({ abi: contractErrorsAbi, data }).errorName);
    // A selector alone cannot be decoded when the error has arguments: look its name up instead.
    const name = namesBySelector.get(data.toLowerCase());
    return name === undefined ? undefined : contractError(name);
  } catch {
    return undefined;
  }
}

/**
 * The contract error behind any viem error (a call, a simulation, a gas estimate), however deep in
 * its causes the revert data sits, whatever ABI viem decoded it with; undefined if there is none.
 */
export function decodeContractError(error: unknown): DecodedContractError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 12 && current instanceof Error; depth++) {
    for (const field of ["raw", "data"] as const) {
      const value: unknown = (current as Partial<Record<typeof field, unknown>>)[field];
      if (typeof value === "string") {
        const found = decodeRevertData(value as Hex);
        if (found !== undefined) return found;
      }
    }
    // viem's ContractFunctionRevertedError keeps the selector it could not decode as `signature`.
    const signature: unknown = (current as { signature?: unknown }).signature;
    if (typeof signature === "string") {
      const found = decodeRevertData(signature as Hex);
      if (found !== undefined) return found;
    }
    current = current.cause;
  }
  return undefined;
}

/** A sentence for a failed contract call or transaction. */
export function describeContractError(error: unknown): string {
  const known = decodeContractError(error);
  if (known !== undefined) return known.message;
  if (error instanceof BaseError) {
    // An error of a contract outside the generated ABIs: its name and arguments, as viem decoded them.
    const reverted = error.walk((cause) => cause instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError && reverted.data !== undefined) {
      const args = (reverted.data.args ?? []).map(String).join(", ");
      return `The contract refused: ${reverted.data.errorName}(${args}).`;
    }
    return error.shortMessage;
  }
  return error instanceof Error ? error.message : String(error);
}
