/** Where a recount's ballots come from: the chain, or an audit bundle the observer chose. */
export type RecountSource = { kind: "chain" } | { kind: "bundle"; fileName: string };
