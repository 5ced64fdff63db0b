"use client";
/**
 * Creating a poll: question, options, ballot type, voting window, and whether its ballots are public
 * as cast or sealed until close. A sealed poll is two transactions from the organizer's wallet: the
 * poll, then its key ceremony (trustees, threshold, deadlines); if the second fails, the form offers
 * to open the ceremony again rather than create a second poll.
 */
import { useRouter } from "@/app/_i18n/navigation.ts";
import { useEffect, useState } from "react";
import { parseEventLogs } from "viem";
import { useConnection } from "wagmi";
import { MAX_OPTIONS, MIN_OPTIONS, ballotTypeToNumber, type BallotType } from "@/lib/ballots/ballot.ts";
import { ballotboxAbi, trusteeCeremonyAbi } from "@/lib/contracts/abis.generated.ts";
import {
  MAX_OPTION_LENGTH,
  MAX_QUESTION_LENGTH,
  MIN_LEAD_SECONDS,
  hasErrors,
  validatePollDraft,
  type PollDraft,
  type PollDraftProblem,
} from "@/lib/polls/poll-draft.ts";
import {
  defaultCeremonyDeadlines,
  defaultThreshold,
  trusteeAddresses,
  validateSealedDraft,
  type SealedDraft,
  type SealedDraftErrors,
} from "@/lib/polls/sealed-draft.ts";
import { MAX_SEALED_OPTIONS } from "@/lib/sealed/limits.ts";
import { TransactionStatus } from "@/app/_components/transaction-status.tsx";
import { Button, Card, Field, Notice, inputClass } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { readerTimeZone } from "@/app/_lib/format.ts";
import { useNowSeconds } from "@/app/_lib/poll-queries.ts";
import { useSealedContracts } from "@/app/_lib/sealed-queries.ts";
import { useContractTransaction } from "@/app/_lib/use-contract-transaction.ts";
import { fromLocalInput, toLocalInput } from "./datetime-input.ts";
import { SealedSettings, type SealedSettingsValue } from "./sealed-settings.tsx";

type Secrecy = "public" | "sealed";
const NO_SEALED_ERRORS: SealedDraftErrors = {};

