"use client";
import { exportIdentityBackup } from "@/lib/identity/backup.ts";
import type { Identity } from "@/lib/identity/identity.ts";
import { Button, Card, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { downloadText } from "@/app/_lib/download.ts";
import { useAsyncAction } from "./async-action.ts";
import { useNewPassphrase } from "./new-passphrase-fields.tsx";

export function BackupCard({ identity }: { identity: Identity }) {
  const words = useTranslations("identity");
  const newPassphrase = useNewPassphrase(words("backupHint"));
  const [state, run] = useAsyncAction();
  return (
    <Card>
      <h2 className="text-lg font-semibold">{words("backupTitle")}</h2>
      <form
        className="mt-4 flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!newPassphrase.ready) return;
          run(async () => {
            const text = await exportIdentityBackup(identity, newPassphrase.passphrase);
            downloadText(`ballotbox-identity-${identity.commitment.toString().slice(0, 8)}.json`, text);
            newPassphrase.clear();
          });
        }}
      >
        {newPassphrase.fields}
        <div>
          <Button type="submit" disabled={!newPassphrase.ready} busy={state.status === "busy"}>
            {state.status === "busy" ? words("backingUp") : words("backup")}
          </Button>
        </div>
        {state.status === "done" && <Notice tone="success">{words("backedUp")}</Notice>}
        {state.status === "error" && <Notice tone="error">{state.message}</Notice>}
      </form>
    </Card>
  );
}
