/**
 * The relayer's refusals, by the code of lib/relayer/protocol.ts (the relayer's own sentence is
 * English, for logs and the CLI; the app shows these), and the client's own failures to reach it.
 * Contract errors, which the relayer passes on by the same codes, are worded in contract-errors.ts.
 */
export const errors = {
  relayer: {
    not_found: "The relayer has no such endpoint. The app and the relayer may be different versions.",
    method_not_allowed: "The relayer refused this kind of request.",
    receipt_not_found: "The relayer has no receipt with this id. It may have been sent to another relayer.",
    rate_limited: "Too many requests from your address. Wait a few seconds and try again.",
    queue_full: "The relayer is busy right now: its queue is full. Try again in a minute.",
    body_too_large: "The request is larger than the relayer accepts.",
    malformed_json: "The relayer could not read the request.",
    invalid_body: "The relayer could not read the request: a field is missing or malformed.",
    invalid_commitment: "The identity commitment must be a number from 1 to below the SNARK field.",
    already_queued: "Another request for this voter or invite is already waiting at the relayer.",
    sealed_unsupported: "This relayer does not take sealed ballots. Send the ballot from your wallet instead.",
    unavailable: "The relayer cannot check this right now. Try again in a moment.",
    unreachable: "The relayer cannot be reached. Check your connection and try again.",
    http_error: "The relayer answered with an unexpected error (HTTP {status}). Try again.",
  },
  // Errors of lib/identity, by class: their own messages are English and may name internals.
  identity: {
    weakPassphrase: "The passphrase is too short.",
    wrongPassphrase: "That passphrase does not open this backup. Check it (capital letters count) and try again.",
    damagedBackup:
      "This file is not a Ballotbox identity backup this version can open: it may be cut short or altered.",
    invalidFile: "This file is not a Ballotbox identity file.",
    passphraseRequired: "This backup is encrypted: type its passphrase.",
    unreadable: "The identity stored in this browser cannot be opened: it may be damaged, or its key was lost.",
  },
  // The local development account's checks of the node (app/_lib/local-dev-account.ts).
  localAccount: {
    unreachable: "The local chain at {rpcUrl} does not answer. Is “npm start” still running?",
    wrongChain:
      "The node at {rpcUrl} is on chain {chainId}: the local development account works only on the local chain (31337).",
  },
  unknown: "Something went wrong: {detail}",
} as const;
