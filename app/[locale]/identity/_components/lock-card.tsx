"use client";
/** The optional passphrase lock: set it, lock the page again, or remove it. */
import { MIN_PASSPHRASE_LENGTH } from "@/lib/identity/passphrase-box.ts";
import type { Identity } from "@/lib/identity/identity.ts";
import { Button, Card, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { lockIdentity, removeIdentityPassphrase, setIdentityPassphrase } from "@/app/_lib/identity-store.ts";
import { useAsyncAction } from "./async-action.ts";
import { useNewPassphrase } from "./new-passphrase-fields.tsx";

export function LockCard({ identity, passphraseSet }: { identity: Identity; passphraseSet: boolean }) {
  const words = useTranslations("identity");
  const newPassphrase = useNewPassphrase(words("lockPassphraseHint", { min: MIN_PASSPHRASE_LENGTH }));
  const [state, run] = useAsyncAction();
  return (
    <Card>
      <h2 className="text-lg font-semibold">{words("lockTitle")}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{words("lockHint")}</p>
      {passphraseSet ? (
        <div className="mt-4 flex flex-col gap-4">
          <Notice tone="success">{words("passphraseSet")}</Notice>
          <div className="flex flex-wrap gap-3">
            <Button onClick={lockIdentity}>{words("lockNow")}</Button>
            <Button
              variant="secondary"
              busy={state.status === "busy"}
              onClick={() => {
                run(() => removeIdentityPassphrase(identity));
              }}
            >
              {words("removePassphrase")}
            </Button>
          </div>
        </div>
      ) : (
        <form
          className="mt-4 flex flex-col gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!newPassphrase.ready) return;
            run(async () => {
              await setIdentityPassphrase(identity, newPassphrase.passphrase);
              newPassphrase.clear();
            });
          }}
        >
          {newPassphrase.fields}
          <div>
            <Button type="submit" disabled={!newPassphrase.ready} busy={state.status === "busy"}>
              {state.status === "busy" ? words("settingPassphrase") : words("setPassphrase")}
            </Button>
          </div>
          {state.status === "done" && <Notice tone="success">{words("passphraseRemoved")}</Notice>}
        </form>
      )}
      {state.status === "error" && (
        <Notice tone="error" className="mt-4">
          {state.message}
        </Notice>
      )}
    </Card>
  );
}
