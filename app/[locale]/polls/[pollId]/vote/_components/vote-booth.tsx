"use client";
/**
 * The voting booth: checks the voter can vote here (identity, roll, phase, not yet voted), then hands
 * over to the ballot form; afterwards, and whenever the voter comes back, shows the receipt. The
 * booth owns the prover, so it outlives every re-read of the poll and the roll.
 */
import { useMemo, useState } from "react";
import { pollPhase } from "@/lib/chain/phase.ts";
import { pollScope } from "@/lib/ballots/scope.ts";
import { ballotNullifier } from "@/lib/voting/nullifier.ts";
import { chooseTreeDepth } from "@/lib/voting/prove-ballot.ts";
import { useTimeLeft } from "@/app/_components/time-left.tsx";
import { ButtonLink, Card, Mono, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useAppConfig } from "@/app/_lib/app-config.tsx";
import { useCountedBallot } from "@/app/_lib/ballot-queries.ts";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { useIdentity, useIdentityState } from "@/app/_lib/identity-store.ts";
import { UnlockIdentity } from "@/app/[locale]/identity/_components/unlock-identity.tsx";
import { useNowSeconds, usePoll } from "@/app/_lib/poll-queries.ts";
import { useStoredReceipt } from "@/app/_lib/receipts-store.ts";
import { useRoll } from "@/app/_lib/roll-cache.ts";
import { BallotForm } from "./ballot-form.tsx";
import { BallotReceipt } from "./ballot-receipt.tsx";
import { PreparationProgress } from "./preparation-progress.tsx";
import { useBoothProver } from "./use-booth-prover.ts";

export function VoteBooth({ pollId: pollIdText }: { pollId: string }) {
  const vote = useTranslations("vote");
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
  const counted = useCountedBallot(
    pollId,
    nullifier,
    poll.data?.createdBlock,
    receipt !== null && receipt !== undefined,
  );
  const phase = poll.data === undefined ? undefined : pollPhase(poll.data, now);
  const onRoll = identity !== undefined && identity !== null && roll.data?.indexOf(identity.commitment) !== -1;
  const sealed = poll.data?.secrecy === "sealed";
  const mayVote = !sealed && onRoll && phase !== "closed" && (receipt === null || retrying) && counted.data === null;
  const { prover, preparation } = useBoothProver(
    mayVote && roll.data !== undefined ? chooseTreeDepth(roll.data.group) : undefined,
  );

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
  if (sealed) {
    // The sealed booth (encrypt and prove in the worker) is to come; the CLI casts sealed ballots today.
    return (
      <Card className="flex flex-col items-start gap-3" data-testid="sealed-booth-cli">
        <p className="font-medium">{vote("sealedCliTitle")}</p>
        <p className="text-sm text-slate-600 dark:text-slate-300">{vote("sealedCliHow")}</p>
        <Mono>{`BALLOTBOX_IDENTITY_PASSPHRASE=… node cli/ballotbox.ts vote --poll ${pollIdText} --identity <backup.json> --choice 1 --relayer http://127.0.0.1:8787`}</Mono>
      </Card>
    );
  }
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
  const error = roll.error ?? counted.error;
  if (error !== null) return <Notice tone="error">{describeError(error)}</Notice>;
  if (
    identity === undefined ||
    roll.data === undefined ||
    receipt === undefined ||
    counted.data === undefined ||
    nullifier === undefined
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
  if (prover === undefined) return <p className="text-slate-500">{common("loading")}</p>;
  return (
    <BallotForm
      poll={poll.data}
      roll={roll.data}
      identity={identity}
      prover={prover}
      preparation={preparation}
      onSent={() => {
        setRetrying(false);
      }}
    />
  );
}
