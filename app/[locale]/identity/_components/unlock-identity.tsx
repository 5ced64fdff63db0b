"use client";
/**
 * Asks for the passphrase of a locked identity. Shown by the identity page, and by any page that
 * needs the identity (the vote booth) when useIdentityState() says "locked".
 */
import { useState } from "react";
import { WrongPassphraseError } from "@/lib/identity/passphrase-box.ts";
import { Button, Card, Field, inputClass, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { unlockIdentity } from "@/app/_lib/identity-store.ts";
import { useAsyncAction } from "./async-action.ts";

export function UnlockIdentity() {
  const words = useTranslations("identity");
  const [passphrase, setPassphrase] = useState("");
  const [state, run] = useAsyncAction();
  return (
    <Card>
      <h2 className="text-lg font-semibold">{words("lockedTitle")}</h2>
      <form
        className="mt-4 flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          run(async () => {
            try {
              await unlockIdentity(passphrase);
            } catch (error) {
              // The backup's own sentence speaks of a backup file; here it is the stored identity.
              throw error instanceof WrongPassphraseError ? new Error(words("wrongPassphrase")) : error;
            }
          });
        }}
      >
        <Field label={words("passphrase")} hint={words("lockedHint")}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.target.value);
              }}
              className={inputClass(state.status === "error")}
            />
          )}
        </Field>
        <div>
          <Button type="submit" disabled={passphrase === ""} busy={state.status === "busy"}>
            {state.status === "busy" ? words("unlocking") : words("unlock")}
          </Button>
        </div>
        {state.status === "error" && <Notice tone="error">{state.message}</Notice>}
      </form>
    </Card>
  );
}
