export const manage = {
  title: "Manage",
  voters: "{value, plural, one {# voter} other {# voters}}",
  loadingRoll: "reading the roll…",

  phase: {
    freezes: "The roll freezes when voting opens at {time} (in {countdown}).",
    freezesHint:
      "Until then you can add voters, hand out invite links and set a wallet allowlist. After that nobody can join or be removed.",
    opened: "Voting has opened: the roll is frozen ({voters}).",
    closed: "Voting has closed: the roll is frozen ({voters}).",
    frozenHint:
      "Nobody can join the roll or be removed from it any more, whether by the organizer, invite or allowlist.",
  },

  who: {
    title: "Only the organizer can change the roll",
    body: "Only this poll's organizer can add voters, publish invites or set the allowlist:",
    connect: "Connect that wallet with the Connect wallet button at the top of the page.",
    connectedAs: "You are connected as",
  },

  csv: {
    pasteHint:
      'One per line; a comma at the end of a line is fine. A spreadsheet\'s CSV export works too, with a header row naming the "{column}" column (other columns are ignored).',
    fileHint: "The file's text is loaded into the box above, so its line numbers match the problems listed.",
    loaded: "Loaded {name} ({lines, plural, one {# line} other {# lines}}).",
    unreadable: "The file {name} could not be read. Choose it again, or paste its text.",
    problems: "{value, plural, one {The list has a problem:} other {The list has # problems:}}",
    clear: "Clear",
    clearList:
      "{list, select, commitments {Clear the commitments} addresses {Clear the addresses} other {Clear the list}}",
    andMore: "… and {value, number} more.",
  },

  add: {
    title: "Add voters",
    intro:
      "Add voters by their identity commitment: each voter creates an identity in this app (My identity) and sends you the commitment it shows. Commitments are public; they reveal nothing about how anyone votes.",
    label: "Identity commitments",
    placeholder: "1234567890123456789…\n9876543210987654321…",
    button: "Add voters",
    file: "Or choose a CSV file of commitments",
    empty: "Paste identity commitments or choose a CSV file first.",
    rollLoading: "The roll is still being read from the chain; try again in a moment.",
    summary: "{found, plural, one {# commitment} other {# commitments}} found: {fresh, number} to add.",
    alreadyOnRoll:
      "{value, plural, one {# commitment is} other {# commitments are}} already on the roll and will be skipped:",
    nothingNew: "Every commitment in the list is already on the roll: there is nothing to add.",
    repeated:
      "{value, plural, one {# line repeats} other {# lines repeat}} an earlier commitment of the list and will be skipped.",
    skipped: "{alreadyOnRoll, number} already on the roll, {repeated, number} repeated, {added, number} added.",
    plan: "{transactions, plural, one {{voters, plural, one {# voter} other {# voters}} in 1 transaction.} other {{voters, plural, one {# voter} other {# voters}} in {transactions, number} transactions of up to 200 each; your wallet asks you to confirm each one.}}",
    transaction: "Transaction {index, number} of {total, number}",
    progress: "{added, number} of {total, number} voters added",
    chunkDone: "Transaction {index, number} of {total, number} done: voters {from, number} to {to, number} added.",
    done: "Added {value, plural, one {# voter} other {# voters}} to the roll.",
    partial:
      "Added {added, number} of {total, number} voters; the rest were not added. Press Add voters again to add them: the ones already on the roll are skipped.",
  },

  invites: {
    title: "Invites",
    intro:
      "Each invite link lets one person put their own identity on the roll. The links are made in this browser: their keys never leave it until you hand them out.",
    statusOn: "Invites are on: links of the poll's current invite set can be used to join.",
    statusOff: "Invites are off: no invite link works until you publish a set.",
    countLabel: "Number of invites",
    countHint: "From 1 to {max, number}.",
    countEmpty: "Enter how many invite links to create.",
    countInvalid: "Enter a whole number from 1 to {max, number}.",
    create: "Create invite links",
    creating: "Creating the links…",
    created: "{value, plural, one {# invite link} other {# invite links}} created in this browser.",
    unsaved:
      "These links exist only in this tab: save them (download or print) before publishing, or reloading the page loses them.",
    replacesScreen: "Creating links again replaces the ones below.",
    download: "Download CSV",
    print: "Print QR sheet",
    preparingQr: "Drawing QR codes: {done, number} of {total, number}.",
    qrFailed: "The QR codes could not be drawn. Download the CSV instead, or create the links again.",
    saved: "I have saved these links",
    publish: "Publish these invites on chain",
    publishNeedsSave: "Download or print the links (or tick the box) before publishing them.",
    replaceWarning:
      "Publishing replaces any earlier invite set of this poll: its unused links stop working. Voters who already joined stay on the roll.",
    published: "These links are live: the poll's invite set is the one below.",
    publishedDone: "Published: the links below now let voters join.",
    turnOff: "Turn off invites",
    turnOffHint: "Stops every unused link of the current set from working (for example if links leaked).",
    turnedOff: "Invites are off.",
    listHeading: "Invite links",
    invite: "Invite {index, number}",
    qrAlt: "QR code of invite {index, number}",
    showAll: "Show all {value, number} links",
    showFewer: "Show fewer",
    shown: "Showing {shown, number} of {total, number} links.",
    sheetTitle: "Invites to poll #{pollId}",
    sheetHint: "Scan the code, or open the link, to join the roll. Each invite works once.",
  },

  allowlist: {
    title: "Wallet allowlist",
    intro:
      "Allow a list of wallets to join: each listed wallet can put one identity on the roll, signing with that wallet.",
    statusSet: "An allowlist is set.",
    statusNone: "No allowlist is set.",
    matches: "The list below is the poll's current allowlist.",
    label: "Wallet addresses",
    placeholder: "0x…\n0x…",
    summary: "{value, plural, one {# wallet} other {# wallets}} in the list.",
    set: "Set allowlist",
    file: "Or choose a CSV file of addresses",
    empty: "Paste wallet addresses or choose a CSV file first.",
    replaceWarning: "Setting the allowlist replaces any earlier one. Wallets that already joined stay on the roll.",
    done: "Allowlist set: {value, plural, one {# wallet} other {# wallets}}.",
    download: "Download allowlist CSV",
    share:
      "Share this file with the voters: each registers from their wallet with it. Keep it: registering needs exactly this list.",
    remove: "Remove the allowlist",
    removeHint: "Stops wallets that have not joined yet from joining by the allowlist.",
    removed: "The allowlist is removed.",
  },

  registrations: {
    title: "Registrations",
    onRoll: "{value, plural, one {# voter} other {# voters}} on the roll",
    byRoute:
      "{invite, number} by invite, {allowlist, number} from allowlisted wallets, {organizer, number} added by the organizer.",
    removed: "{value, plural, one {# voter was} other {# voters were}} removed by the organizer.",
    atBlock: "As of block {block}.",
    empty: "Nobody is on the roll yet.",
    loadError: "The registrations could not be read from the chain.",
    search: "Find a commitment",
    searchHint: "Part of a commitment: voters can check they are on the roll.",
    noMatch: "No commitment on the roll matches.",
    listLabel: "Voters on the roll",
    index: "Index",
    commitment: "Commitment",
    joined: "Joined",
    via: {
      invite: "Invite",
      allowlist: "Allowlisted wallet",
      organizer: "Added by the organizer",
      removed: "Removed",
    },
    showAll: "Show all {value, number}",
    showFewer: "Show fewer",
    shown: "Showing {shown, number} of {total, number}.",
    download: "Download roll CSV",
  },
} as const;
