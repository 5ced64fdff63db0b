"use client";
/**
 * The invite links of a set with their QR codes: a list on screen (the first hundred until "show
 * all") and, when printed, a sheet of every code with nothing else of the page.
 */
import { useId, useState } from "react";
import { Button } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import type { QrCodes } from "./use-qr-codes.ts";

/** Links listed on screen until "show all"; the printed sheet always has every one. */
const VISIBLE_LINKS = 100;

/**
 * When printing, everything but the QR sheet is hidden: elements that neither are the sheet, nor
 * hold it, nor are inside it. The sheet's own print layout is in its Tailwind `print:` classes.
 */
const PRINT_ONLY_SHEET = `@media print {
  @page { margin: 12mm; }
  body :not(:has([data-print-sheet])):not([data-print-sheet]):not([data-print-sheet] *) { display: none !important; }
}`;

export function InviteSheet({
  pollId,
  question,
  links,
  qr,
}: {
  pollId: bigint;
  question: string;
  links: readonly string[];
  qr: QrCodes;
}) {
  const m = useTranslations("manage");
  const [showAll, setShowAll] = useState(false);
  const headingId = useId();
  const visible = showAll ? Infinity : VISIBLE_LINKS;

  return (
    <section
      aria-labelledby={headingId}
      data-print-sheet=""
      className="flex flex-col gap-3 print:block print:bg-white print:text-black"
    >
      <style>{PRINT_ONLY_SHEET}</style>
      <h3 id={headingId} className="text-base font-semibold print:hidden">
        {m("invites.listHeading")}
      </h3>
      <div className="hidden print:mb-4 print:block">
        <p className="text-lg font-semibold">{m("invites.sheetTitle", { pollId: pollId.toString() })}</p>
        <p className="text-sm">{question}</p>
        <p className="text-xs">{m("invites.sheetHint")}</p>
      </div>
      <ol className="grid gap-3 print:grid-cols-3 print:gap-3">
        {links.map((link, index) => {
          const url = qr.urls[index];
          return (
            <li
              key={link}
              className={`${index < visible ? "flex" : "hidden print:flex"} flex-col gap-3 rounded-xl border border-slate-200 p-3 sm:flex-row sm:items-start dark:border-slate-700 print:break-inside-avoid print:flex-col print:items-center print:gap-1 print:border-slate-400 print:p-2 print:text-center`}
            >
              {url !== undefined ? (
                <img
                  src={url}
                  alt={m("invites.qrAlt", { index: index + 1 })}
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
                <p className="text-sm font-semibold">{m("invites.invite", { index: index + 1 })}</p>
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
      {links.length > VISIBLE_LINKS && (
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {m("invites.shown", { shown: Math.min(visible, links.length), total: links.length })}
          </p>
          <Button
            variant="secondary"
            onClick={() => {
              setShowAll(!showAll);
            }}
          >
            {showAll ? m("invites.showFewer") : m("invites.showAll", { value: links.length })}
          </Button>
        </div>
      )}
    </section>
  );
}
