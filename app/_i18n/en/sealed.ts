/** A sealed poll's results and key ceremony, as observers see them (docs/sealed-ballots.md). */
export const sealed = {
  badge: "Sealed until close",
  unavailable:
    "This is a sealed poll, and this deployment does not name its SealedBallots contract: set BALLOTBOX_SEALED_BALLOTS_ADDRESS.",
  sealedTitle: "Sealed until close",
  sealedNote:
    "Every ballot is encrypted in the voter's browser. Nobody can read a ballot or a running tally: not the organizer, not the relayer, not any single trustee. After the poll closes, any {threshold} of the {trustees} trustees decrypt the total, and only the total.",
  sealedNoteNoCeremony:
    "Every ballot will be encrypted in the voter's browser: nobody can read a ballot or a running tally. The trustees who decrypt the total after the close are named when the organizer opens the key ceremony.",
  decryptingTitle: "Decrypting the total",
  decryptingNote:
    "The poll has closed. The total appears once {threshold} trustees have each published their share of the decryption; each share is checked on chain.",
  sharesProgress: "{count} of {threshold} shares",
  decryptedBy: "Decrypted by trustees {trustees}.",
  awaitingTally: "Enough shares are published: anyone can now submit the total, which the contract checks.",
  failedTitle: "This poll will not open",
  failedNote:
    "Its key ceremony did not finish with at least {threshold} qualified trustees before voting was due to open, so no ballot can be cast.",

  ceremony: {
    title: "Key ceremony",
    intro:
      "The trustees make the poll's key together on chain: no one ever holds the whole key. Any {threshold} of the {trustees} can decrypt the total.",
    statusLabel: "Stage",
    status: {
      notOpened: "Not opened yet: the organizer opens it.",
      keys: "Trustees publish their keys.",
      dealing: "Trustees deal encrypted shares to each other.",
      complaints: "Trustees check their shares and may complain about a bad one.",
      reveals: "Dealers answer complaints by revealing the disputed shares.",
      finalising: "Ready to finish: anyone may fix the poll key.",
      finalised: "Finished: the poll key is fixed.",
      failedTooFewKeys: "Failed: too few trustees published a key.",
      failedTooFewQualified: "Failed: too few trustees dealt correctly.",
      failedNotFinalised: "Failed: the poll key was not fixed before voting opened.",
    },
    deadlinesTitle: "Deadlines",
    deadline: {
      keysBy: "Keys",
      dealsBy: "Shares dealt",
      complaintsBy: "Complaints",
      revealsBy: "Answers to complaints",
      votingOpens: "Voting opens",
    },
    trusteesTitle: "Trustees",
    trustee: "Trustee {index}",
    column: {
      trustee: "Trustee",
      key: "Key",
      dealt: "Dealt",
      qualified: "Qualified",
      decrypted: "Decrypted",
    },
    yes: "Yes",
    no: "No",
    pending: "Not yet",
    complaintsTitle: "Complaints",
    noComplaints: "No complaints.",
    complaint: "Trustee {complainant} complained about trustee {dealer}'s shares.",
    complaintAnswered: "Trustee {dealer} revealed the shares: they were good, and trustee {dealer} stays.",
    complaintUpheld: "Trustee {dealer} was disqualified.",
    complaintOpen: "Awaiting trustee {dealer}'s answer.",
    pollKeyTitle: "Poll key",
    pollKeyHash: "Hash of the poll key, which every ballot's proof is bound to:",
    pollKeyPending: "Fixed once the ceremony finishes.",
  },
} as const;
