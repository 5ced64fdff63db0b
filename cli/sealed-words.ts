/**
 * Sealed polls in English, for the command line: the sealed recount's findings, the ceremony's
 * status and a trustee's next step. The app words the same codes in the reader's language.
 */
import type { CeremonyFinding } from "../lib/sealed/ceremony-audit.ts";
import type { CeremonyStatus } from "../lib/sealed/sealed-state.ts";
import type { SealedDiscrepancy, SealedRecountReport, SealedRejectionReason } from "../lib/sealed/sealed-recount.ts";
import type { TrusteeAction, TrusteeWait } from "../lib/sealed/trustee-plan.ts";

export const at = (seconds: bigint): string => new Date(Number(seconds) * 1000).toISOString();

export function describeCeremonyStatus(status: CeremonyStatus): string {
  switch (status) {
    case "notOpened":
      return "not opened: the organizer has not named the trustees yet";
    case "keys":
      return "step 1 of 5, trustees publish their keys";
    case "dealing":
      return "step 2 of 5, trustees deal their shares";
    case "complaints":
      return "step 3 of 5, trustees check their shares and complain about bad ones";
    case "reveals":
      return "step 4 of 5, dealers answer complaints";
    case "finalising":
      return "step 5 of 5, anyone fixes the poll key";
    case "finalised":
      return "finished: the poll key is fixed";
    case "failedTooFewKeys":
      return "FAILED: fewer trustees than the threshold published a key; the poll will never open";
    case "failedTooFewQualified":
      return "FAILED: fewer dealers than the threshold qualified; the poll will never open";
    case "failedNotFinalised":
      return "FAILED: nobody fixed the poll key before voting was to open; the poll will never open";
  }
}

export function describeCeremonyFinding(finding: CeremonyFinding): string {
  switch (finding.code) {
    case "keyProofInvalid":
      return `trustee ${finding.trustee}'s key proof does not verify`;
    case "dealingMalformed":
      return `dealer ${finding.dealer}'s dealing is malformed`;
    case "refusalInvalid":
      return `dealer ${finding.dealer}'s answer to trustee ${finding.complainant}'s complaint does not hold`;
    case "disqualificationUnfounded":
      return `dealer ${finding.dealer} was disqualified for commitment ${finding.position}, which is sound`;
    case "qualifiedMismatch":
      return `the qualified dealers are ${finding.rebuilt.join(", ")} by the events, but ${finding.recorded.join(", ")} on chain`;
    case "aggregateMismatch":
      return "the aggregate commitments on chain are not the sum of the qualified dealings";
    case "pollKeyHashMismatch":
      return `the poll key hash rebuilt is ${finding.rebuilt}, the contract's ${finding.recorded}`;
    case "notFinalised":
      return "the ceremony was never finalised";
  }
}

export function describeSealedDiscrepancy(discrepancy: SealedDiscrepancy): string {
  switch (discrepancy.code) {
    case "ceremony":
      return `Key ceremony: ${describeCeremonyFinding(discrepancy.finding)}.`;
    case "rollRootMismatch":
      return `The roll rebuilt from its events has root ${discrepancy.rebuilt}; the contract reports ${discrepancy.contract}.`;
    case "pollRootMismatch":
      return `The roll rebuilt from its events has root ${discrepancy.rebuilt}; the poll stores ${discrepancy.stored}.`;
    case "pollKeyHashMismatch":
      return `The poll key hash rebuilt from the ceremony is ${discrepancy.rebuilt}; the contract's is ${discrepancy.contract}.`;
    case "rejectedBallots":
      return `The contract counted ${discrepancy.count} ballot(s) that the recount rejects.`;
    case "ballotCountMismatch":
      return `The recount counts ${discrepancy.recount} ballot(s); the contract reports ${discrepancy.contract}.`;
    case "encryptedTallyMismatch":
      return "The contract's encrypted tally is not the sum of the counted ballots.";
    case "partialDecryptionInvalid":
      return `Trustee ${discrepancy.trustee}'s partial decryption does not verify.`;
    case "tallyTrusteesInvalid":
      return `The total was decrypted with trustees ${discrepancy.trustees.join(", ")}, not all of whom hold.`;
    case "tallyUndecryptable":
      return "The valid partial decryptions do not decrypt the encrypted tally.";
    case "optionTallyMismatch":
      return `Option ${discrepancy.optionIndex + 1} (${discrepancy.label}): the recount decrypts ${discrepancy.recount}, the contract reports ${discrepancy.contract ?? "nothing"}.`;
    case "tallyRecordMismatch":
      return "The contract's final total and its TallyDecrypted event disagree.";
  }
}

