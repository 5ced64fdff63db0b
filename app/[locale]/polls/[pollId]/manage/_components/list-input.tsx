"use client";
/**
 * A list pasted or loaded from a CSV file (identity commitments, wallet addresses), read by the core's
 * CSV readers. A chosen file's text is loaded into the box, so one reading serves both and the
 * problems' line numbers point at lines the organizer can see and fix.
 */
import { useId, useState, type ChangeEvent, type Ref } from "react";
import { CsvError, type CsvProblem } from "@/lib/registration/csv.ts";
import { Button, Field, Notice, inputClass } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";

/** What a list's text holds: nothing yet, what the parser read, or every problem in it. */
export type ListReading<T> =
  { status: "empty" } | { status: "ok"; value: T } | { status: "invalid"; problems: readonly CsvProblem[] };

export function readList<T>(text: string, parse: (text: string) => T): ListReading<T> {
  if (text.trim() === "") return { status: "empty" };
  try {
    return { status: "ok", value: parse(text) };
  } catch (error) {
    if (error instanceof CsvError) return { status: "invalid", problems: error.problems };
    return {
      status: "invalid",
      problems: [{ line: null, message: error instanceof Error ? error.message : String(error) }],
    };
  }
}

/** How many problems are listed on screen; the rest are counted. */
const SHOWN_PROBLEMS = 100;

export function ListInput({
  label,
  column,
  fileLabel,
  clearLabel,
  placeholder,
  value,
  onChange,
  problems,
  problemsRef,
  disabled = false,
}: {
  label: string;
  /** The header a CSV file names the column by. */
  column: string;
  fileLabel: string;
  /** The Clear button's accessible name: a whole message that starts with its visible word. */
  clearLabel: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
  problems: readonly CsvProblem[] | undefined;
  problemsRef?: Ref<HTMLDivElement>;
  disabled?: boolean;
}) {
  const m = useTranslations("manage");
  const problemsId = useId();
  const [loaded, setLoaded] = useState<{ tone: "info" | "error"; text: string }>();

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      const text = await file.text();
      onChange(text);
      setLoaded({ tone: "info", text: m("csv.loaded", { name: file.name, lines: text.split(/\r\n|\r|\n/).length }) });
    } catch {
      setLoaded({ tone: "error", text: m("csv.unreadable", { name: file.name }) });
    }
    // So that choosing the same file again (after fixing it) loads it again.
    input.value = "";
  }

  const invalid = problems !== undefined && problems.length > 0;
  return (
    <div className="flex flex-col gap-4">
      <Field label={label} hint={m("csv.pasteHint", { column })}>
        {(control) => (
          <textarea
            {...control}
            aria-describedby={
              [control["aria-describedby"], invalid ? problemsId : undefined].filter(Boolean).join(" ") || undefined
            }
            aria-invalid={invalid || undefined}
            value={value}
            disabled={disabled}
            rows={6}
            spellCheck={false}
            autoComplete="off"
            placeholder={placeholder}
            onChange={(event) => {
              setLoaded(undefined);
              onChange(event.target.value);
            }}
            className={`${inputClass(invalid)} font-mono text-sm`}
          />
        )}
      </Field>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <Field label={fileLabel} hint={m("csv.fileHint")}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".csv,text/csv"
                disabled={disabled}
                onChange={(event) => void loadFile(event)}
                className="block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-lg file:border-0 file:bg-indigo-50 file:px-4 file:py-2 file:text-sm file:font-semibold file:text-indigo-700 hover:file:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed dark:text-slate-300 dark:file:bg-indigo-950 dark:file:text-indigo-200 dark:hover:file:bg-indigo-900"
              />
            )}
          </Field>
        </div>
        {value !== "" && !disabled && (
          <Button
            variant="secondary"
            className="sm:mt-7"
            aria-label={clearLabel}
            onClick={() => {
              setLoaded(undefined);
              onChange("");
            }}
          >
            {m("csv.clear")}
          </Button>
        )}
      </div>
      {loaded !== undefined && <Notice tone={loaded.tone}>{loaded.text}</Notice>}
      {invalid && (
        <div ref={problemsRef} id={problemsId} tabIndex={-1} className="focus-visible:outline-none">
          <Notice tone="error" title={m("csv.problems", { value: problems.length })}>
            <ul className="flex list-disc flex-col gap-1 pl-5">
              {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
            {problems.length > SHOWN_PROBLEMS && (
              <p className="mt-1">{m("csv.andMore", { value: problems.length - SHOWN_PROBLEMS })}</p>
            )}
          </Notice>
        </div>
      )}
    </div>
  );
}
