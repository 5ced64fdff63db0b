/**
 * What each contract error means (lib/contracts/contract-errors.ts maps every error of the generated
 * ABIs to one of these codes), in words a person can act on. The CLI, the relayer and the app all show
 * these sentences; the type makes a missing one a compile error.
 */
import type { ContractErrorCode } from "../../../lib/contracts/contract-errors.ts";

export const CONTRACT_ERROR_SENTENCES: Record<ContractErrorCode, string> = {
  poll_not_found: "There is no poll with this id on this deployment.",
  not_organizer: "Only the poll's organizer can do this; use the organizer's key.",
  option_count_out_of_range: "A poll needs from 2 to 32 options.",
  unknown_ballot_type: "The ballot type must be single choice or approval.",
  empty_question: "The question is empty.",
  empty_option: "An option label is empty.",
  start_time_not_in_future: "The start time must be in the future (by the chain's clock).",
  end_time_not_after_start_time: "The end time must be after the start time.",
  roll_frozen: "Voting has started, so the voter roll is frozen: no one can be added or removed.",
  voting_not_started: "Voting has not started yet.",
  voting_ended: "Voting has ended.",
  value_outside_field: "The ballot's proof carries a value outside the SNARK field.",
  wrong_scope: "This proof was made for another poll.",
  invalid_ballot: "The ballot is not a valid choice for this poll.",
  unsupported_tree_depth: "The proof's tree depth is not one Semaphore supports.",
  wrong_root: "The proof is not against this poll's voter roll: the voter is not on it, or the proof is outdated.",
  invalid_proof: "The ballot's proof does not verify: it was altered or made for another choice.",
  already_voted: "This voter has already voted in this poll.",
  empty_batch: "A batch needs at least one ballot.",
  invalid_invite: "This invite is not valid for this poll (or its signature is for another voter).",
  invite_used: "This invite has already been used.",
  not_on_allowlist: "This wallet is not on the poll's allowlist.",
  allowlist_entry_used: "This wallet has already registered a voter in this poll.",
  invalid_short_string: "A text of the contract's name is not valid.",
  string_too_long: "A text is too long for the contract.",
  already_on_roll: "This identity is already on the roll.",
  not_on_roll: "This identity is not on the roll.",
  commitment_is_zero: "An identity commitment cannot be zero.",
  commitment_outside_field: "An identity commitment must be below the SNARK field.",
  wrong_sibling_nodes: "The roll changed while this was prepared; reload and try again.",
  not_group_admin: "Only Ballotbox may change a poll's roll in Semaphore.",
  not_pending_group_admin: "Only the roll's new administrator can accept it.",
  group_not_found: "The poll's roll does not exist in Semaphore.",
  roll_is_empty: "The poll's voter roll is empty, so no one can vote.",
  root_expired: "The proof is against a voter roll that is no longer current.",
  verifier_key_mismatch: "The Semaphore verifier was deployed with keys of another depth: redeploy it.",
  poll_is_sealed: "This poll is sealed: its ballots are encrypted and go to the sealed ballots contract.",
  tally_sealed: "This poll is sealed: its tally stays secret until it closes and its trustees decrypt it.",
};
