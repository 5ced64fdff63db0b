"use client";
/**
 * The create form's settings of a sealed poll: its trustees, how many of them must decrypt, and the
 * key ceremony's deadlines. The deadlines follow voting's opening (defaultCeremonyDeadlines) until
 * the organizer sets one; the threshold is a majority until they choose another.
 */
import { MAX_TRUSTEES } from "@/lib/sealed/limits.ts";
import {
  CEREMONY_STEPS,
  type CeremonyDeadlines,
  type SealedDraftErrors,
  type SealedDraftProblem,
} from "@/lib/polls/sealed-draft.ts";
import { Button, Field, inputClass } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { fromLocalInput, toLocalInput } from "./datetime-input.ts";

export interface SealedSettingsValue {
  trustees: string[];
  /** Undefined: a majority of the trustees. */
  threshold: number | undefined;
  /** The deadlines the organizer set; the others follow the defaults. */
  deadlines: Partial<CeremonyDeadlines>;
}

export function SealedSettings({
  value,
  onChange,
  deadlines,
  threshold,
  errors,
  shown,
  touch,
}: {
  value: SealedSettingsValue;
  onChange: (next: SealedSettingsValue) => void;
  /** The deadlines in effect (set or default). */
  deadlines: CeremonyDeadlines;
  /** The threshold in effect. */
  threshold: number;
  errors: SealedDraftErrors;
  shown: (field: string) => boolean;
  touch: (field: string) => () => void;
}) {
  const create = useTranslations("create");
  const deadlineWords = useTranslations("sealed.ceremony.deadline");
  const problem = (code: SealedDraftProblem | undefined) =>
    code === undefined ? undefined : create(`sealedProblems.${code}`, { max: MAX_TRUSTEES });
  const setTrustee = (index: number, text: string) => {
    onChange({ ...value, trustees: value.trustees.map((trustee, i) => (i === index ? text : trustee)) });
  };
  return (
    <div className="flex flex-col gap-5" data-testid="sealed-settings">
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium">{create("trusteesTitle")}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-300">{create("trusteesHint")}</p>
        {value.trustees.map((trustee, index) => {
          const error = shown(`trustee-${index}`) ? problem(errors.trustee?.[index]) : undefined;
          return (
            <div key={index} className="flex items-start gap-2">
              <div className="min-w-0 flex-1">
                <Field label={create("trustee", { n: index + 1 })} error={error}>
                  {(control) => (
                    <input
                      {...control}
                      value={trustee}
                      placeholder="0x…"
                      autoComplete="off"
                      spellCheck={false}
                      onChange={(event) => {
                        setTrustee(index, event.target.value);
                      }}
                      onBlur={touch(`trustee-${index}`)}
                      className={`${inputClass(error !== undefined)} font-mono text-sm`}
                    />
                  )}
                </Field>
              </div>
              <Button
                variant="secondary"
                className="mt-7"
                aria-label={create("removeTrustee", { n: index + 1 })}
                disabled={value.trustees.length <= 1}
                onClick={() => {
                  onChange({ ...value, trustees: value.trustees.filter((_, i) => i !== index) });
                }}
              >
                ✕
              </Button>
            </div>
          );
        })}
        <div>
          <Button
            variant="secondary"
            disabled={value.trustees.length >= MAX_TRUSTEES}
            onClick={() => {
              onChange({ ...value, trustees: [...value.trustees, ""] });
            }}
          >
            {create("addTrustee")}
          </Button>
        </div>
        {errors.trustees !== undefined && shown("trustees") && (
          <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            {problem(errors.trustees)}
          </p>
        )}
      </fieldset>

      <Field
        label={create("threshold")}
        hint={create("thresholdHint", { threshold, trustees: value.trustees.length })}
        error={shown("threshold") ? problem(errors.threshold) : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={value.trustees.length}
            value={threshold}
            onChange={(event) => {
              onChange({ ...value, threshold: event.target.value === "" ? Number.NaN : Number(event.target.value) });
            }}
            onBlur={touch("threshold")}
            className={`${inputClass(shown("threshold") && errors.threshold !== undefined)} max-w-32`}
          />
        )}
      </Field>

      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium">{create("deadlinesTitle")}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-300">{create("deadlinesHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {CEREMONY_STEPS.map((step) => (
            <Field key={step} label={deadlineWords(step)}>
              {(control) => (
                <input
                  {...control}
                  type="datetime-local"
                  step={1}
                  value={Number.isFinite(deadlines[step]) ? toLocalInput(deadlines[step]) : ""}
                  onChange={(event) => {
                    onChange({
                      ...value,
                      deadlines: { ...value.deadlines, [step]: fromLocalInput(event.target.value) },
                    });
                  }}
                  onBlur={touch("deadlines")}
                  className={inputClass(shown("deadlines") && errors.deadlines !== undefined)}
                />
              )}
            </Field>
          ))}
        </div>
        {errors.deadlines !== undefined && shown("deadlines") && (
          <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            {problem(errors.deadlines)}
          </p>
        )}
      </fieldset>
    </div>
  );
}
