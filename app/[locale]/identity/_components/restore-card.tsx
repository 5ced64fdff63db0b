"use client";
import { useState } from "react";
import { importIdentityBackup } from "@/lib/identity/backup.ts";
import { Button, Card, Field, Notice, inputClass } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { saveIdentity } from "@/app/_lib/identity-store.ts";
import { useAsyncAction } from "./async-action.ts";

export function RestoreCard({ hasIdentity }: { hasIdentity: boolean }) {
  const words = useTranslations("identity");
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState("");
  const [state, run] = useAsyncAction();
  return (
    <Card>
      <h2 className="text-lg font-semibold">{words("restoreTitle")}</h2>
      <form
        className="mt-4 flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          run(async () => {
            if (file === undefined) throw new Error(words("chooseFile"));
            await saveIdentity(await importIdentityBackup(await file.text(), passphrase));
            setPassphrase("");
          });
        }}
      >
        {hasIdentity && <Notice tone="warning">{words("replaceWarning")}</Notice>}
        <Field label={words("restoreFile")}>
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
        <Field label={words("passphrase")}>
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
            {state.status === "busy" ? words("restoring") : words("restore")}
          </Button>
        </div>
        {state.status === "done" && <Notice tone="success">{words("restored")}</Notice>}
        {state.status === "error" && <Notice tone="error">{state.message}</Notice>}
      </form>
    </Card>
  );
}
