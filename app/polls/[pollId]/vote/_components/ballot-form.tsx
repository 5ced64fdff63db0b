"use client";
/**
 * The ballot: the voter's choice, proved in a Web Worker (the page stays responsive and shows the
 * time it takes), then sent through the relayer, or from the voter's wallet after a warning.
 */
import type { Group } from "@semaphore-protocol/group";
import { useEffect, useRef, useState } from "react";
import { useConnection, useConfig } from "wagmi";
import { getWalletClient } from "wagmi/actions";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { exportPrivateKey, type Identity } from "@/lib/identity/identity.ts";
import { createBrowserProver, type BrowserProver } from "@/lib/voting/browser-prover.ts";
import { buildDirectVote } from "@/lib/voting/direct-vote.ts";
import { ballotStatement, chooseTreeDepth } from "@/lib/voting/prove-ballot.ts";
import { Button, Card, Notice, ProgressBar } from "@/app/_components/ui.tsx";
import { useMessages } from "@/app/_i18n/index.ts";
import { useAppConfig, useRelayer } from "@/app/_lib/app-config.tsx";
import { describeError } from "@/app/_lib/describe-error.ts";
import { saveReceipt } from "@/app/_lib/receipts-store.ts";

type Stage = "preparing" | "loading" | "proving" | "sending";
type Progress =
  { status: "idle" } | { status: "busy"; stage: Stage; startedAt: number } | { status: "error"; message: string };

export function BallotForm({
  poll,
  roll,
  identity,
  onSent,
}: {
  poll: PollOnChain;
  roll: Group;
  identity: Identity;
  onSent: () => void;
}) {
  const { vote, common } = useMessages();
  const { chainId, ballotbox, rpcUrl } = useAppConfig();
  const relayer = useRelayer();
  const wagmiConfig = useConfig();
  const account = useConnection();
  const [selected, setSelected] = useState<number[]>([]);
  const [via, setVia] = useState<"relayer" | "wallet">("relayer");
  const [progress, setProgress] = useState<Progress>({ status: "idle" });
  const [now, setNow] = useState(() => performance.now());
  const prover = useRef<BrowserProver | null>(null);

  // One worker for this ballot, warmed up with the circuit of the roll's depth while the voter chooses.
  useEffect(() => {
    const instance = createBrowserProver();
    instance.prepare(chooseTreeDepth(roll));
    prover.current = instance;
    return () => {
      instance.terminate();
      prover.current = null;
    };
  }, [roll]);

  useEffect(() => {
    if (progress.status !== "busy") return;
    const timer = setInterval(() => {
      setNow(performance.now());
    }, 100);
    return () => {
      clearInterval(timer);
    };
  }, [progress.status]);

  const single = poll.ballotType === "single";
  const toggle = (index: number) => {
    setSelected((previous) =>
      single ? [index] : previous.includes(index) ? previous.filter((i) => i !== index) : [...previous, index].sort(),
    );
  };

  async function castBallot(): Promise<void> {
    if (selected.length === 0) {
      setProgress({ status: "error", message: vote.chooseFirst });
      return;
    }
    if (via === "wallet" && !account.isConnected) {
      setProgress({ status: "error", message: vote.walletNeeded });
      return;
    }
    const startedAt = performance.now();
    setNow(startedAt);
    try {
      setProgress({ status: "busy", stage: "preparing", startedAt });
      const statement = ballotStatement({ identity, roll, poll: { ...poll, chainId, ballotbox }, selected });
      const current = prover.current ?? createBrowserProver();
      prover.current = current;
      const { proof } = await current.prove(exportPrivateKey(identity), statement, (stage) => {
        setProgress({ status: "busy", stage, startedAt });
      });
      setProgress({ status: "busy", stage: "sending", startedAt });
      if (via === "relayer") {
        const accepted = await relayer.submitBallot(poll.pollId, proof);
        saveReceipt(chainId, ballotbox, poll.pollId, {
          nullifier: proof.nullifier.toString(),
          via: "relayer",
          relayerId: accepted.id,
          submittedAt: Date.now(),
        });
      } else {
        const wallet = await getWalletClient(wagmiConfig, { chainId });
        const hash = await wallet.sendTransaction(buildDirectVote(ballotbox, poll.pollId, proof));
        saveReceipt(chainId, ballotbox, poll.pollId, {
          nullifier: proof.nullifier.toString(),
          via: "wallet",
          transactionHash: hash,
          submittedAt: Date.now(),
        });
      }
      setProgress({ status: "idle" });
      onSent();
    } catch (error) {
      setProgress({ status: "error", message: describeError(error, rpcUrl) });
    }
  }

  const busy = progress.status === "busy";
  const elapsed = busy ? common.seconds((now - progress.startedAt) / 1000) : "";
  return (
    <form
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        void castBallot();
      }}
    >
      <Card>
        <fieldset disabled={busy} className="flex flex-col gap-2">
          <legend className="mb-2 text-lg font-semibold">{single ? vote.chooseOne : vote.chooseAny}</legend>
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
          <legend className="mb-2 font-semibold">{vote.sendVia}</legend>
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
              <span className="block font-medium">{vote.viaRelayer}</span>
              <span className="block text-sm text-slate-500 dark:text-slate-400">{vote.viaRelayerHint}</span>
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
              <span className="block font-medium">{vote.viaWallet}</span>
            </span>
          </label>
          {via === "wallet" && <Notice tone="warning">{vote.viaWalletHint}</Notice>}
        </fieldset>
      </Card>

      {busy && (
        <Card className="flex flex-col gap-3" aria-live="polite">
          <p className="font-medium">{vote.stages[progress.stage]}</p>
          <ProgressBar value={undefined} label={vote.stages[progress.stage]} />
          <p className="text-sm text-slate-500 tabular-nums dark:text-slate-400">{vote.elapsed(elapsed)}</p>
        </Card>
      )}
      {progress.status === "error" && <Notice tone="error">{progress.message}</Notice>}
      <div className="flex flex-col gap-2">
        <div>
          <Button type="submit" busy={busy} className="min-w-32">
            {vote.submit}
          </Button>
        </div>
        <p className="text-xs text-slate-500 dark:text-slate-400">{vote.privacyNote}</p>
      </div>
    </form>
  );
}
