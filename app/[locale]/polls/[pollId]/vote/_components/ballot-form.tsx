"use client";
/**
 * The ballot: the voter's choice, proved in the booth's Web Worker (the page stays responsive and
 * shows each stage and its time), then sent through the relayer, or from the voter's wallet after a
 * warning. In a sealed poll the worker also encrypts the choice under the poll key, with randomness
 * it draws and drops itself: the page only ever holds the ciphertexts and the proof. Each stage has a time limit; past it, or if the voter cancels, the attempt stops with a
 * sentence and "Try again", and the choice stays as it was.
 */
import { useEffect, useRef, useState } from "react";
import { useConnection, useConfig } from "wagmi";
import { getWalletClient } from "wagmi/actions";
import { pollScope } from "@/lib/ballots/scope.ts";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { choiceVector } from "@/lib/sealed/ballot-encryption.ts";
import type { Point } from "@/lib/sealed/curve.ts";
import { exportPrivateKey, type Identity } from "@/lib/identity/identity.ts";
import {
  BallotAttempt,
  BallotCancelledError,
  StageTimeoutError,
  type BallotStage,
} from "@/lib/voting/ballot-attempt.ts";
import type { BrowserProver, Preparation, ProveOptions } from "@/lib/voting/browser-prover.ts";
import { ProverError } from "@/lib/voting/prover-error.ts";
import { ballotStatement, voterPath } from "@/lib/voting/prove-ballot.ts";
import { directTransaction, readyNullifier, relayBallot, type ReadyBallot } from "@/lib/voting/ready-ballot.ts";
import { Button, Card, Notice, ProgressBar } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useAppConfig, useRelayer } from "@/app/_lib/app-config.tsx";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { saveReceipt } from "@/app/_lib/receipts-store.ts";
import type { RollView } from "@/app/_lib/roll-cache.ts";
import { PreparationProgress } from "./preparation-progress.tsx";
import { useProverFailure } from "./use-prover-failure.ts";

type Progress =
  | { status: "idle" }
  | { status: "busy"; stage: BallotStage; startedAt: number }
  | { status: "timedOut"; stage: BallotStage }
  | { status: "cancelled" }
  | { status: "error"; message: string };

/** Performance marks a benchmark (scripts/bench-web.ts) reads: the click, and the proof in hand. */
export const VOTE_MARK = "ballotbox:vote";
export const PROOF_READY_MARK = "ballotbox:proof-ready";
export const BOOTH_READY_MARK = "ballotbox:booth-ready";

/** What a sealed poll's booth adds: the poll key its ballots are encrypted under, and who decrypts. */
export interface SealedBooth {
  pollKeys: readonly Point[];
  threshold: number;
  trustees: number;
}

