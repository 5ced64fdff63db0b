"use client";
import { useQuery } from "@tanstack/react-query";
import { findRegisteredPolls } from "@/lib/chain/memberships.ts";
import { pollPhase } from "@/lib/chain/phase.ts";
import type { Identity } from "@/lib/identity/identity.ts";
import { PhaseBadge } from "@/app/_components/phase-badge.tsx";
import { Card, Notice, TextLink } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useBallotboxConnection } from "@/app/_lib/app-config.tsx";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { useNowSeconds, usePolls } from "@/app/_lib/poll-queries.ts";

export function RegisteredPolls({ identity }: { identity: Identity }) {
  const words = useTranslations("identity");
  const common = useTranslations("common");
  const connection = useBallotboxConnection();
  const describeError = useDescribeError();
  const polls = usePolls();
  const now = useNowSeconds();
  const registered = useQuery({
    queryKey: ["registered-polls", connection.ballotbox, identity.commitment, polls.data?.length],
    enabled: polls.data !== undefined,
    queryFn: async () =>
      findRegisteredPolls(connection, identity.commitment, polls.data ?? [], await connection.client.getBlockNumber()),
  });
  const error = polls.error ?? registered.error;
  return (
    <Card>
      <h2 className="text-lg font-semibold">{words("pollsTitle")}</h2>
      <div className="mt-3">
        {error !== null ? (
          <Notice tone="error" title={words("pollsError")}>
            {describeError(error)}
          </Notice>
        ) : registered.data === undefined ? (
          <p className="text-slate-500">{common("loading")}</p>
        ) : registered.data.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-300">{words("pollsNone")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {registered.data.map((poll) => (
              <li key={poll.pollId.toString()} className="flex flex-wrap items-center gap-2">
                <PhaseBadge phase={pollPhase(poll, now)} />
                <TextLink href={`/polls/${poll.pollId}/vote`}>{poll.question}</TextLink>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
