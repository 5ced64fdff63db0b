"use client";
/** A new passphrase typed twice, checked for length and match: for a backup file and for the lock. */
import { useState, type ReactNode } from "react";
import { MIN_PASSPHRASE_LENGTH } from "@/lib/identity/passphrase-box.ts";
import { Field, inputClass } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";

export interface NewPassphrase {
  passphrase: string;
  /** Both fields agree and the passphrase is long enough. */
  ready: boolean;
  clear: () => void;
  fields: ReactNode;
}

export function useNewPassphrase(hint: string): NewPassphrase {
  const words = useTranslations("identity");
  const [passphrase, setPassphrase] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const tooShort = passphrase !== "" && passphrase.length < MIN_PASSPHRASE_LENGTH;
  const mismatch = confirmation !== "" && confirmation !== passphrase;
  const fields = (
    <>
      <Field
        label={words("passphrase")}
        hint={hint}
        error={tooShort ? words("tooShort", { min: MIN_PASSPHRASE_LENGTH }) : undefined}
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
      <Field label={words("confirmPassphrase")} error={mismatch ? words("mismatch") : undefined}>
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
    </>
  );
  return {
    passphrase,
    ready: passphrase.length >= MIN_PASSPHRASE_LENGTH && confirmation === passphrase,
    clear: () => {
      setPassphrase("");
      setConfirmation("");
    },
    fields,
  };
}