export function describeSealedRejection(reason: SealedRejectionReason): string {
  switch (reason.code) {
    case "wrongCiphertextCount":
      return `it has ${reason.words} ciphertext words, not ${reason.expected}`;
    case "malformedBallot":
      return "a word of it is not below the SNARK field";
    case "outsideVotingWindow":
      return `it was included at ${reason.includedAt}, outside the voting window`;
    case "proofInvalid":
      return "the proof does not verify";
    case "nullifierReused":
      return `its nullifier was already counted in ${reason.countedIn}`;
  }
}

/** The sealed recount report as the CLI prints it. */
export function formatSealedReport(report: SealedRecountReport, question: string, options: readonly string[]): string {
  const { ceremony } = report;
  const lines = [
    `Sealed poll: ${question}`,
    `Read at block ${report.blockNumber}${report.closed ? " (poll closed)" : " (poll NOT closed: only turnout can be recounted)"}`,
    `Roll: ${report.roll.size} voter(s), root ${report.roll.root}`,
    `Key ceremony: ${ceremony.threshold} of ${ceremony.trustees} trustees, qualified ${ceremony.qualified.join(", ") || "none"}, every step re-verified`,
    `Ballots checked: ${report.ballotsChecked}, counted: ${report.ballotsCounted}, rejected: ${report.rejected.length}`,
    `Encrypted tally recomputed from the ballots: ${report.discrepancies.some((d) => d.code === "encryptedTallyMismatch") ? "DIFFERS from" : "equals"} the contract's`,
    `Partial decryptions verified: ${report.decryption.valid.join(", ") || "none"}; total decrypted with ${report.decryption.used.join(", ") || "none yet"}`,
    `Proofs verified in ${report.verification.seconds.toFixed(2)} s (${Math.round(report.verification.ballotsPerSecond)} ballots/s)`,
  ];
  for (const ballot of report.rejected) {
    lines.push(
      `  rejected ${ballot.nullifier} in ${ballot.transactionHash}: ${ballot.reasons.map(describeSealedRejection).join("; ")}`,
    );
  }
  if (report.tally !== undefined) {
    report.tally.forEach((count, index) =>
      lines.push(`  ${String(index + 1).padStart(2)}. ${options[index] ?? ""}: ${count}`),
    );
  }
  if (report.status === "MATCH") {
    lines.push(
      report.closed
        ? "MATCH: every ballot, the ceremony, every partial decryption and the total verify."
        : "MATCH: every ballot and the ceremony verify; the total stays sealed until the trustees decrypt it.",
    );
  } else {
    lines.push("MISMATCH:", ...report.discrepancies.map((d) => `  - ${describeSealedDiscrepancy(d)}`));
  }
  return lines.join("\n");
}

export function describeTrusteeAction(action: TrusteeAction): string {
  switch (action.kind) {
    case "publishKey":
      return "Published this trustee's key for receiving shares, with its proof of knowledge.";
    case "deal":
      return "Dealt: published the commitments and every trustee's encrypted shares.";
    case "complain":
      return `Complained against dealer ${action.dealer}: a share from it does not match its commitments.`;
    case "reveal":
      return `Answered trustee ${action.complainant}'s complaint by revealing its shares.`;
    case "finalise":
      return "Fixed the poll key from the qualified dealers.";
    case "decrypt":
      return "Published this trustee's partial decryption of the tally, with its proof.";
    case "publishTally":
      return `Published the total: ${action.counts.join(", ")}.`;
  }
}

export function describeTrusteeWait(wait: TrusteeWait): string {
  switch (wait.kind) {
    case "ceremonyNotOpened":
      return "Awaiting: the organizer opening the ceremony.";
    case "othersKeys":
      return `Awaiting: the other trustees' keys, until ${at(wait.until)}; then run this again to deal.`;
    case "othersDeals":
      return `Awaiting: the other trustees' dealings, until ${at(wait.until)}; then run this again to check your shares.`;
    case "complaintWindow":
      return `Awaiting: complaints close at ${at(wait.until)}; then run this again to answer any against you.`;
    case "revealWindow":
      return `Awaiting: answers to complaints, until ${at(wait.until)}; then run this again to fix the poll key.`;
    case "voting":
      return `Awaiting: the close of voting at ${at(wait.until)}; then run this again to decrypt.`;
    case "otherDecryptions":
      return `Awaiting: ${wait.published} of the ${wait.threshold} partial decryptions needed are in.`;
    case "tallied":
      return `Done: the total is final (${wait.counts.join(", ")}).`;
    case "excludedNoKey":
      return "This trustee published no key in time: it takes no further part in this ceremony.";
    case "excludedNotQualified":
      return "This trustee is not among the qualified dealers: it cannot decrypt.";
    case "ceremonyFailed":
      return `The ceremony ${describeCeremonyStatus(wait.status)}.`;
  }
}
