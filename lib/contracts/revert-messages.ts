/**
 * What each contract error means, in words a person can act on. The one place these sentences
 * live: the CLI, the relayer and the app all show them.
 */
import { BaseError, ContractFunctionRevertedError } from "viem";

export const REVERT_MESSAGES: Record<string, string> = {
  Ballotbox__PollNotFound: "There is no poll with this id on this deployment.",
  Ballotbox__CallerIsNotTheOrganizer: "Only the poll's organizer can do this; use the organizer's key.",
  Ballotbox__OptionCountOutOfRange: "A poll needs from 2 to 32 options.",
  Ballotbox__UnknownBallotType: "The ballot type must be single choice or approval.",
  Ballotbox__EmptyQuestion: "The question is empty.",
  Ballotbox__EmptyOption: "An option label is empty.",
  Ballotbox__StartTimeNotInFuture: "The start time must be in the future (by the chain's clock).",
  Ballotbox__EndTimeNotAfterStartTime: "The end time must be after the start time.",
  Ballotbox__RollIsFrozen: "Voting has started, so the voter roll is frozen: no one can be added or removed.",
  Ballotbox__VotingNotStarted: "Voting has not started yet.",
  Ballotbox__VotingEnded: "Voting has ended.",
  Ballotbox__NotInSnarkScalarField: "The ballot's proof carries a value outside the SNARK field.",
  Ballotbox__WrongScope: "This proof was made for another poll.",
  Ballotbox__InvalidBallot: "The ballot is not a valid choice for this poll.",
  Ballotbox__UnsupportedTreeDepth: "The proof's tree depth is not one Semaphore supports.",
  Ballotbox__WrongRoot:
    "The proof is not against this poll's voter roll: the voter is not on it, or the proof is outdated.",
  Ballotbox__InvalidProof: "The ballot's proof does not verify: it was altered or made for another choice.",
  Ballotbox__NullifierAlreadyUsed: "This voter has already voted in this poll.",
  Ballotbox__EmptyBatch: "A batch needs at least one ballot.",
  Ballotbox__InvalidInvite: "This invite is not valid for this poll (or its signature is for another voter).",
  Ballotbox__InviteAlreadyUsed: "This invite has already been used.",
  Ballotbox__NotOnAllowlist: "This wallet is not on the poll's allowlist.",
  Ballotbox__AllowlistEntryAlreadyUsed: "This wallet has already registered a voter in this poll.",
  LeafAlreadyExists: "This identity is already on the roll.",
  LeafDoesNotExist: "This identity is not on the roll.",
  LeafCannotBeZero: "An identity commitment cannot be zero.",
  LeafGreaterThanSnarkScalarField: "An identity commitment must be below the SNARK field.",
};

/** The contract error's name, if the error is a contract revert viem could decode. */
export function revertErrorName(error: unknown): string | undefined {
  if (!(error instanceof BaseError)) return undefined;
  const revert = error.walk((cause) => cause instanceof ContractFunctionRevertedError);
  return revert instanceof ContractFunctionRevertedError ? revert.data?.errorName : undefined;
}

/** A sentence for a failed contract call or transaction. */
export function describeContractError(error: unknown): string {
  const name = revertErrorName(error);
  if (name !== undefined) return REVERT_MESSAGES[name] ?? `The contract refused the transaction (${name}).`;
  if (error instanceof BaseError) return error.shortMessage;
  return error instanceof Error ? error.message : String(error);
}
