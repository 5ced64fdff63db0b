"use client";
import { useState } from "react";
import { MIN_PASSPHRASE_LENGTH, exportIdentityBackup, importIdentityBackup } from "@/lib/identity/backup.ts";
import { createIdentity, type Identity } from "@/lib/identity/identity.ts";
import { Button, Card, Field, Mono, Notice, inputClass } from "@/app/_components/ui.tsx";
import { useMessages } from "@/app/_i18n/index.ts";
import { describeError } from "@/app/_lib/describe-error.ts";
import { downloadText } from "@/app/_lib/download.ts";
import { forgetIdentity, saveIdentity, useIdentity } from "@/app/_lib/identity-store.ts";
import { RegisteredPolls } from "./registered-polls.tsx";

export function IdentityManager() {
  const { identity: words, common } = useMessages();
  const identity = useIdentity();
  const [justCreated, setJustCreated] = useState(false);

  if (identity === undefined) return <p className="text-slate-500">{common.loading}</p>;
  return (
    <>
      <Notice tone="info">{words.localOnly}</Notice>
      {identity === null ? (
        <Card className="flex flex-col items-start gap-4">
          <p>{words.none}</p>
          <Button
            onClick={() => {
              saveIdentity(createIdentity());
              setJustCreated(true);
            }}
          >
            {words.create}
          </Button>
        </Card>
      ) : (
        <>
          {justCreated && <Notice tone="success">{words.created}</Notice>}
          <Card className="flex flex-col gap-2">
            <h2 className="text-sm font-medium">{words.commitmentLabel}</h2>
            <p data-testid="identity-commitment">
              <Mono>{identity.commitment.toString()}</Mono>
            </p>
            <p className="text-sm text-slate-500 dark:text-slate-400">{words.commitmentHint}</p>
          </Card>
          <BackupCard identity={identity} />
          <RegisteredPolls identity={identity} />
        </>
      )}
      <RestoreCard hasIdentity={identity !== null} />
      {identity !== null && <ForgetCard />}
    </>
  );
}

function BackupCard({ identity }: { identity: Identity }) {
  const { identity: words } = useMessages();
  const [passphrase, setPassphrase] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [state, setState] = useState<{ status: "idle" | "busy" | "done" } | { status: "error"; message: string }>({
    status: "idle",
  });
  const tooShort = passphrase !== "" && passphrase.length < MIN_PASSPHRASE_LENGTH;
  const mismatch = confirmation !== "" && confirmation !== passphrase;
  const ready = passphrase.length >= MIN_PASSPHRASE_LENGTH && confirmation === passphrase;

  return (
    <Card>
      <h2 className="text-lg font-semibold">{words.backupTitle}</h2>
      <form
        className="mt-4 flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready) return;
          setState({ status: "busy" });
          exportIdentityBackup(identity, passphrase)
            .then((text) => {
              downloadText(`ballotbox-identity-${identity.commitment.toString().slice(0, 8)}.json`, text);
              setPassphrase("");
              setConfirmation("");
              setState({ status: "done" });
            })
            .catch((error: unknown) => {
              setState({ status: "error", message: describeError(error) });
            });
        }}
      >
        <Field
          label={words.passphrase}
          hint={words.backupHint}
          error={tooShort ? words.tooShort(MIN_PASSPHRASE_LENGTH) : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.target.value);
              }}
              className={inputClass(tooShort)}
            />
          )}
        </Field>
        <Field label={words.confirmPassphrase} error={mismatch ? words.mismatch : undefined}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={confirmation}
              onChange={(event) => {
                setConfirmation(event.target.value);
              }}
              className={inputClass(mismatch)}
            />
          )}
        </Field>
        <div>
          <Button type="submit" disabled={!ready} busy={state.status === "busy"}>
            {state.status === "busy" ? words.backingUp : words.backup}
          </Button>
        </div>
        {state.status === "done" && <Notice tone="success">{words.backedUp}</Notice>}
        {state.status === "error" && <Notice tone="error">{state.message}</Notice>}
      </form>
    </Card>
  );
}

function RestoreCard({ hasIdentity }: { hasIdentity: boolean }) {
  const { identity: words } = useMessages();
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState("");
  const [state, setState] = useState<{ status: "idle" | "busy" | "done" } | { status: "error"; message: string }>({
    status: "idle",
  });
  return (
    <Card>
      <h2 className="text-lg font-semibold">{words.restoreTitle}</h2>
      <form
        className="mt-4 flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (file === undefined) {
            setState({ status: "error", message: words.chooseFile });
            return;
          }
          setState({ status: "busy" });
          file
            .text()
            .then((text) => importIdentityBackup(text, passphrase))
            .then((identity) => {
              saveIdentity(identity);
              setPassphrase("");
              setState({ status: "done" });
            })
            .catch((error: unknown) => {
              setState({ status: "error", message: describeError(error) });
            });
        }}
      >
        {hasIdentity && <Notice tone="warning">{words.replaceWarning}</Notice>}
        <Field label={words.restoreFile}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                setFile(event.target.files?.[0]);
              }}
              className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-slate-200 file:px-4 file:font-semibold dark:file:bg-slate-700 dark:file:text-slate-100"
            />
          )}
        </Field>
        <Field label={words.passphrase}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.target.value);
              }}
              className={inputClass(false)}
            />
          )}
        </Field>
        <div>
          <Button type="submit" variant="secondary" busy={state.status === "busy"}>
            {state.status === "busy" ? words.restoring : words.restore}
          </Button>
        </div>
        {state.status === "done" && <Notice tone="success">{words.restored}</Notice>}
        {state.status === "error" && <Notice tone="error">{state.message}</Notice>}
      </form>
    </Card>
  );
}

function ForgetCard() {
  const { identity: words } = useMessages();
  const [confirming, setConfirming] = useState(false);
  return (
    <Card className="flex flex-col items-start gap-3">
      <h2 className="text-lg font-semibold">{words.forgetTitle}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{words.forgetHint}</p>
      {confirming ? (
        <Button variant="danger" onClick={forgetIdentity}>
          {words.forgetConfirm}
        </Button>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {words.forget}
        </Button>
      )}
    </Card>
  );
}
