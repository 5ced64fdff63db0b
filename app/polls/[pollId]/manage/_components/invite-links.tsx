"use client";
/**
 * Invite links: made in this browser (the keys never leave it until the organizer hands the links
 * out), saved as a CSV file or printed as a sheet of QR codes, and only then published on chain.
 * As in the CLI, the links are saved before their root goes on chain: a root without its links
 * would strand the invites.
 */
import QRCode from "qrcode";
import { useEffect, useId, useRef, useState, type SubmitEvent } from "react";
import { zeroHash, type Hex } from "viem";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { createInviteLink } from "@/lib/registration/invite-link.ts";
import { MAX_INVITES, createInvites } from "@/lib/registration/invites.ts";
import { TransactionStatus } from "@/app/_components/transaction-status.tsx";
import { Button, Card, Field, Notice, inputClass } from "@/app/_components/ui.tsx";
import { useMessages } from "@/app/_i18n/index.ts";
import { useBallotboxConnection } from "@/app/_lib/app-config.tsx";
import { describeError } from "@/app/_lib/describe-error.ts";
import { useContractTransaction } from "@/app/_lib/use-contract-transaction.ts";
import { CSV, columnCsv, downloadText } from "@/app/_lib/download.ts";
import { useRefreshPoll } from "./refresh.ts";

/** Links listed on screen until "show all"; the printed sheet always has every one. */
const VISIBLE_LINKS = 100;
/** QR codes drawn between two screen updates. */
const QR_BATCH = 25;

/**
 * When printing, everything but the QR sheet is hidden: elements that neither are the sheet, nor
 * hold it, nor are inside it. The sheet's own print layout is in its Tailwind `print:` classes.
 */
const PRINT_ONLY_SHEET = `@media print {
  @page { margin: 12mm; }
  body :not(:has([data-print-sheet])):not([data-print-sheet]):not([data-print-sheet] *) { display: none !important; }
}`;

interface CreatedInvites {
  root: Hex;
  links: string[];
}

/** The number typed, if it is a whole number from 1 to MAX_INVITES. */
function readCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[0-9]{1,6}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_INVITES ? value : undefined;
}

