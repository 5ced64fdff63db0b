"use client";
/** The poll's address to copy and hand on (its results page: from there, voting and the recount). */
import { useEffect, useId, useState } from "react";
import { Button, Card, inputClass } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";

export function ShareLink({ pollId }: { pollId: bigint }) {
  const t = useTranslations("results.share");
  const [link, setLink] = useState("");
  const [copied, setCopied] = useState<"yes" | "failed">();
  const titleId = useId();
  const inputId = useId();

  // The origin is the browser's: the server may sit behind a proxy under another name.
  useEffect(() => {
    setLink(`${window.location.origin}/polls/${pollId.toString()}`);
  }, [pollId]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-3">
      <h2 id={titleId} className="text-lg font-semibold">
        {t("title")}
      </h2>
      <label htmlFor={inputId} className="sr-only">
        {t("label")}
      </label>
      <input
        id={inputId}
        readOnly
        value={link}
        onFocus={(event) => {
          event.currentTarget.select();
        }}
        className={`${inputClass(false)} font-mono text-sm`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" disabled={link === ""} onClick={() => void copy()}>
          {t("copy")}
        </Button>
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {copied === "yes" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
        </p>
      </div>
    </Card>
  );
}
