/** A count with thousands separators: 12,345. */
const count = (value: number | bigint) =>
  (typeof value === "bigint" ? value : Math.round(value)).toLocaleString("en-US");

export const recount = {
  metaTitle: "Recount",
  title: "Recount this poll yourself",
  intro:
    "An independent recount that runs entirely in your browser. It trusts neither this site's server nor the contract's own bookkeeping: every figure is recomputed from the ballots themselves.",
  checksTitle: "What is checked",
  checks: [
    "Every ballot's zero-knowledge proof is verified again, here in your browser.",
    "The roll of voters is rebuilt from Semaphore's membership events, and its root compared with the poll's frozen root.",
    "Every ballot must carry this poll's scope and the frozen roll root, be a valid choice among the options and be cast within the voting window; each nullifier counts once.",
    "The tally is recomputed from the valid ballots and compared, option by option, with the contract's.",
  ],
  chainSource: (rpcUrl: string) => `From the chain, ballots are read directly from the node at ${rpcUrl}.`,
  fromChain: "Recount from the chain",
  notStarted: (opensAt: string) =>
    `Voting has not started: this poll is still in registration, so there are no ballots to recount yet. Voting opens ${opensAt}.`,
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
  blocks: (last: bigint, to: bigint) => `Block ${count(last)} of ${count(to)}`,
  ballotsDone: (done: number, total: number) =>
    total === 1 ? `${count(done)} of 1 ballot` : `${count(done)} of ${count(total)} ballots`,
  rate: (perSecond: number) => `${count(perSecond)} ballots per second`,
  elapsed: (duration: string) => `Elapsed: ${duration}`,
  percentDone: (percent: number) => `${percent}% done`,
  cancel: "Cancel",
  cancelled: "Recount cancelled.",

  resultTitle: "Result",
  verdictExplanation: {
    MATCH: "Every counted ballot checks out, and the contract's tally equals the recomputed one.",
    MISMATCH: "The contract's figures differ from the recount. Every difference is listed below.",
  },
  provisional:
    "The poll was still open at the block read: more ballots may still be cast, so this result is provisional.",
  fromBundle: (fileName: string) => `Recounted offline from the audit bundle ${fileName}.`,
  otherPoll: (bundlePoll: string, pagePoll: string) =>
    `This bundle is of poll #${bundlePoll}, not of poll #${pagePoll} shown on this page: the result is about poll #${bundlePoll}.`,
  otherDeployment: (chainId: number, ballotbox: string) =>
    `This bundle comes from another deployment than this site's: chain ${chainId}, contract ${ballotbox}.`,

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
  count,
  blockAt: (block: bigint, time: string) => `${count(block)} (${time})`,
  speed: (perSecond: number, seconds: number) =>
    `${count(perSecond)} ballots per second (${seconds.toFixed(2)} s in all)`,

  discrepanciesTitle: "Discrepancies",
  rejectedTitle: (rejected: number) => (rejected === 1 ? "1 rejected ballot" : `${count(rejected)} rejected ballots`),
  rejected: { nullifier: "Nullifier", transaction: "Transaction", block: "Block", reasons: "Why it is rejected" },
  reason: (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`,

  downloadsTitle: "Keep a copy",
  downloadsHint:
    "The audit bundle lets anyone repeat this recount offline, in this page or with the command “ballotbox verify-bundle”.",
  downloadJson: "Download report (JSON)",
  downloadText: "Download report (text)",
  downloadBundle: "Download audit bundle",

  errorTitle: "The recount could not finish",
  errors: {
    wrongChain: (rpcUrl: string, actual: number, expected: number) =>
      `The node at ${rpcUrl} is on chain ${actual}, not on this site's chain ${expected}.`,
    pollNotFound: (pollId: string) => `There is no poll ${pollId} on this deployment.`,
    badBundle: (detail: string) => `This file cannot be recounted. ${detail}`,
    unreadableFile: "This file could not be read. Choose the file again.",
    verificationKey: (depth: number, status: number) =>
      `This site could not provide the verification key for tree depth ${depth} (HTTP ${status}), so the proofs cannot be checked. Try again later.`,
    crashed:
      "The recount stopped unexpectedly (the browser may have run out of memory). Reload the page and try again.",
  },
};