/** Resolves after the browser has painted, so a busy state shows before a long computation. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}

export function InviteLinks({ poll }: { poll: PollOnChain }) {
  const { manage: m } = useMessages();
  const { chainId, ballotbox } = useBallotboxConnection();
  const refreshPoll = useRefreshPoll(poll.pollId);
  const { state, send, reset } = useContractTransaction();
  const [lastAction, setLastAction] = useState<"publish" | "turnOff">();
  const [countText, setCountText] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string>();
  const [created, setCreated] = useState<CreatedInvites>();
  const [saved, setSaved] = useState(false);
  /** The QR codes drawn so far, of the set they belong to (never shown with another set). */
  const [drawn, setDrawn] = useState<{ set: CreatedInvites; urls: string[]; failed: boolean }>();
  const [showAll, setShowAll] = useState(false);
  const countRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const listHeadingId = useId();

  // Draws the QR codes a batch at a time, so the page stays responsive for thousands of links.
  useEffect(() => {
    if (created === undefined) return;
    const run = { cancelled: false };
    const urls: string[] = [];
    void (async () => {
      try {
        for (let start = 0; start < created.links.length; start += QR_BATCH) {
          const batch = created.links.slice(start, start + QR_BATCH);
          urls.push(...(await Promise.all(batch.map((link) => QRCode.toDataURL(link, { margin: 1, width: 240 })))));
          if (run.cancelled) return;
          setDrawn({ set: created, urls: [...urls], failed: false });
        }
      } catch {
        if (!run.cancelled) setDrawn({ set: created, urls: [...urls], failed: true });
      }
    })();
    return () => {
      run.cancelled = true;
    };
  }, [created]);

  const count = readCount(countText);
  const countError =
    countText.trim() === ""
      ? attempted
        ? m.invites.countEmpty
        : undefined
      : count === undefined
        ? m.invites.countInvalid(MAX_INVITES)
        : undefined;

  async function create(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (count === undefined) {
      countRef.current?.focus();
      return;
    }
    setCreating(true);
    setCreateError(undefined);
    await afterPaint();
    try {
      const set = createInvites({ chainId, ballotbox, pollId: poll.pollId }, count);
      const origin = window.location.origin;
      const links = set.invites.map((invite) => createInviteLink(origin, invite));
      setCreated({ root: set.root, links });
      setSaved(false);
      setShowAll(false);
      setLastAction(undefined);
      reset();
    } catch (error) {
      setCreateError(describeError(error));
    } finally {
      setCreating(false);
    }
  }

  function download() {
    if (created === undefined) return;
    downloadText(`poll-${poll.pollId.toString()}-invites.csv`, columnCsv("link", created.links), CSV);
    setSaved(true);
  }

  function print() {
    setSaved(true);
    window.print();
  }

  async function setRoot(root: Hex, action: "publish" | "turnOff") {
    setLastAction(action);
    const receipt = await send({ functionName: "setInviteRoot", args: [poll.pollId, root] });
    if (receipt !== undefined) await refreshPoll();
  }

  const invitesOn = BigInt(poll.inviteRoot) !== 0n;
  const published = created !== undefined && BigInt(poll.inviteRoot) === BigInt(created.root);
  const sending = state.status === "confirm" || state.status === "pending";
  const qr: { urls: readonly string[]; failed: boolean } =
    drawn !== undefined && drawn.set === created ? drawn : { urls: [], failed: false };
  const qrReady = created !== undefined && qr.urls.length === created.links.length;
  const visible = showAll ? Infinity : VISIBLE_LINKS;

  return (
    <Card
      aria-labelledby={titleId}
      className="flex flex-col gap-4 print:m-0 print:border-0 print:bg-white print:p-0 print:shadow-none"
    >
      <header className="flex flex-col gap-1">
        <h2 id={titleId} className="text-lg font-semibold">
          {m.invites.title}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{m.invites.intro}</p>
      </header>

      {published ? (
        <Notice tone="success">{m.invites.published}</Notice>
      ) : (
        <Notice tone={invitesOn ? "success" : "info"}>{invitesOn ? m.invites.statusOn : m.invites.statusOff}</Notice>
      )}

      <form noValidate onSubmit={(event) => void create(event)} className="flex flex-col gap-3">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div className="sm:w-56">
            <Field label={m.invites.countLabel} hint={m.invites.countHint(MAX_INVITES)} error={countError}>
              {(control) => (
                <input
                  {...control}
                  ref={countRef}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={countText}
                  onChange={(event) => {
                    setCountText(event.target.value);
                  }}
                  className={inputClass(countError !== undefined)}
                />
              )}
            </Field>
          </div>
          <Button type="submit" busy={creating} className="sm:mt-7">
            {m.invites.create}
          </Button>
        </div>
        {created !== undefined && (
          <p className="text-sm text-slate-600 dark:text-slate-300">{m.invites.replacesScreen}</p>
        )}
        {creating && <Notice tone="info">{m.invites.creating}</Notice>}
        {createError !== undefined && <Notice tone="error">{createError}</Notice>}
      </form>

      {created !== undefined && (
        <div className="flex flex-col gap-4">
          <Notice tone={published ? "success" : "warning"} title={m.invites.created(created.links.length)}>
            {published ? undefined : m.invites.unsaved}
          </Notice>
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="secondary" onClick={download}>
              {m.invites.download}
            </Button>
            <Button variant="secondary" busy={!qrReady && !qr.failed} disabled={!qrReady} onClick={print}>
              {m.invites.print}
            </Button>
            {!qrReady && !qr.failed && (
              <span role="status" className="text-sm text-slate-600 dark:text-slate-300">
                {m.invites.preparingQr(qr.urls.length, created.links.length)}
              </span>
            )}
          </div>
          {qr.failed && <Notice tone="error">{m.invites.qrFailed}</Notice>}
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
                {m.invites.saved}
              </label>
              <Notice tone="warning">{m.invites.replaceWarning}</Notice>
              <div className="flex flex-col items-start gap-2">
                <Button
                  disabled={!saved || sending}
                  busy={sending && lastAction === "publish"}
                  onClick={() => void setRoot(created.root, "publish")}
                >
                  {m.invites.publish}
                </Button>
                {!saved && <p className="text-sm text-slate-600 dark:text-slate-300">{m.invites.publishNeedsSave}</p>}
              </div>
            </>
          )}
        </div>
      )}

      <TransactionStatus
        state={state}
        done={lastAction === "turnOff" ? m.invites.turnedOff : m.invites.publishedDone}
      />

      {invitesOn && (
        <div className="flex flex-col items-start gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button
            variant="secondary"
            busy={sending && lastAction === "turnOff"}
            disabled={sending}
            onClick={() => void setRoot(zeroHash, "turnOff")}
          >
            {m.invites.turnOff}
          </Button>
          <p className="text-sm text-slate-600 dark:text-slate-300">{m.invites.turnOffHint}</p>
        </div>
      )}

      {created !== undefined && (
        <section
          aria-labelledby={listHeadingId}
          data-print-sheet=""
          className="flex flex-col gap-3 print:block print:bg-white print:text-black"
        >
          <style>{PRINT_ONLY_SHEET}</style>
          <h3 id={listHeadingId} className="text-base font-semibold print:hidden">
            {m.invites.listHeading}
          </h3>
          <div className="hidden print:mb-4 print:block">
            <p className="text-lg font-semibold">{m.invites.sheetTitle(poll.pollId.toString())}</p>
            <p className="text-sm">{poll.question}</p>
            <p className="text-xs">{m.invites.sheetHint}</p>
          </div>
          <ol className="grid gap-3 print:grid-cols-3 print:gap-3">
            {created.links.map((link, index) => {
              const url = qr.urls[index];
              return (
                <li
                  key={link}
                  className={`${index < visible ? "flex" : "hidden print:flex"} flex-col gap-3 rounded-xl border border-slate-200 p-3 sm:flex-row sm:items-start dark:border-slate-700 print:break-inside-avoid print:flex-col print:items-center print:gap-1 print:border-slate-400 print:p-2 print:text-center`}
                >
                  {url !== undefined ? (
                    <img
                      src={url}
                      alt={m.invites.qrAlt(index + 1)}
                      width={240}
                      height={240}
                      className="size-32 shrink-0 rounded bg-white print:size-44"
                    />
                  ) : (
                    <span
                      aria-hidden="true"
                      className="size-32 shrink-0 animate-pulse rounded bg-slate-100 motion-reduce:animate-none dark:bg-slate-800"
                    />
                  )}
                  <div className="flex min-w-0 flex-col gap-1">
                    <p className="text-sm font-semibold">{m.invites.invite(index + 1)}</p>
                    <a
                      href={link}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="font-mono text-xs break-all text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-indigo-300 print:text-[6pt] print:text-black print:no-underline"
                    >
                      {link}
                    </a>
                  </div>
                </li>
              );
            })}
          </ol>
          {created.links.length > VISIBLE_LINKS && (
            <div className="flex flex-wrap items-center gap-3 print:hidden">
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {m.invites.shown(Math.min(visible, created.links.length), created.links.length)}
              </p>
              <Button
                variant="secondary"
                onClick={() => {
                  setShowAll(!showAll);
                }}
              >
                {showAll ? m.invites.showFewer : m.invites.showAll(created.links.length)}
              </Button>
            </div>
          )}
        </section>
      )}
    </Card>
  );
}
