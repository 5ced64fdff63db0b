"use client";
/**
 * The voting booth: checks the voter can vote here (identity, roll, phase, not yet voted), then hands
 * over to the ballot form; afterwards, and whenever the voter comes back, shows the receipt.
 */
import { useMemo, useState } from "react";
import { pollPhase } from "@/lib/chain/phase.ts";
import { pollScope } from "@/lib/ballots/scope.ts";
import { ballotNullifier } from "@/lib/voting/nullifier.ts";
import { timeLeft } from "@/app/_components/time-left.tsx";
import { ButtonLink, Card, Notice } from "@/app/_components/ui.tsx";
import { useMessages } from "@/app/_i18n/index.ts";
import { useAppConfig } from "@/app/_lib/app-config.tsx";
import { useCountedBallot } from "@/app/_lib/ballot-queries.ts";
import { describeError } from "@/app/_lib/describe-error.ts";
import { useIdentity } from "@/app/_lib/identity-store.ts";
import { useNowSeconds, usePoll, useRoll } from "@/app/_lib/poll-queries.ts";
import { useStoredReceipt } from "@/app/_lib/receipts-store.ts";
import { BallotForm } from "./ballot-form.tsx";
import { BallotReceipt } from "./ballot-receipt.tsx";

export function VoteBooth({ pollId: pollIdText }: { pollId: string }) {
  const { vote, common } = useMessages();
  const { chainId, ballotbox, rpcUrl } = useAppConfig();
  const pollId = BigInt(pollIdText);
  const identity = useIdentity();
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

  if (poll.isError) return null; // the header says why
  if (identity === null) {
    return (
      <Card className="flex flex-col items-start gap-3">
        <p className="font-medium">{vote.needIdentity}</p>
        <p className="text-sm text-slate-600 dark:text-slate-300">{vote.needIdentityHow}</p>
        <ButtonLink href="/identity">{vote.goToIdentity}</ButtonLink>
      </Card>
    );
  }
  const error = roll.error ?? counted.error;
  if (error !== null) return <Notice tone="error">{describeError(error, rpcUrl)}</Notice>;
  if (
    identity === undefined ||
    poll.data === undefined ||
    roll.data === undefined ||
    receipt === undefined ||
    counted.data === undefined ||
    nullifier === undefined
  ) {
    return <p className="text-slate-500">{common.loading}</p>;
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
      <Notice tone="warning" title={vote.alreadyVoted}>
        <p>{vote.alreadyVotedElsewhere}</p>
        {counted.data.transactionHash !== undefined && (
          <p className="mt-1 font-mono text-xs break-all">{counted.data.transactionHash}</p>
        )}
      </Notice>
    );
  }

  const phase = pollPhase(poll.data, now);
  const onRoll = roll.data.indexOf(identity.commitment) !== -1;
  if (phase === "closed") {
    return (
      <Card className="flex flex-col items-start gap-3">
        <p>{vote.closedPhase}</p>
        <ButtonLink href={`/polls/${pollIdText}`}>{vote.seeResults}</ButtonLink>
      </Card>
    );
  }
  if (!onRoll) return <Notice tone="warning">{vote.notOnRoll}</Notice>;
  if (phase === "registration") {
    return (
      <Notice tone="info" title={vote.registrationPhase(timeLeft(poll.data, now))}>
        {vote.onRoll}
      </Notice>
    );
  }
  return (
    <BallotForm
      poll={poll.data}
      roll={roll.data}
      identity={identity}
      onSent={() => {
        setRetrying(false);
      }}
    />
  );
}
