"use client";
/**
 * The organizer's page for a poll's roll: while registration is open, add voters, hand out invite
 * links and set a wallet allowlist; for everyone, the registrations so far. The layout above already
 * shows the poll's question, phase and countdown.
 */
import { useMemo } from "react";
import { isAddressEqual } from "viem";
import { useConnection as useWallet } from "wagmi";
import { pollPhase, type Phase } from "@/lib/chain/phase.ts";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { Mono, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";
import { useNowSeconds, usePoll, useRoll } from "@/app/_lib/poll-queries.ts";
import { AddVoters } from "./add-voters.tsx";
import { Allowlist } from "./allowlist.tsx";
import { InviteLinks } from "./invite-links.tsx";
import { Registrations } from "./registrations.tsx";

export function ManagePoll({ pollId }: { pollId: string }) {
  const poll = usePoll(BigInt(pollId));
  const now = useNowSeconds();
  const account = useWallet();

  // The header above says "loading" or why the poll cannot be read.
  if (poll.data === undefined) return null;
  const phase = pollPhase(poll.data, now);
  const open = phase === "registration";
  const isOrganizer = account.address !== undefined && isAddressEqual(account.address, poll.data.organizer);

  return (
    <div className="flex flex-col gap-6">
      <RollPhase poll={poll.data} phase={phase} now={now} />
      {open && !isOrganizer && <OrganizerOnly organizer={poll.data.organizer} connected={account.address} />}
      {open && isOrganizer && (
        <>
          <AddVoters poll={poll.data} />
          <InviteLinks poll={poll.data} />
          <Allowlist poll={poll.data} />
        </>
      )}
      <Registrations poll={poll.data} live={open} />
    </div>
  );
}

/** When the roll freezes, or that it has. */
function RollPhase({ poll, phase, now }: { poll: PollOnChain; phase: Phase; now: bigint }) {
  const m = useTranslations("manage");
  const { moment, duration } = useFormats();
  const roll = useRoll(poll);
  const voters = useMemo(
    () => (roll.data === undefined ? undefined : roll.data.members.filter((member) => member !== 0n).length),
    [roll.data],
  );
  if (phase === "registration") {
    // Styled as an info Notice, but not a live region: the countdown in it changes every second.
    return (
      <div className="rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100">
        <p className="font-semibold">
          {m("phase.freezes", { time: moment(poll.startTime), countdown: duration(poll.startTime - now) })}
        </p>
        <p className="mt-1">{m("phase.freezesHint")}</p>
      </div>
    );
  }
  const count = voters === undefined ? m("loadingRoll") : m("voters", { value: voters });
  return (
    <Notice
      tone="warning"
      title={phase === "voting" ? m("phase.opened", { voters: count }) : m("phase.closed", { voters: count })}
    >
      {m("phase.frozenHint")}
    </Notice>
  );
}

/** Who may change the roll, for a visitor who is not (or not connected as) the organizer. */
function OrganizerOnly({ organizer, connected }: { organizer: string; connected: string | undefined }) {
  const m = useTranslations("manage");
  return (
    <Notice tone="warning" title={m("who.title")}>
      <p>
        {m("who.body")} <Mono>{organizer}</Mono>
      </p>
      {connected !== undefined && (
        <p className="mt-1">
          {m("who.connectedAs")} <Mono>{connected}</Mono>.
        </p>
      )}
      <p className="mt-1">{m("who.connect")}</p>
    </Notice>
  );
}
