/**
 * Identity commitments as people write them: decimal text, as Semaphore prints them and as they
 * go in CSV files and identity files. One place decides what counts as a commitment, so a file,
 * a form and the CLI accept and reject exactly the same values.
 */
import { SNARK_SCALAR_FIELD } from "../snark/field.ts";
import { quoteForMessage } from "./quote.ts";

/** Whether a number can be a voter on a roll: Semaphore group leaves are field elements, and 0 marks a removed voter. */
export function isIdentityCommitment(value: bigint): boolean {
  return value >= 1n && value < SNARK_SCALAR_FIELD;
}

/** The result of reading a commitment: the value, or why the text is not one (a clause for a sentence). */
export type CommitmentReading = { ok: true; commitment: bigint } | { ok: false; reason: string };

const DECIMAL = /^[0-9]+$/;
const ADDRESS_LIKE = /^0x[0-9a-fA-F]{40}$/;
// What Excel and LibreOffice make of a long number in a cell not formatted as text.
const SCIENTIFIC = /^[0-9](?:[.,][0-9]+)?e\+?[0-9]+$/i;

/** Reads decimal text as an identity commitment; never throws. */
export function readCommitment(text: string): CommitmentReading {
  const fail = (reason: string): CommitmentReading => ({ ok: false, reason });
  if (text === "") return fail("it is empty");
  if (ADDRESS_LIKE.test(text)) return fail("it is an Ethereum address; a commitment is a decimal number");
  if (SCIENTIFIC.test(text)) {
    return fail("a spreadsheet has rounded it to scientific notation; format the column as text and export again");
  }
  if (!DECIMAL.test(text)) return fail("a decimal number below the SNARK field");
  const value = BigInt(text);
  if (value === 0n) return fail("0 is not a commitment: commitments start at 1");
  if (value >= SNARK_SCALAR_FIELD) return fail("it is not below the SNARK field");
  return { ok: true, commitment: value };
}

/** Reads decimal text as an identity commitment; throws a RangeError that says what is wrong. */
export function parseCommitment(text: string): bigint {
  const reading = readCommitment(text);
  if (!reading.ok) throw new RangeError(`${quoteForMessage(text)} is not an identity commitment (${reading.reason}).`);
  return reading.commitment;
}
