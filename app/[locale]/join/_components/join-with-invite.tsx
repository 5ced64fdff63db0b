"use client";
/**
 * Registration from an invite link. The invite's key is in the link's fragment (after "#"), which
 * browsers never send to a server; it signs the registration here, and only the signature, the
 * invite's public address and the identity's commitment go to the relayer.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { pollPhase } from "@/lib/chain/phase.ts";
import { ballotboxAbi } from "@/lib/contracts/abis.generated.ts";
import { createIdentity } from "@/lib/identity/identity.ts";
import { decodeInviteCode, inviteStanding } from "@/lib/registration/invite-link.ts";
import { inviteAddress, signInviteRegistration, type Invite } from "@/lib/registration/invites.ts";
import { Button, ButtonLink, Card, Mono, Notice, Spinner, TextLink } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import type { Messages } from "@/app/_i18n/catalog.ts";
import { useAppConfig, useBallotboxConnection, useRelayer } from "@/app/_lib/app-config.tsx";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { saveIdentity, useIdentity, useIdentityState } from "@/app/_lib/identity-store.ts";
import { UnlockIdentity } from "@/app/[locale]/identity/_components/unlock-identity.tsx";
import { useNowSeconds, usePoll, useRoll } from "@/app/_lib/poll-queries.ts";
import { waitForReceipt } from "@/app/_lib/relayer-receipts.ts";
import { usePublishedInviteRoots } from "./invite-roots.ts";
import { PollPreview } from "./poll-preview.tsx";
import { useReceiptFailure } from "@/app/[locale]/polls/[pollId]/vote/_components/use-receipt-failure.ts";

type InviteState = { status: "reading" } | { status: "invalid"; message: string } | { status: "ok"; invite: Invite };

export function JoinWithInvite() {
  const join = useTranslations("join");
  const describeError = useDescribeError();
  const { chainId, ballotbox } = useAppConfig();
  const [state, setState] = useState<InviteState>({ status: "reading" });

  useEffect(() => {
    const code = window.location.hash.slice(1);
    if (code === "") {
      setState({ status: "invalid", message: join("noCode") });
      return;
    }
    try {
      const invite = decodeInviteCode(code);
      if (invite.chainId !== chainId || invite.ballotbox.toLowerCase() !== ballotbox.toLowerCase()) {
        setState({ status: "invalid", message: join("otherDeployment", { chainId: String(invite.chainId) }) });
      } else {
        setState({ status: "ok", invite });
      }
    } catch (error) {
      setState({ status: "invalid", message: describeError(error) });
    }
  }, [chainId, ballotbox, join]);

  if (state.status === "reading") return null;
  if (state.status === "invalid") return <Notice tone="error">{state.message}</Notice>;
  return <InviteCard invite={state.invite} />;
}

type JoinProgress =
  | { status: "idle" }
  | { status: "busy"; stage: keyof Messages["join"]["stages"] }
  | { status: "joined" }
  | { status: "error"; message: string };

function InviteCard({ invite }: { invite: Invite }) {
  const join = useTranslations("join");
  const common = useTranslations("common");
  const describeError = useDescribeError();
  const receiptFailure = useReceiptFailure();
  const { moment } = useFormats();
  const connection = useBallotboxConnection();
  const relayer = useRelayer();
  const identityState = useIdentityState();
  const identity = useIdentity();
  const poll = usePoll(invite.pollId);
  const publishedRoots = usePublishedInviteRoots(invite.pollId, poll.data?.createdBlock);
  const roll = useRoll(poll.data);
  const now = useNowSeconds();
  const used = useQuery({
    queryKey: ["invite-used", connection.ballotbox, invite.pollId, inviteAddress(invite)],
    queryFn: () =>
      connection.client.readContract({
        address: connection.ballotbox,
        abi: ballotboxAbi,
        functionName: "inviteUsed",
        args: [invite.pollId, inviteAddress(invite)],
      }),
  });
  const [progress, setProgress] = useState<JoinProgress>({ status: "idle" });

  if (poll.isError) return <Notice tone="error">{describeError(poll.error)}</Notice>;
  if (identityState.status === "locked") {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="warning">{join("identityLocked")}</Notice>
        <UnlockIdentity />
      </div>
    );
  }
  if (identityState.status === "unreadable") return <Notice tone="error">{identityState.problem}</Notice>;
  if (
    poll.data === undefined ||
    identity === undefined ||
    roll.data === undefined ||
    used.data === undefined ||
    publishedRoots.data === undefined
  ) {
    return <p className="text-slate-600 dark:text-slate-300">{common("loading")}</p>;
  }
  const standing = inviteStanding(invite, poll.data.inviteRoot, publishedRoots.data);
  const onRoll = identity !== null && roll.data.indexOf(identity.commitment) !== -1;
  const blocker =
    progress.status === "joined" || onRoll
      ? undefined
      : pollPhase(poll.data, now) !== "registration"
        ? join("phaseClosed")
        : standing !== "current"
          ? join(standing)
          : used.data
            ? join("used")
            : undefined;

  async function register(): Promise<void> {
    try {
      let voter = identity;
      if (voter === null || voter === undefined) {
        voter = createIdentity();
        await saveIdentity(voter);
      }
      setProgress({ status: "busy", stage: "signing" });
      const registration = await signInviteRegistration(invite, voter.commitment);
      setProgress({ status: "busy", stage: "sending" });
      const accepted = await relayer.submitRegistration(registration);
      // The invite has done its job: drop the key from the address bar and the history entry.
      window.history.replaceState(null, "", window.location.pathname);
      setProgress({ status: "busy", stage: "waiting" });
      const receipt = await waitForReceipt(() => relayer.registrationReceipt(accepted.id));
      if (receipt.state === "failed") {
        setProgress({ status: "error", message: join("failed", { reason: receiptFailure(receipt) }) });
        return;
      }
      await roll.refetch();
      setProgress({ status: "joined" });
    } catch (error) {
      setProgress({ status: "error", message: describeError(error) });
    }
  }

  const pollId = invite.pollId.toString();
  return (
    <Card className="flex flex-col gap-4">
      <PollPreview poll={poll.data} />
      {progress.status === "joined" || onRoll ? (
        <Notice tone="success" title={progress.status === "joined" ? join("joined") : join("alreadyOnRoll")}>
          <p>{join("joinedNext", { opensAt: moment(poll.data.startTime) })}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <ButtonLink href={`/polls/${pollId}/vote`}>{join("voteNow")}</ButtonLink>
            <TextLink href="/identity" className="self-center">
              {join("backupReminder")}
            </TextLink>
          </div>
        </Notice>
      ) : blocker !== undefined ? (
        <Notice tone="error">{blocker}</Notice>
      ) : (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {identity === null ? (
              join("identityNew")
            ) : (
              <>
                {join("identityExisting")}
                <Mono>{identity.commitment.toString()}</Mono>
              </>
            )}
          </p>
          <div>
            <Button onClick={() => void register()} busy={progress.status === "busy"}>
              {join("joinButton")}
            </Button>
          </div>
          {progress.status === "busy" && (
            <p aria-live="polite" className="flex items-center gap-2 text-sm">
              <Spinner />
              {join(`stages.${progress.stage}`)}
            </p>
          )}
          {progress.status === "error" && <Notice tone="error">{progress.message}</Notice>}
        </>
      )}
    </Card>
  );
}
