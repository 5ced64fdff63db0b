/**
 * Node's built-in SQLite (node:sqlite), loaded without its one-time "experimental" warning: the
 * relayer depends on it on purpose (no native add-on to build), so the warning only adds noise.
 * Any other warning, then or later, still prints.
 */
import type { DatabaseSync } from "node:sqlite";

export type Database = DatabaseSync;

const originalEmit = process.emitWarning.bind(process);
process.emitWarning = (warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === "string" ? warning : warning.message;
  const type = typeof rest[0] === "string" ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
  if (type === "ExperimentalWarning" && /SQLite/i.test(text)) return;
  originalEmit(warning, ...(rest as []));
};

const { DatabaseSync: Sqlite } = await import("node:sqlite");
// The warning fires while the module loads; from here on every warning prints as usual.
process.emitWarning = originalEmit;

export function openDatabase(file: string): Database {
  return new Sqlite(file);
}
