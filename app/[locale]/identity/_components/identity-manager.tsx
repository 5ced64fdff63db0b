"use client";
/** The identity page's cards, by the state of the identity stored in this browser. */
import { createIdentity } from "@/lib/identity/identity.ts";
import { Button, Card, Mono, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { saveIdentity, useIdentityState } from "@/app/_lib/identity-store.ts";
import { useAsyncAction } from "./async-action.ts";
import { BackupCard } from "./backup-card.tsx";
import { ForgetCard } from "./forget-card.tsx";
import { LockCard } from "./lock-card.tsx";
import { RegisteredPolls } from "./registered-polls.tsx";
import { RestoreCard } from "./restore-card.tsx";
import { UnlockIdentity } from "./unlock-identity.tsx";

export function IdentityManager() {
  const words = useTranslations("identity");
  const common = useTranslations("common");
  const stored = useIdentityState();
  const [creation, create] = useAsyncAction();

  if (stored.status === "loading") return <p className="text-slate-500">{common("loading")}</p>;
  return (
    <>
      <Notice tone="info">{words("localOnly")}</Notice>
      {stored.status === "none" && (
        <Card className="flex flex-col items-start gap-4">
          <p>{words("none")}</p>
          <Button
            busy={creation.status === "busy"}
            onClick={() => {
              create(() => saveIdentity(createIdentity()));
            }}
          >
            {words("create")}
          </Button>
          {creation.status === "error" && <Notice tone="error">{creation.message}</Notice>}
        </Card>
      )}
      {stored.status === "locked" && <UnlockIdentity />}
      {stored.status === "unreadable" && (
        <Notice tone="error" title={words("unreadableTitle")}>
          {stored.problem} {words("unreadableHint")}
        </Notice>
      )}
      {stored.status === "unlocked" && (
        <>
          {creation.status === "done" && <Notice tone="success">{words("created")}</Notice>}
          <Card className="flex flex-col gap-2">
            <h2 className="text-sm font-medium">{words("commitmentLabel")}</h2>
            <p data-testid="identity-commitment">
              <Mono>{stored.identity.commitment.toString()}</Mono>
            </p>
            <p className="text-sm text-slate-500 dark:text-slate-400">{words("commitmentHint")}</p>
          </Card>
          <BackupCard identity={stored.identity} />
          <LockCard identity={stored.identity} passphraseSet={stored.passphraseSet} />
          <RegisteredPolls identity={stored.identity} />
        </>
      )}
      <RestoreCard hasIdentity={stored.status !== "none"} />
      {stored.status !== "none" && <ForgetCard />}
    </>
  );
}
