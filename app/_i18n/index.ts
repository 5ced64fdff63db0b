/**
 * Every sentence the app shows lives under app/_i18n/<locale>/, one file per area. English is the only
 * locale so far; a translation is another folder of the same shape (typed by Messages), chosen here.
 * Contract errors are worded once, in en/contract-errors.ts (by the codes of lib/contracts/contract-errors.ts).
 */
import { en } from "./en/index.ts";

export type Messages = typeof en;

export function useMessages(): Messages {
  return en;
}
