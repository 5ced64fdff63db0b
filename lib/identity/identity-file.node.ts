/**
 * Identity files on disk, for the CLI: a plain identity file or an encrypted backup, both accepted
 * when reading. Node only (file system).
 */
import { randomUUID } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { exportIdentityBackup } from "./backup.ts";
import { openIdentityDocument, type PassphraseSource } from "./identity-document.ts";
import type { Identity } from "./identity.ts";
import { plainIdentityToJson } from "./plain-identity.ts";

export interface WriteIdentityFileOptions {
  /** Writes an encrypted backup with this passphrase; without it, a plain identity file. */
  passphrase?: string;
  /** Replaces an existing file. Off by default: the file may hold the only copy of another identity. */
  overwrite?: boolean;
}

/** The file's permissions: the owner alone may read it, as it holds (or protects) the voter's secret. */
const OWNER_ONLY = 0o600;

/** Writes an identity to `file`: a plain identity file, or an encrypted backup given a passphrase. */
export async function writeIdentityFile(
  file: string,
  identity: Identity,
  options: WriteIdentityFileOptions = {},
): Promise<void> {
  const text =
    options.passphrase === undefined
      ? plainIdentityToJson(identity)
      : await exportIdentityBackup(identity, options.passphrase);
  if (options.overwrite === true) {
    // Through a temporary file and a rename, so a crash never leaves a half-written identity in place
    // of a whole one.
    const temporary = `${file}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, text, { mode: OWNER_ONLY, flag: "wx" });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return;
  }
  try {
    await writeFile(file, text, { mode: OWNER_ONLY, flag: "wx" });
  } catch (error) {
    if (isErrorCode(error, "EEXIST")) {
      throw new Error(
        `${file} already exists and may hold another identity. Choose another file name, or remove that file first ` +
          "if you are sure you no longer need it.",
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * Reads the identity in `file`, a plain identity file or an encrypted backup. The passphrase (or the
 * prompt that asks for it) is used only for a backup. Throws the errors of openIdentityDocument, or
 * one saying the file does not exist.
 */
export async function readIdentityFile(file: string, passphrase?: PassphraseSource): Promise<Identity> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (isErrorCode(error, "ENOENT")) {
      throw new Error(`There is no identity file at ${file}. Check the path, or create an identity first.`, {
        cause: error,
      });
    }
    throw error;
  }
  return openIdentityDocument(text, passphrase);
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
