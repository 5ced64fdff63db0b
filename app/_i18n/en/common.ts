export const common = {
  appName: "Ballotbox",
  tagline: "Anonymous polls that anyone can recount.",
  nav: { polls: "Polls", create: "Create a poll", identity: "My identity", main: "Main" },
  language: { label: "Language", changing: "Changing the language…" },
  skipToContent: "Skip to content",
  loading: "Loading…",
  retry: "Try again",
  cancel: "Cancel",
  close: "Close",
  copy: "Copy",
  copied: "Copied",
  download: "Download",
  seconds: "{value, number, seconds} s",
  // A duration in two units at most, the largest first (see app/_i18n/use-formats.ts).
  duration: {
    daysHours: "{days, number} d {hours, number} h",
    hoursMinutes: "{hours, number} h {minutes, number} min",
    minutesSeconds: "{minutes, number} min {seconds, number} s",
    seconds: "{seconds, number} s",
  },
  phase: { registration: "Registration", voting: "Voting open", closed: "Closed" },
  ballotType: { single: "Single choice", approval: "Approval (any number)" },
  // {relative} is Intl's relative time in the reader's language: "in 3 hours", "2 days ago".
  timeLeft: {
    opensIn: "Opens {relative}",
    closesIn: "Closes {relative}",
    closedAgo: "Closed {relative}",
  },
  turnout: "{count, number} of {roll, number} voted ({share})",
  footer: "Chain {chainId} · contract",
  notFound: {
    title: "Page not found",
    description: "There is no page at this address. The link may be incomplete or out of date.",
    home: "Go to the polls",
  },
  configError: {
    title: "Ballotbox is not configured",
    body: "The server could not find the Ballotbox deployment:",
  },
  chainUnreachable:
    "The chain at {rpcUrl} does not answer. If you run Ballotbox locally, is “npm start” still running?",
  wallet: {
    connect: "Connect wallet",
    connecting: "Connecting…",
    disconnect: "Disconnect",
    chooseTitle: "Connect a wallet",
    noWallet: "No browser wallet was found. Install one (for example MetaMask or Rabby) and reload the page.",
    localDev: "Local development account",
    localDevNote:
      "Local development only: an account of the local Hardhat node, which signs for it. It exists on chain 31337 and nowhere else.",
    wrongChain: "Your wallet is on another network. Switch it to chain {chainId}.",
    switchChain: "Switch network",
    switchFirst: "Your wallet is on another network: switch it to this app's network and try again.",
    rejected: "You declined the request in your wallet.",
    notConnected: "Connect a wallet first: the organizer's actions are transactions that your wallet signs.",
  },
  transaction: {
    confirm: "Confirm the transaction in your wallet…",
    pending: "Waiting for the transaction to be mined…",
    done: "Done.",
    reverted: "The transaction was mined but failed. Nothing changed on chain.",
  },
} as const;
