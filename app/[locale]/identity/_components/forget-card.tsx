"use client";
import { useState } from "react";
import { Button, Card } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { forgetIdentity } from "@/app/_lib/identity-store.ts";

export function ForgetCard() {
  const words = useTranslations("identity");
  const [confirming, setConfirming] = useState(false);
  return (
    <Card className="flex flex-col items-start gap-3">
      <h2 className="text-lg font-semibold">{words("forgetTitle")}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{words("forgetHint")}</p>
      {confirming ? (
        <Button variant="danger" onClick={forgetIdentity}>
          {words("forgetConfirm")}
        </Button>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {words("forget")}
        </Button>
      )}
    </Card>
  );
}
