/**
 * Ethereum addresses as people paste them: checksummed (EIP-55) or in one case. One place decides
 * what counts as an address, so an allowlist file and a form accept exactly the same values.
 */
import { getAddress, zeroAddress, type Address } from "viem";
import { quoteForMessage } from "../identity/quote.ts";

/** The result of reading an address: the checksummed address, or why the text is not one (a clause). */
export type AddressReading = { ok: true; address: Address } | { ok: false; reason: string };

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const DECIMAL = /^[0-9]+$/;

/** Reads text as an Ethereum address; never throws. */
export function readAddress(text: string): AddressReading {
  const fail = (reason: string): AddressReading => ({ ok: false, reason });
  if (text === "") return fail("it is empty");
  if (DECIMAL.test(text))
    return fail("it is a decimal number, like an identity commitment; an address is 0x and 40 hex digits");
  if (!ADDRESS.test(text)) return fail("0x followed by 40 hexadecimal digits");
  const address = getAddress(text);
  const digits = text.slice(2);
  // EIP-55: letters in both cases make a checksum, and a wrong one means a typo. Letters in one case
  // carry no checksum and are accepted as they are.
  const mixedCase = digits !== digits.toLowerCase() && digits !== digits.toUpperCase();
  if (mixedCase && address !== text) {
    return fail("its capital letters are an EIP-55 checksum that does not match; check it for a typo");
  }
  if (address === zeroAddress) return fail("it is the zero address, which no wallet or key controls");
  return { ok: true, address };
}

/** Reads text as an Ethereum address, returned checksummed; throws a RangeError that says what is wrong. */
export function parseAddress(text: string): Address {
  const reading = readAddress(text);
  if (!reading.ok) throw new RangeError(`${quoteForMessage(text)} is not an Ethereum address (${reading.reason}).`);
  return reading.address;
}