export function BallotForm({
  poll,
  roll,
  identity,
  prover,
  preparation,
  sealed,
  onSent,
}: {
  poll: PollOnChain;
  roll: RollView;
  identity: Identity;
  prover: BrowserProver;
  preparation: Preparation;
  /** Set for a sealed poll. */
  sealed?: SealedBooth;
  onSent: () => void;
}) {
  const vote = useTranslations("vote");
  const common = useTranslations("common");
  const describeError = useDescribeError();
  const proverFailure = useProverFailure();
  const { chainId, ballotbox, sealedBallots } = useAppConfig();
  const relayer = useRelayer();
  const wagmiConfig = useConfig();
  const account = useConnection();
  const [selected, setSelected] = useState<number[]>([]);
  const [via, setVia] = useState<"relayer" | "wallet">("relayer");
  const [progress, setProgress] = useState<Progress>({ status: "idle" });
  const [now, setNow] = useState(() => performance.now());
  const attempt = useRef<BallotAttempt | null>(null);
  const retryButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    performance.mark(BOOTH_READY_MARK);
  }, []);

  useEffect(() => {
    if (progress.status !== "busy") return;
    const timer = setInterval(() => {
      setNow(performance.now());
    }, 100);
    return () => {
      clearInterval(timer);
    };
  }, [progress.status]);

  // Leaving the booth mid-ballot stops the attempt (the booth ends its worker).
  useEffect(
    () => () => {
      attempt.current?.cancel();
    },
    [],
  );

  const stopped = progress.status === "timedOut" || progress.status === "cancelled";
  useEffect(() => {
    if (stopped) retryButton.current?.focus();
  }, [stopped]);

  const single = poll.ballotType === "single";
  const toggle = (index: number) => {
    setSelected((previous) =>
      single ? [index] : previous.includes(index) ? previous.filter((i) => i !== index) : [...previous, index].sort(),
    );
  };

  async function castBallot(): Promise<void> {
    if (selected.length === 0) {
      setProgress({ status: "error", message: vote("chooseFirst") });
      return;
    }
    if (via === "wallet" && !account.isConnected) {
      setProgress({ status: "error", message: vote("walletNeeded") });
      return;
    }
    performance.mark(VOTE_MARK);
    const current = new BallotAttempt();
    attempt.current = current;
    const enter = (stage: BallotStage) => {
      current.enter(stage);
      const startedAt = performance.now();
      setNow(startedAt);
      setProgress({ status: "busy", stage, startedAt });
    };
    try {
      enter(prover.preparation().status === "ready" ? "witness" : "download");
      const proving: ProveOptions = {
        signal: current.signal,
        onStage: (stage) => {
          if (stage !== current.stage) enter(stage);
        },
      };
      const privateKey = exportPrivateKey(identity);
      let ready: ReadyBallot;
      if (sealed === undefined) {
        const statement = ballotStatement({
          identity,
          roll: roll.group,
          poll: { ...poll, chainId, ballotbox },
          selected,
        });
        const { proof } = await current.guard(prover.prove(privateKey, statement, proving));
        ready = { secrecy: "public", pollId: poll.pollId, proof };
      } else {
        const statement = {
          merkleProof: voterPath(identity, roll.group),
          poll: {
            scope: pollScope({ chainId, ballotbox, pollId: poll.pollId }),
            ballotType: poll.ballotType,
            pollKeys: sealed.pollKeys,
          },
          choices: choiceVector(poll, selected),
        };
        const { ballot } = await current.guard(prover.proveSealed(privateKey, statement, proving));
        ready = { secrecy: "sealed", pollId: poll.pollId, ballot };
      }
      performance.mark(PROOF_READY_MARK);
      enter("relayer");
      // The receipt keeps the nullifier only: never the choice (nor, for a sealed ballot, its randomness).
      const nullifier = readyNullifier(ready).toString();
      if (via === "relayer") {
        const accepted = await current.guard(relayBallot(relayer, ready));
        saveReceipt(chainId, ballotbox, poll.pollId, {
          nullifier,
          via: "relayer",
          relayerId: accepted.id,
          submittedAt: Date.now(),
        });
      } else {
        const wallet = await current.guard(getWalletClient(wagmiConfig, { chainId }));
        const hash = await current.guard(
          wallet.sendTransaction(directTransaction(ready, { ballotbox, sealedBallots })),
        );
        saveReceipt(chainId, ballotbox, poll.pollId, {
          nullifier,
          via: "wallet",
          transactionHash: hash,
          submittedAt: Date.now(),
        });
      }
      current.finish();
      setProgress({ status: "idle" });
      onSent();
    } catch (error) {
      current.finish();
      if (error instanceof BallotCancelledError) setProgress({ status: "cancelled" });
      else if (error instanceof StageTimeoutError) setProgress({ status: "timedOut", stage: error.stage });
      else if (error instanceof ProverError) {
        setProgress({ status: "error", message: vote("proofFailed", { reason: proverFailure(error.failure) }) });
      } else setProgress({ status: "error", message: describeError(error) });
    } finally {
      if (attempt.current === current) attempt.current = null;
    }
  }

  const busy = progress.status === "busy";
  const elapsed = busy ? common("seconds", { value: (now - progress.startedAt) / 1000 }) : "";
  return (
    <form
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        void castBallot();
      }}
    >
      {sealed !== undefined && (
        <Notice tone="info" title={vote("sealedTitle")}>
          {vote("sealedNote", { threshold: String(sealed.threshold), trustees: String(sealed.trustees) })}
        </Notice>
      )}
      <Card>
        <fieldset disabled={busy} className="flex flex-col gap-2">
          <legend className="mb-2 text-lg font-semibold">{single ? vote("chooseOne") : vote("chooseAny")}</legend>
          {poll.options.map((label, index) => (
            <label
              key={index}
              className="flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-slate-300 px-4 py-3 has-checked:border-indigo-600 has-checked:bg-indigo-50 has-focus-visible:outline-2 has-focus-visible:outline-indigo-600 dark:border-slate-600 dark:has-checked:border-indigo-400 dark:has-checked:bg-indigo-950"
            >
              <input
                type={single ? "radio" : "checkbox"}
                name="choice"
                checked={selected.includes(index)}
                onChange={() => {
                  toggle(index);
                }}
                className="size-5 accent-indigo-600"
              />
              <span className="font-medium">{label}</span>
            </label>
          ))}
        </fieldset>
      </Card>

      <Card>
        <fieldset disabled={busy} className="flex flex-col gap-3">
          <legend className="mb-2 font-semibold">{vote("sendVia")}</legend>
          <label className="flex cursor-pointer gap-3">
            <input
              type="radio"
              name="via"
              checked={via === "relayer"}
              onChange={() => {
                setVia("relayer");
              }}
              className="mt-1 size-4 accent-indigo-600"
            />
            <span>
              <span className="block font-medium">{vote("viaRelayer")}</span>
              <span className="block text-sm text-slate-500 dark:text-slate-400">{vote("viaRelayerHint")}</span>
            </span>
          </label>
          <label className="flex cursor-pointer gap-3">
            <input
              type="radio"
              name="via"
              checked={via === "wallet"}
              onChange={() => {
                setVia("wallet");
              }}
              className="mt-1 size-4 accent-indigo-600"
            />
            <span>
              <span className="block font-medium">{vote("viaWallet")}</span>
            </span>
          </label>
          {via === "wallet" && <Notice tone="warning">{vote("viaWalletHint")}</Notice>}
        </fieldset>
      </Card>

      {busy && (
        <Card className="flex flex-col gap-3" aria-live="polite">
          <p className="font-medium">{vote(`stages.${progress.stage}`)}</p>
          {progress.stage === "download" ? (
            <PreparationProgress preparation={preparation} />
          ) : (
            <ProgressBar value={undefined} label={vote(`stages.${progress.stage}`)} />
          )}
          <p className="text-sm text-slate-500 tabular-nums dark:text-slate-400">
            {vote("elapsed", { seconds: elapsed })}
          </p>
          {/* Once the ballot is on its way it cannot be called back: no cancel then. */}
          {(progress.stage === "download" || progress.stage === "witness" || progress.stage === "proof") && (
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  attempt.current?.cancel();
                }}
              >
                {vote("cancel")}
              </Button>
            </div>
          )}
        </Card>
      )}
      {stopped && (
        <Notice tone="warning">
          <p>{progress.status === "timedOut" ? vote(`stageTimedOut.${progress.stage}`) : vote("cancelled")}</p>
          <p className="mt-1">{vote("choiceKept")}</p>
        </Notice>
      )}
      {progress.status === "error" && <Notice tone="error">{progress.message}</Notice>}
      {!busy && progress.status !== "error" && !stopped && <PreparationProgress preparation={preparation} quiet />}
      <div className="flex flex-col gap-2">
        <div>
          <Button ref={retryButton} type="submit" busy={busy} className="min-w-32">
            {stopped ? vote("tryAgain") : vote("submit")}
          </Button>
        </div>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {vote(sealed === undefined ? "privacyNote" : "sealedPrivacyNote")}
        </p>
      </div>
    </form>
  );
}
