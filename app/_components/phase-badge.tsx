"use client";
import { useTranslations } from "next-intl";
import type { Phase } from "@/lib/chain/phase.ts";

const styles: Record<Phase, string> = {
  registration: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100",
  voting: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
  closed: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  const t = useTranslations("common.phase");
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${styles[phase]}`}>
      {t(phase)}
    </span>
  );
}