export function CreatePollForm() {
  const create = useTranslations("create");
  const { duration } = useFormats();
  // Each problem's sentence, with the limit it quotes.
  const problem = (code: PollDraftProblem | undefined): string | undefined =>
    code === undefined
      ? undefined
      : create(`problems.${code}`, {
          max:
            code === "questionTooLong"
              ? MAX_QUESTION_LENGTH
              : code === "optionTooLong"
                ? MAX_OPTION_LENGTH
                : MAX_OPTIONS,
          min: MIN_OPTIONS,
          seconds: MIN_LEAD_SECONDS,
        });
  const router = useRouter();
  const account = useConnection();
  const { state, send } = useContractTransaction();
  const [question, setQuestion] = useState("");
  const [options, setOptions] = useState(["", ""]);
  const [ballotType, setBallotType] = useState<BallotType>("single");
  const [secrecy, setSecrecy] = useState<Secrecy>("public");
  const [sealedSettings, setSealedSettings] = useState<SealedSettingsValue>({
    trustees: ["", "", ""],
    threshold: undefined,
    deadlines: {},
  });
  /** A sealed poll created whose ceremony is not open yet: submitting again only opens it. */
  const [awaitingCeremony, setAwaitingCeremony] = useState<bigint>();
  const sealedContracts = useSealedContracts();
  const [opens, setOpens] = useState(() => toLocalInput(Math.ceil(Date.now() / 60_000) * 60 + 10 * 60));
  const [closes, setCloses] = useState(() => toLocalInput(Math.ceil(Date.now() / 60_000) * 60 + 10 * 60 + 86_400));
  // Problems show once a field has been touched, or all of them after a first submit.
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [createdId, setCreatedId] = useState<bigint>();
  const [createError, setCreateError] = useState<string>();
  // The contract checks the times against the chain's clock, which can differ from this browser's.
  const now = useNowSeconds();
  // The browser's zone, read after hydration: the server may run in another one.
  const [timeZone, setTimeZone] = useState<string>();
  useEffect(() => {
    setTimeZone(readerTimeZone());
  }, []);

  const draft: PollDraft = {
    question,
    options,
    ballotType,
    startTime: fromLocalInput(opens),
    endTime: fromLocalInput(closes),
  };
  const errors = validatePollDraft(draft, Number(now));
  const sealed = secrecy === "sealed";
  const sealedDraft: SealedDraft = {
    trustees: sealedSettings.trustees,
    threshold: sealedSettings.threshold ?? defaultThreshold(sealedSettings.trustees.length),
    deadlines: { ...defaultCeremonyDeadlines(Number(now), draft.startTime), ...sealedSettings.deadlines },
  };
  const sealedErrors = sealed
    ? validateSealedDraft(sealedDraft, {
        nowSeconds: Number(now),
        startTime: draft.startTime,
        optionCount: options.length,
      })
    : NO_SEALED_ERRORS;
  const shown = (field: string) => submitted || touched.has(field);
  const touch = (field: string) => () => {
    setTouched((previous) => new Set(previous).add(field));
  };
  const busy = state.status === "confirm" || state.status === "pending" || createdId !== undefined;

  async function submit(): Promise<void> {
    setSubmitted(true);
    setCreateError(undefined);
    if (awaitingCeremony !== undefined) {
      await openCeremony(awaitingCeremony);
      return;
    }
    if (hasErrors(errors) || hasErrors(sealedErrors)) return;
    if (sealed && (sealedContracts.data === undefined || sealedContracts.data === null)) {
      setCreateError(create("sealedUnavailable"));
      return;
    }
    const receipt = await send({
      functionName: sealed ? "createSealedPoll" : "createPoll",
      args: [
        question.trim(),
        options.map((option) => option.trim()),
        ballotTypeToNumber(ballotType),
        draft.startTime,
        draft.endTime,
      ],
    });
    if (receipt === undefined) return;
    const [event] = parseEventLogs({ abi: ballotboxAbi, eventName: "PollCreated", logs: receipt.logs });
    if (event === undefined) {
      setCreateError(create("noPollCreated"));
      return;
    }
    if (sealed) {
      setAwaitingCeremony(event.args.pollId);
      await openCeremony(event.args.pollId);
      return;
    }
    setCreatedId(event.args.pollId);
    router.push(`/polls/${event.args.pollId}/manage`);
  }

  async function openCeremony(pollId: bigint): Promise<void> {
    const trusteeCeremony = sealedContracts.data?.trusteeCeremony;
    if (trusteeCeremony === undefined) return;
    const { keysBy, dealsBy, complaintsBy, revealsBy } = sealedDraft.deadlines;
    const receipt = await send({
      address: trusteeCeremony,
      abi: trusteeCeremonyAbi,
      functionName: "openCeremony",
      args: [pollId, trusteeAddresses(sealedDraft), sealedDraft.threshold, keysBy, dealsBy, complaintsBy, revealsBy],
    });
    if (receipt === undefined) {
      setCreateError(create("ceremonyNotOpened", { id: pollId.toString() }));
      return;
    }
    setAwaitingCeremony(undefined);
    setCreatedId(pollId);
    router.push(`/polls/${pollId}/manage`);
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Card className="flex flex-col gap-5">
        <Field label={create("question")} error={shown("question") ? problem(errors.question) : undefined}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={question}
              placeholder={create("questionPlaceholder")}
              onChange={(event) => {
                setQuestion(event.target.value);
              }}
              onBlur={touch("question")}
              className={inputClass(shown("question") && errors.question !== undefined)}
            />
          )}
        </Field>

        <fieldset className="flex flex-col gap-3">
          <legend className="text-sm font-medium">{create("options")}</legend>
          {options.map((option, index) => {
            const error = shown(`option-${index}`) ? problem(errors.option?.[index]) : undefined;
            return (
              <div key={index} className="flex items-start gap-2">
                <div className="flex-1">
                  <Field label={<span className="sr-only">{create("option", { n: index + 1 })}</span>} error={error}>
                    {(control) => (
                      <input
                        {...control}
                        value={option}
                        placeholder={create("option", { n: index + 1 })}
                        onChange={(event) => {
                          setOptions((previous) =>
                            previous.map((value, i) => (i === index ? event.target.value : value)),
                          );
                        }}
                        onBlur={touch(`option-${index}`)}
                        className={inputClass(error !== undefined)}
                      />
                    )}
                  </Field>
                </div>
                <Button
                  variant="secondary"
                  aria-label={create("removeOption", { n: index + 1 })}
                  disabled={options.length <= MIN_OPTIONS}
                  onClick={() => {
                    setOptions((previous) => previous.filter((_, i) => i !== index));
                  }}
                >
                  ✕
                </Button>
              </div>
            );
          })}
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="secondary"
              disabled={options.length >= MAX_OPTIONS}
              onClick={() => {
                setOptions((previous) => [...previous, ""]);
              }}
            >
              {create("addOption")}
            </Button>
            <span className="text-sm text-slate-600 dark:text-slate-300">
              {create("optionsHint", { min: MIN_OPTIONS, max: MAX_OPTIONS })}
            </span>
          </div>
          {submitted && errors.options !== undefined && (
            <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
              {problem(errors.options)}
            </p>
          )}
        </fieldset>

        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">{create("ballotType")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {(
              [
                ["single", create("single"), create("singleHint")],
                ["approval", create("approval"), create("approvalHint")],
              ] as const
            ).map(([value, label, hint]) => (
              <label
                key={value}
                className="flex cursor-pointer gap-3 rounded-xl border border-slate-300 p-3 has-checked:border-indigo-600 has-checked:bg-indigo-50 dark:border-slate-600 dark:has-checked:border-indigo-400 dark:has-checked:bg-indigo-950"
              >
                <input
                  type="radio"
                  name="ballotType"
                  value={value}
                  checked={ballotType === value}
                  onChange={() => {
                    setBallotType(value);
                  }}
                  className="mt-1 size-4 accent-indigo-600"
                />
                <span>
                  <span className="block font-medium">{label}</span>
                  <span className="block text-sm text-slate-600 dark:text-slate-300">{hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">{create("secrecy")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {(
              [
                ["public", create("public"), create("publicHint")],
                ["sealed", create("sealed"), create("sealedHint", { max: MAX_SEALED_OPTIONS })],
              ] as const
            ).map(([value, label, hint]) => (
              <label
                key={value}
                className="flex cursor-pointer gap-3 rounded-xl border border-slate-300 p-3 has-checked:border-indigo-600 has-checked:bg-indigo-50 dark:border-slate-600 dark:has-checked:border-indigo-400 dark:has-checked:bg-indigo-950"
              >
                <input
                  type="radio"
                  name="secrecy"
                  value={value}
                  checked={secrecy === value}
                  disabled={awaitingCeremony !== undefined}
                  onChange={() => {
                    setSecrecy(value);
                  }}
                  className="mt-1 size-4 accent-indigo-600"
                />
                <span>
                  <span className="block font-medium">{label}</span>
                  <span className="block text-sm text-slate-600 dark:text-slate-300">{hint}</span>
                </span>
              </label>
            ))}
          </div>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {sealed ? create("sealedExplained") : create("publicExplained")}
          </p>
          {sealedErrors.options !== undefined && (
            <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
              {create(`sealedProblems.${sealedErrors.options}`, { max: MAX_SEALED_OPTIONS })}
            </p>
          )}
        </fieldset>

        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            label={create("opensAt")}
            hint={create("opensHint")}
            error={shown("opens") ? problem(errors.startTime) : undefined}
          >
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                step={1}
                value={opens}
                onChange={(event) => {
                  setOpens(event.target.value);
                }}
                onBlur={touch("opens")}
                className={inputClass(shown("opens") && errors.startTime !== undefined)}
              />
            )}
          </Field>
          <Field
            label={create("closesAt")}
            hint={create("closesHint")}
            error={shown("closes") ? problem(errors.endTime) : undefined}
          >
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                step={1}
                value={closes}
                onChange={(event) => {
                  setCloses(event.target.value);
                }}
                onBlur={touch("closes")}
                className={inputClass(shown("closes") && errors.endTime !== undefined)}
              />
            )}
          </Field>
        </div>
        {timeZone !== undefined && (
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="time-zone">
            {create("timeZone", { zone: timeZone })}
          </p>
        )}
        {errors.startTime === undefined && errors.endTime === undefined && (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {create("duration", { duration: duration(draft.endTime - draft.startTime) })}
          </p>
        )}
      </Card>

      {sealed && (
        <Card>
          <h2 className="mb-4 font-semibold">{create("sealedTitle")}</h2>
          <SealedSettings
            value={sealedSettings}
            onChange={setSealedSettings}
            deadlines={sealedDraft.deadlines}
            threshold={sealedDraft.threshold}
            errors={sealedErrors}
            shown={shown}
            touch={touch}
          />
        </Card>
      )}

      <Card>
        <h2 className="font-semibold">{create("registrationTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{create("registrationBody")}</p>
      </Card>

      {!account.isConnected && <Notice tone="warning">{create("needWallet")}</Notice>}
      <TransactionStatus
        state={state}
        done={createdId === undefined ? undefined : create("created", { id: createdId.toString() })}
      />
      {createError !== undefined && <Notice tone="error">{createError}</Notice>}
      <div>
        <Button type="submit" busy={busy}>
          {awaitingCeremony !== undefined ? create("openCeremonyAgain") : create("submit")}
        </Button>
      </div>
    </form>
  );
}
