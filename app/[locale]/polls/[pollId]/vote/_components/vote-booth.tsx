"use client";
/**
 * The voting booth: checks the voter can vote here (identity, roll, phase, not yet voted), then hands
 * over to the ballot form; afterwards, and whenever the voter comes back, shows the receipt. The
 * booth owns the prover, so it outlives every re-read of the poll and the roll. A sealed poll's booth
 * also waits for the key ceremony to fix the poll key, and proves with the sealed-ballot circuit.
 */
import { useMemo, useState } from "react";
import { ballotCircuitFor } from "@/circuits/manifest.ts";
import { pollPhase } from "@/lib/chain/phase.ts";
import { pollScope } from "@/lib/ballots/scope.ts";
import { pollKeysOf } from "@/lib/sealed/sealed-state.ts";
import { ballotNullifier } from "@/lib/voting/nullifier.ts";
import { chooseTreeDepth } from "@/lib/voting/prove-ballot.ts";
import { semaphoreCircuit } from "@/lib/voting/prover-protocol.ts";
import { useTimeLeft } from "@/app/_components/time-left.tsx";
import { ButtonLink, Card, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useAppConfig } from "@/app/_lib/app-config.tsx";
import { useCountedBallot } from "@/app/_lib/ballot-queries.ts";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { useIdentity, useIdentityState } from "@/app/_lib/identity-store.ts";
import { UnlockIdentity } from "@/app/[locale]/identity/_components/unlock-identity.tsx";
import { useNowSeconds, usePoll } from "@/app/_lib/poll-queries.ts";
import { useStoredReceipt } from "@/app/_lib/receipts-store.ts";
import { useRoll } from "@/app/_lib/roll-cache.ts";
import { useBallotLog, useSealedPoll } from "@/app/_lib/sealed-queries.ts";
import { BallotForm, type SealedBooth } from "./ballot-form.tsx";
import { BallotReceipt } from "./ballot-receipt.tsx";
import { PreparationProgress } from "./preparation-progress.tsx";
import { useBoothProver } from "./use-booth-prover.ts";

export function VoteBooth({ pollId: pollIdText }: { pollId: string }) {
  const vote = useTranslations("vote");
  const sealedWords = useTranslations("sealed");
  const common = useTranslations("common");
  const describeError = useDescribeError();
  const { chainId, ballotbox } = useAppConfig();
  const timeLeft = useTimeLeft();
  const pollId = BigInt(pollIdText);
  const identity = useIdentity();
  const identityState = useIdentityState();
  const poll = usePoll(pollId);
  const roll = useRoll(poll.data);
  const now = useNowSeconds();
  const receipt = useStoredReceipt(chainId, ballotbox, pollId);
  const [retrying, setRetrying] = useState(false);
  const nullifier = useMemo(
    () => (identity ? ballotNullifier(identity, pollScope({ chainId, ballotbox, pollId })) : undefined),
    [identity, chainId, ballotbox, pollId],
  );
  const sealed = poll.data?.secrecy === "sealed";
  const sealedPoll = useSealedPoll(pollId, sealed);
  const sealedState = sealedPoll.state.data;
  const sealedBooth = useMemo((): SealedBooth | undefined => {
    const pollKeys = sealedState === undefined ? undefined : pollKeysOf(sealedState);
    if (sealedState?.ceremony === undefined || pollKeys === undefined) return undefined;
    return {
      pollKeys,
      threshold: sealedState.ceremony.record.threshold,
      trustees: sealedState.ceremony.record.trustees.length,
    };
  }, [sealedState]);
  const ballotLog = useBallotLog(poll.data?.secrecy);
  const counted = useCountedBallot(
    ballotLog,
    pollId,
    nullifier,
    poll.data?.createdBlock,
    receipt !== null && receipt !== undefined,
  );
  const phase = poll.data === undefined ? undefined : pollPhase(poll.data, now);
  const onRoll = identity !== undefined && identity !== null && roll.data?.indexOf(identity.commitment) !== -1;
  const mayVote = onRoll && phase !== "closed" && (receipt === null || retrying) && counted.data === null;
  const circuit =
    !mayVote || poll.data === undefined || roll.data === undefined
      ? undefined
      : sealed
        ? ballotCircuitFor(poll.data.optionCount).name
        : semaphoreCircuit(chooseTreeDepth(roll.data.group));
  const { prover, preparation } = useBoothProver(circuit);

  if (poll.isError) return null; // the header says why
  if (poll.data === undefined || phase === undefined) return <p className="text-slate-500">{common("loading")}</p>;
  const votingEnded = (
    <Card className="flex flex-col items-start gap-3">
      <p>{vote("closedPhase")}</p>
      <ButtonLink href={`/polls/${pollIdText}`}>{vote("seeResults")}</ButtonLink>
    </Card>
  );
  // Said first: whoever opens a closed poll's booth, with or without an identity, learns it is over.
  if (phase === "closed" && receipt === null) return votingEnded;
  if (sealed && sealedPoll.contracts.data === null) return <Notice tone="error">{sealedWords("unavailable")}</Notice>;
  if (identityState.status === "locked") return <UnlockIdentity />;
  if (identity === null) {
    return (
      <Card className="flex flex-col items-start gap-3">
        <p className="font-medium">{vote("needIdentity")}</p>
        <p className="text-sm text-slate-600 dark:text-slate-300">{vote("needIdentityHow")}</p>
        <ButtonLink href="/identity">{vote("goToIdentity")}</ButtonLink>
      </Card>
    );
  }
  const error = roll.error ?? counted.error ?? sealedPoll.contracts.error ?? sealedPoll.state.error;
  if (error !== null) return <Notice tone="error">{describeError(error)}</Notice>;
  if (
    identity === undefined ||
    roll.data === undefined ||
    receipt === undefined ||
    counted.data === undefined ||
    nullifier === undefined ||
    (sealed && sealedState === undefined)
  ) {
    return <p className="text-slate-500">{common("loading")}</p>;
  }

  if (receipt !== null && !retrying) {
    return (
      <BallotReceipt
        receipt={receipt}
        counted={counted.data}
        onRetry={() => {
          setRetrying(true);
        }}
      />
    );
  }
  if (counted.data !== null) {
    return (
      <Notice tone="warning" title={vote("alreadyVoted")}>
        <p>{vote("alreadyVotedElsewhere")}</p>
        <p className="mt-1 font-mono text-xs break-all">{counted.data.transactionHash}</p>
      </Notice>
    );
  }
  if (phase === "closed") return votingEnded;
  if (!onRoll) return <Notice tone="warning">{vote("notOnRoll")}</Notice>;
  if (phase === "registration") {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="info" title={vote("registrationPhase", { opensIn: timeLeft(poll.data, now) })}>
          {vote("onRoll")}
        </Notice>
        <PreparationProgress preparation={preparation} quiet />
      </div>
    );
  }
  if (sealedState !== undefined && sealedBooth === undefined) {
    // Voting is due, but the ceremony never fixed the poll key: no ballot can be encrypted.
    return (
      <Notice tone="error" title={vote("sealedNoKey")}>
        {sealedWords(`ceremony.status.${sealedState.status}`)}
      </Notice>
    );
  }
  if (prover === undefined) return <p className="text-slate-500">{common("loading")}</p>;
  return (
    <BallotForm
      poll={poll.data}
      roll={roll.data}
      identity={identity}
      prover={prover}
      preparation={preparation}
      sealed={sealedBooth}
      onSent={() => {
        setRetrying(false);
      }}
    />
  );
}
