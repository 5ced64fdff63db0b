/**
 * JSON with bigints as decimal text: how every document Ballotbox writes (reports, audit bundles,
 * `--json` output, the relayer's journal) carries uint256 values, which JSON numbers would round
 * above 2^53. Readers parse them back with their own schemas.
 */

function decimalBigints(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

/** JSON.stringify with every bigint as a decimal string; `indent` as JSON.stringify's `space`. */
export function toDecimalJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, decimalBigints, indent);
}
