"use client";
/**
 * A sealed poll's key ceremony for everyone: its stage, deadlines, what each trustee has done, the
 * complaints and their outcomes, and the poll key's hash once fixed. Everything is read from the chain
 * (lib/sealed/sealed-state.ts); nothing here needs a trustee's secret.
 */
import type { SealedState } from "@/lib/sealed/sealed-state.ts";
import { Card, Mono } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";

const DEADLINES = ["keysBy", "dealsBy", "complaintsBy", "revealsBy"] as const;

export function CeremonyPanel({ state }: { state: SealedState }) {
  const t = useTranslations("sealed.ceremony");
  const { moment, relative } = useFormats();
  const { ceremony, status } = state;
  const decrypted = new Set(state.partialDecryptions.map(({ trustee }) => trustee));
  const settled = status === "finalised" || status.startsWith("failed");

  return (
    <Card aria-labelledby="ceremony-title" className="flex flex-col gap-4" data-testid="ceremony-panel">
      <div className="flex flex-col gap-1">
        <h2 id="ceremony-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        {ceremony !== undefined && (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {t("intro", {
              threshold: String(ceremony.record.threshold),
              trustees: String(ceremony.record.trustees.length),
            })}
          </p>
        )}
      </div>
      <p className="text-sm">
        <span className="text-slate-500 dark:text-slate-400">{t("statusLabel")}: </span>
        <span className="font-medium" data-testid="ceremony-status" data-status={status}>
          {t(`status.${status}`)}
        </span>
      </p>
      {ceremony !== undefined && (
        <>
          <section aria-labelledby="ceremony-deadlines" className="flex flex-col gap-2">
            <h3 id="ceremony-deadlines" className="text-sm font-semibold">
              {t("deadlinesTitle")}
            </h3>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {[
                ...DEADLINES.map((name) => [name, ceremony.deadlines[name]] as const),
                ["votingOpens", state.poll.startTime] as const,
              ].map(([name, at]) => (
                <div key={name} className="contents">
                  <dt className="text-slate-500 dark:text-slate-400">{t(`deadline.${name}`)}</dt>
                  <dd className={at <= state.now ? "text-slate-500 dark:text-slate-400" : "font-medium"}>
                    {moment(at)} · {relative(at, state.now)}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="ceremony-trustees" className="flex flex-col gap-2">
            <h3 id="ceremony-trustees" className="text-sm font-semibold">
              {t("trusteesTitle")}
            </h3>
            <ul className="flex flex-col divide-y divide-slate-200 text-sm dark:divide-slate-800">
              {ceremony.record.trustees.map((address, position) => {
                const index = position + 1;
                const mark = (done: boolean, final: boolean) => (done ? t("yes") : final ? t("no") : t("pending"));
                // Each step: done, and whether its chance has passed (a "no" rather than "not yet").
                const steps = [
                  ["key", mark(ceremony.keyed.includes(index), state.now >= ceremony.deadlines.keysBy)],
                  ["dealt", mark(ceremony.dealt.includes(index), state.now >= ceremony.deadlines.dealsBy)],
                  ["qualified", mark(ceremony.qualified.includes(index), settled)],
                  ["decrypted", mark(decrypted.has(index), state.tally !== undefined)],
                ] as const;
                return (
                  <li key={address} className="flex flex-col gap-1.5 py-2" data-testid={`trustee-${index}`}>
                    <p>
                      <span className="font-medium">{t("trustee", { index: String(index) })}</span>{" "}
                      <span className="font-mono text-xs break-all text-slate-500 dark:text-slate-400">{address}</span>
                    </p>
                    <dl className="flex flex-wrap gap-x-4 gap-y-1">
                      {steps.map(([step, value]) => (
                        <div key={step} className="flex gap-1">
                          <dt className="text-slate-500 dark:text-slate-400">{t(`column.${step}`)}:</dt>
                          <dd className="font-medium" data-testid={`trustee-${index}-${step}`}>
                            {value}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                );
              })}
            </ul>
          </section>
          <Complaints state={state} />
          <section aria-labelledby="ceremony-key" className="flex flex-col gap-1">
            <h3 id="ceremony-key" className="text-sm font-semibold">
              {t("pollKeyTitle")}
            </h3>
            {ceremony.record.finalised === undefined ? (
              <p className="text-sm text-slate-600 dark:text-slate-300">{t("pollKeyPending")}</p>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {t("pollKeyHash")} <Mono>{ceremony.record.finalised.pollKeyHash.toString()}</Mono>
              </p>
            )}
          </section>
        </>
      )}
    </Card>
  );
}

/** Each complaint with its outcome: answered with good shares, dealer disqualified, or awaiting. */
function Complaints({ state }: { state: SealedState }) {
  const t = useTranslations("sealed.ceremony");
  const ceremony = state.ceremony;
  if (ceremony === undefined) return null;
  const { complaints, refusals, disqualifications } = ceremony.record;
  const disqualified = new Set(disqualifications.map(({ dealer }) => dealer));
  // After the answers' deadline a dealer out of QUAL lost its place, answered or not.
  const answersClosed = state.now >= ceremony.deadlines.revealsBy;
  const outcome = (dealer: number, complainant: number) => {
    if (disqualified.has(dealer) || (answersClosed && !ceremony.qualified.includes(dealer))) {
      return t("complaintUpheld", { dealer: String(dealer) });
    }
    const answered = refusals.some((r) => r.dealer === dealer && r.complainant === complainant);
    return answered
      ? t("complaintAnswered", { dealer: String(dealer) })
      : t("complaintOpen", { dealer: String(dealer) });
  };
  return (
    <section aria-labelledby="ceremony-complaints" className="flex flex-col gap-1">
      <h3 id="ceremony-complaints" className="text-sm font-semibold">
        {t("complaintsTitle")}
      </h3>
      {complaints.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("noComplaints")}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">
          {complaints.map(({ dealer, complainant }) => (
            <li key={`${dealer}-${complainant}`}>
              {t("complaint", { dealer: String(dealer), complainant: String(complainant) })}{" "}
              {outcome(dealer, complainant)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
