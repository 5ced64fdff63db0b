"use client";
/**
 * A set of invite links made in this browser, saved (CSV or printed QR sheet) before it is published:
 * a root on chain without its links would strand the invites, as in the CLI.
 */
import { useState } from "react";
import { Button, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { CSV, columnCsv, downloadText } from "@/app/_lib/download.ts";
import type { CreatedInvites } from "./invite-count-form.tsx";
import type { QrCodes } from "./use-qr-codes.ts";

export function SaveAndPublish({
  pollId,
  invites,
  qr,
  published,
  publishing,
  disabled,
  onPublish,
}: {
  pollId: bigint;
  invites: CreatedInvites;
  qr: QrCodes;
  /** The poll's invite root on chain is this set's. */
  published: boolean;
  publishing: boolean;
  disabled: boolean;
  onPublish: () => void;
}) {
  const m = useTranslations("manage");
  // A new set (a new object) starts unsaved: the parent remounts this component with a key per set.
  const [saved, setSaved] = useState(false);

  function download() {
    downloadText(`poll-${pollId.toString()}-invites.csv`, columnCsv("link", invites.links), CSV);
    setSaved(true);
  }

  function print() {
    setSaved(true);
    window.print();
  }

  const drawing = !qr.ready && !qr.failed;
  return (
    <div className="flex flex-col gap-4">
      <Notice tone={published ? "success" : "warning"} title={m("invites.created", { value: invites.links.length })}>
        {published ? undefined : m("invites.unsaved")}
      </Notice>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={download}>
          {m("invites.download")}
        </Button>
        <Button variant="secondary" busy={drawing} disabled={!qr.ready} onClick={print}>
          {m("invites.print")}
        </Button>
        {drawing && (
          <span role="status" className="text-sm text-slate-600 dark:text-slate-300">
            {m("invites.preparingQr", { done: qr.urls.length, total: invites.links.length })}
          </span>
        )}
      </div>
      {qr.failed && <Notice tone="error">{m("invites.qrFailed")}</Notice>}
      {!published && (
        <>
          <label className="flex items-center gap-3 text-sm font-medium">
            <input
              type="checkbox"
              checked={saved}
              onChange={(event) => {
                setSaved(event.target.checked);
              }}
              className="size-5 shrink-0 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            />
            {m("invites.saved")}
          </label>
          <Notice tone="warning">{m("invites.replaceWarning")}</Notice>
          <div className="flex flex-col items-start gap-2">
            <Button disabled={!saved || disabled} busy={publishing} onClick={onPublish}>
              {m("invites.publish")}
            </Button>
            {!saved && <p className="text-sm text-slate-600 dark:text-slate-300">{m("invites.publishNeedsSave")}</p>}
          </div>
        </>
      )}
    </div>
  );
}
