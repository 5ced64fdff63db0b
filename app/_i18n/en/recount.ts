export const recount = {
  metaTitle: "Recount",
  title: "Recount this poll yourself",
  sealedCli:
    "This poll is sealed. Its recount re-verifies every encrypted ballot, the key ceremony and each trustee's decryption; in this version it runs from the command line, with the same checks and a MATCH or the discrepancies:",
  intro:
    "An independent recount that runs entirely in your browser. It trusts neither this site's server nor the contract's own bookkeeping: every figure is recomputed from the ballots themselves.",
  checksTitle: "What is checked",
  checks: {
    proofs: "Every ballot's zero-knowledge proof is verified again, here in your browser.",
    roll: "The roll of voters is rebuilt from Semaphore's membership events, and its root compared with the poll's frozen root.",
    ballots:
      "Every ballot must carry this poll's scope and the frozen roll root, be a valid choice among the options and be cast within the voting window; each nullifier counts once.",
    tally: "The tally is recomputed from the valid ballots and compared, option by option, with the contract's.",
  },
  chainSource: "From the chain, ballots are read directly from the node at {rpcUrl}.",
  fromChain: "Recount from the chain",
  notStarted:
    "Voting has not started: this poll is still in registration, so there are no ballots to recount yet. Voting opens {opensAt}.",
  or: "or",
  bundleLabel: "Verify an audit bundle",
  bundleHint:
    "An audit bundle (a JSON file saved by an earlier recount, here or with the command line) holds everything read from the chain: it is recounted offline, from the file alone.",

  runningTitle: "Recounting…",
  stage: {
    starting: "Starting the recount…",
    readingChain: "Reading the poll, its roll and its ballots from the chain…",
    readingBundle: "Reading the audit bundle…",
    verifying: "Verifying every ballot's proof…",
  },
  blocks: "Block {last, number} of {to, number}",
  ballotsDone: "{done, number} of {total, plural, one {# ballot} other {# ballots}}",
  rate: "{perSecond, number, ::precision-integer} ballots per second",
  elapsed: "Elapsed: {duration}",
  percentDone: "{percent, number}% done",
  cancel: "Cancel",
  cancelled: "Recount cancelled.",

  resultTitle: "Result",
  verdictExplanation: {
    MATCH: "Every counted ballot checks out, and the contract's tally equals the recomputed one.",
    MISMATCH: "The contract's figures differ from the recount. Every difference is listed below.",
  },
  provisional:
    "The poll was still open at the block read: more ballots may still be cast, so this result is provisional.",
  fromBundle: "Recounted offline from the audit bundle {fileName}.",
  otherPoll:
    "This bundle is of poll #{bundlePoll}, not of poll #{pagePoll} shown on this page: the result is about poll #{bundlePoll}.",
  otherDeployment: "This bundle comes from another deployment than this site's: chain {chainId}, contract {ballotbox}.",

  tableCaption: "Recomputed count and contract count, by option",
  column: { option: "Option", recount: "Recount", contract: "Contract", agree: "Same" },
  agrees: "Yes",
  differs: "No, differs",
  missing: "—",

  detailsTitle: "Details",
  details: {
    ballotsChecked: "Ballots checked",
    ballotsCounted: "Ballots counted",
    ballotsRejected: "Ballots rejected",
    contractBallots: "Ballots the contract counts",
    rollSize: "Voters on the roll",
    rollRoot: "Roll root",
    block: "Read at block",
    chain: "Chain",
    contract: "Contract",
    speed: "Verification speed",
  },
  blockAt: "{block, number} ({time})",
  speed: "{perSecond, number, ::precision-integer} ballots per second ({seconds, number, ::.00} s in all)",

  discrepanciesTitle: "Discrepancies",
  rejectedTitle: "{rejected, plural, one {# rejected ballot} other {# rejected ballots}}",
  rejected: { nullifier: "Nullifier", transaction: "Transaction", block: "Block", reasons: "Why it is rejected" },
  discrepancy: {
    rollRootMismatch:
      "The roll rebuilt from Semaphore's events has root {rebuilt}, but the contract reports root {contract}.",
    pollRootMismatch:
      "The roll rebuilt from Semaphore's events has root {rebuilt}, but the poll's frozen roll root is {stored}.",
    rejectedBallots:
      "{count, plural, one {The contract counted # ballot that the recount rejects.} other {The contract counted # ballots that the recount rejects.}}",
    optionTallyMismatch:
      "Option {option, number} ({label}): the recount finds {recount, number}, the contract reports {contract, number}.",
    optionMissing:
      "Option {option, number} ({label}): the recount finds {recount, number}, but the contract reports no count for it.",
    optionCountMismatch:
      "The contract reports counts for {contract, plural, one {# option} other {# options}}, but the poll has {poll, number}.",
    ballotCountMismatch:
      "The recount counts {recount, plural, one {# ballot} other {# ballots}}, but the contract reports {contract, number}.",
  },
  reason: {
    wrongScope: "Its scope is not this poll's: it was made for another poll or deployment.",
    wrongRoot: "It was proven against another roll root than the poll's frozen one.",
    invalidBallot:
      "Its ballot value ({ballot}) is not valid: this poll is {ballotType, select, single {single choice} other {approval (more than one may be chosen)}}, with {optionCount, plural, one {# option} other {# options}}.",
    outsideVotingWindow: "It was included at {includedAt}, outside the voting window ({opens} to {closes}).",
    unsupportedDepth: "Its tree depth ({depth, number}) is not one Semaphore supports.",
    malformedProof: "Its proof is malformed.",
    proofInvalid: "Its zero-knowledge proof does not verify.",
    nullifierReused: "Its nullifier was already counted, in transaction {transaction}.",
  },
  report: {
    poll: "Poll #{pollId}: {question}",
    setup:
      "{ballotType, select, single {Single choice} other {Approval (more than one may be chosen)}}, chain {chainId}, contract {ballotbox}",
    readClosed: "Read at block {block, number} ({time}); the poll had closed.",
    readOpen: "Read at block {block, number} ({time}); the poll was still open, so the counts may still change.",
    roll: "Roll: {size, plural, one {# voter} other {# voters}}, root {root}",
    ballots:
      "Ballots checked: {checked, number}; counted: {counted, number}; rejected: {rejected, number} (the contract counts {contract, number})",
    verification:
      "Proofs verified in {seconds, number, ::.00} s ({perSecond, number, ::precision-integer} ballots per second)",
    rejectedBallot: "Rejected ballot, nullifier {nullifier} (transaction {transaction}, block {block, number}):",
    verdict: {
      MATCH: "MATCH: every counted ballot checks out, and the contract's tally equals the recount.",
      MISMATCH: "MISMATCH: the contract's figures differ from the recount:",
    },
  },

  downloadsTitle: "Keep a copy",
  downloadsHint:
    "The audit bundle lets anyone repeat this recount offline, in this page or with the command “ballotbox verify-bundle”.",
  downloadJson: "Download report (JSON)",
  downloadText: "Download report (text)",
  downloadBundle: "Download audit bundle",

  errorTitle: "The recount could not finish",
  errors: {
    wrongChain: "The node at {rpcUrl} is on chain {actual}, not on this site's chain {expected}.",
    pollNotFound: "There is no poll {pollId} on this deployment.",
    bundleNotJson:
      "This file cannot be recounted: it is not an audit bundle (it is not even JSON). Choose the bundle downloaded from a recount.",
    bundleInvalid:
      "This file cannot be recounted: it is not a Ballotbox audit bundle, or one this version cannot read.",
    bundleInvalidField:
      "This file cannot be recounted: its field “{field}” is missing or wrong. It may have been cut short or altered.",
    unreadableFile: "This file could not be read. Choose the file again.",
    verificationKey:
      "This site could not provide the verification key for tree depth {depth, number} (HTTP {status}), so the proofs cannot be checked. Try again later.",
    crashed:
      "The recount stopped unexpectedly (the browser may have run out of memory). Reload the page and try again.",
  },
} as const;
