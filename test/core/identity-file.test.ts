/**
 * Identity files as the CLI reads and writes them: plain files and encrypted backups, told apart by
 * their format, with the passphrase asked for only when a backup needs it.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { DamagedBackupError, exportIdentityBackup } from "../../lib/identity/backup.ts";
import { WrongPassphraseError } from "../../lib/identity/passphrase-box.ts";
import {
  PassphraseRequiredError,
  identityDocumentKind,
  openIdentityDocument,
} from "../../lib/identity/identity-document.ts";
import { readIdentityFile, writeIdentityFile } from "../../lib/identity/identity-file.node.ts";
import { createIdentity, exportPrivateKey } from "../../lib/identity/identity.ts";
import {
  InvalidIdentityFileError,
  plainIdentityFromJson,
  plainIdentityToJson,
} from "../../lib/identity/plain-identity.ts";

const PASSPHRASE = "a long enough passphrase";
const identity = createIdentity();
const plain = plainIdentityToJson(identity);
let backup: string;
let directory: string;

before(async () => {
  backup = await exportIdentityBackup(identity, PASSPHRASE);
  directory = await mkdtemp(path.join(tmpdir(), "ballotbox-identity-"));
});

after(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** A passphrase prompt that records whether it was asked. */
function prompt(answer = PASSPHRASE) {
  const calls: number[] = [];
  return Object.assign(
    () => {
      calls.push(1);
      return Promise.resolve(answer);
    },
    { calls },
  );
}

describe("plain identity file", () => {
  it("Should round-trip an identity as { format, version, privateKey, commitment }", () => {
    assert.deepEqual(JSON.parse(plain), {
      format: "ballotbox-identity",
      version: 1,
      privateKey: exportPrivateKey(identity),
      commitment: identity.commitment.toString(),
    });
    assert.equal(plainIdentityFromJson(plain).commitment, identity.commitment);
  });

  it("Should reject a private key that does not match the commitment, without quoting the key", () => {
    const document = JSON.parse(plain) as Record<string, unknown>;
    document.commitment = createIdentity().commitment.toString();
    assert.throws(
      () => plainIdentityFromJson(JSON.stringify(document)),
      (error: unknown) =>
        error instanceof InvalidIdentityFileError &&
        /does not belong to its commitment/.test(error.message) &&
        !error.message.includes(exportPrivateKey(identity)),
    );
  });

  it("Should reject a private key that is not base64, without quoting it", () => {
    const document = JSON.parse(plain) as Record<string, unknown>;
    document.privateKey = "secret words!";
    assert.throws(
      () => plainIdentityFromJson(JSON.stringify(document)),
      (error: unknown) =>
        error instanceof InvalidIdentityFileError &&
        /"privateKey" is not a Semaphore private key/.test(error.message) &&
        !error.message.includes("secret words"),
    );
  });

  it("Should reject missing fields, another version and non-JSON", () => {
    assert.throws(() => plainIdentityFromJson('{"format":"ballotbox-identity","version":1}'), {
      name: "InvalidIdentityFileError",
      message: /"privateKey" is missing; "commitment" is missing/,
    });
    assert.throws(() => plainIdentityFromJson('{"format":"ballotbox-identity","version":3}'), /has version 3/);
    assert.throws(() => plainIdentityFromJson(plain.slice(0, 40)), /not valid JSON/);
  });
});

describe("identity document", () => {
  it("Should tell plain files from backups, even cut short", () => {
    assert.equal(identityDocumentKind(plain), "plain");
    assert.equal(identityDocumentKind(backup), "backup");
    assert.equal(identityDocumentKind(plain.slice(0, 50)), "plain");
    assert.equal(identityDocumentKind(backup.slice(0, 50)), "backup");
    assert.throws(() => identityDocumentKind('{"format":"other"}'), InvalidIdentityFileError);
    assert.throws(() => identityDocumentKind("hello"), InvalidIdentityFileError);
  });

  it("Should open a plain file without asking for a passphrase", async () => {
    const ask = prompt();
    assert.equal((await openIdentityDocument(plain, ask)).commitment, identity.commitment);
    assert.equal(ask.calls.length, 0);
  });

  it("Should open a backup with a passphrase or a prompt, and require one", async () => {
    const ask = prompt();
    assert.equal((await openIdentityDocument(backup, ask)).commitment, identity.commitment);
    assert.equal(ask.calls.length, 1);
    await assert.rejects(openIdentityDocument(backup), PassphraseRequiredError);
  });

  it("Should report a damaged backup before asking for its passphrase", async () => {
    const ask = prompt();
    await assert.rejects(openIdentityDocument(backup.slice(0, 100), ask), DamagedBackupError);
    assert.equal(ask.calls.length, 0);
  });
});

describe("identity file (Node)", () => {
  it("Should write a plain file only its owner can read, and read it back", async () => {
    const file = path.join(directory, "plain.json");
    await writeIdentityFile(file, identity);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    assert.equal(await readFile(file, "utf8"), plain);
    assert.equal((await readIdentityFile(file)).commitment, identity.commitment);
  });

  it("Should write an encrypted backup given a passphrase, and read it back with it", async () => {
    const file = path.join(directory, "backup.json");
    await writeIdentityFile(file, identity, { passphrase: PASSPHRASE });
    assert.equal((await stat(file)).mode & 0o777, 0o600);
    assert.ok(!(await readFile(file, "utf8")).includes(exportPrivateKey(identity)));
    assert.equal((await readIdentityFile(file, PASSPHRASE)).commitment, identity.commitment);
    await assert.rejects(readIdentityFile(file, "not the passphrase"), WrongPassphraseError);
    await assert.rejects(readIdentityFile(file), PassphraseRequiredError);
  });

  it("Should not overwrite an existing file unless asked to", async () => {
    const file = path.join(directory, "existing.json");
    await writeFile(file, "precious");
    await assert.rejects(writeIdentityFile(file, identity), /already exists and may hold another identity/);
    assert.equal(await readFile(file, "utf8"), "precious");
    await writeIdentityFile(file, identity, { overwrite: true });
    assert.equal((await readIdentityFile(file)).commitment, identity.commitment);
    assert.equal((await stat(file)).mode & 0o777, 0o600);
  });

  it("Should say when there is no file", async () => {
    await assert.rejects(readIdentityFile(path.join(directory, "missing.json")), /There is no identity file at/);
  });
});
