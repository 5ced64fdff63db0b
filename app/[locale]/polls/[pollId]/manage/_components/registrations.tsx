"use client";
/** The roll as it stands, for anyone: who is on it and how each voter joined. */
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { countRegistrations, readRegistrations, type RollEntry } from "@/lib/chain/registrations.ts";
import { Button, Card, Field, Mono, Notice, inputClass } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useBallotboxConnection } from "@/app/_lib/app-config.tsx";
import { useDescribeError } from "@/app/_lib/describe-error.ts";
import { LIVE_REFRESH_MS } from "@/app/_lib/poll-queries.ts";
import { CSV, downloadText } from "@/app/_lib/download.ts";

/** Voters listed until "show all". */
const VISIBLE_ENTRIES = 100;

function useRegistrations(poll: PollOnChain, live: boolean) {
  const connection = useBallotboxConnection();
  return useQuery({
    queryKey: ["registrations", connection.ballotbox, poll.pollId],
    queryFn: async () => readRegistrations(connection, poll, await connection.client.getBlockNumber()),
    // Once voting opens the roll is frozen: one reading is enough.
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });
}

export function Registrations({ poll, live }: { poll: PollOnChain; live: boolean }) {
  const m = useTranslations("manage");
  const common = useTranslations("common");
  const describeError = useDescribeError();
  const registrations = useRegistrations(poll, live);
  const [search, setSearch] = useState("");
  const [showAll, setShowAll] = useState(false);
  const titleId = useId();

  const entries = registrations.data?.entries;
  const counts = useMemo(() => (entries === undefined ? undefined : countRegistrations(entries)), [entries]);
  const query = search.replace(/\s+/g, "");
  const matching = useMemo(
    () =>
      entries === undefined || query === ""
        ? entries
        : entries.filter((entry) => entry.commitment !== 0n && entry.commitment.toString().includes(query)),
    [entries, query],
  );

  function download() {
    if (entries === undefined) return;
    const rows = entries
      .filter((entry) => entry.commitment !== 0n)
      .map((entry) => `${entry.index},${entry.commitment.toString()},${entry.joined.via}`);
    downloadText(`poll-${poll.pollId.toString()}-roll.csv`, `index,commitment,joined\n${rows.join("\n")}\n`, CSV);
  }

  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h2 id={titleId} className="text-lg font-semibold">
          {m("registrations.title")}
        </h2>
        {counts !== undefined && registrations.data !== undefined && (
          <>
            <p className="text-2xl font-semibold tabular-nums">{m("registrations.onRoll", { value: counts.onRoll })}</p>
            {counts.onRoll > 0 && (
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {m("registrations.byRoute", {
                  invite: counts.invite,
                  allowlist: counts.allowlist,
                  organizer: counts.organizer,
                })}
              </p>
            )}
            {counts.removed > 0 && (
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {m("registrations.removed", { value: counts.removed })}
              </p>
            )}
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {m("registrations.atBlock", { block: registrations.data.blockNumber.toString() })}
            </p>
          </>
        )}
      </header>

      {registrations.isPending && <p className="text-slate-500 dark:text-slate-400">{common("loading")}</p>}
      {registrations.isError && (
        <Notice tone="error" title={m("registrations.loadError")}>
          {describeError(registrations.error)}
        </Notice>
      )}

      {entries !== undefined && matching !== undefined && counts !== undefined && (
        <>
          {counts.onRoll === 0 ? (
            <p className="text-slate-600 dark:text-slate-300">{m("registrations.empty")}</p>
          ) : (
            <>
              <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
                <div className="sm:w-80">
                  <Field label={m("registrations.search")} hint={m("registrations.searchHint")}>
                    {(control) => (
                      <input
                        {...control}
                        type="search"
                        inputMode="numeric"
                        autoComplete="off"
                        value={search}
                        onChange={(event) => {
                          setSearch(event.target.value);
                        }}
                        className={inputClass(false)}
                      />
                    )}
                  </Field>
                </div>
                <Button variant="secondary" onClick={download}>
                  {m("registrations.download")}
                </Button>
              </div>
              {matching.length === 0 ? (
                <p role="status" className="text-slate-600 dark:text-slate-300">
                  {m("registrations.noMatch")}
                </p>
              ) : (
                <RollTable entries={showAll ? matching : matching.slice(0, VISIBLE_ENTRIES)} />
              )}
              {matching.length > VISIBLE_ENTRIES && (
                <div className="flex flex-wrap items-center gap-3">
                  <p className="text-sm text-slate-600 dark:text-slate-300">
                    {m("registrations.shown", {
                      shown: showAll ? matching.length : VISIBLE_ENTRIES,
                      total: matching.length,
                    })}
                  </p>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setShowAll(!showAll);
                    }}
                  >
                    {showAll ? m("registrations.showFewer") : m("registrations.showAll", { value: matching.length })}
                  </Button>
                </div>
              )}
            </>
          )}
        </>
      )}
    </Card>
  );
}

function RollTable({ entries }: { entries: readonly RollEntry[] }) {
  const m = useTranslations("manage");
  const via = useTranslations("manage.registrations.via");
  return (
    <div className="-mx-5 overflow-x-auto sm:mx-0">
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">{m("registrations.listLabel")}</caption>
        <colgroup>
          <col className="w-16" />
          <col />
          <col className="w-28 sm:w-52" />
        </colgroup>
        <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-5 py-2 font-medium sm:px-2">
              {m("registrations.index")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {m("registrations.commitment")}
            </th>
            <th scope="col" className="px-5 py-2 font-medium sm:px-2">
              {m("registrations.joined")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {entries.map((entry) => (
            <tr key={entry.index} className="align-top">
              <td className="px-5 py-2 tabular-nums sm:px-2">{entry.index}</td>
              <td className="px-2 py-2">
                {entry.commitment === 0n ? (
                  <span className="text-slate-400 dark:text-slate-500">—</span>
                ) : (
                  <Mono>{entry.commitment.toString()}</Mono>
                )}
              </td>
              <td className="px-5 py-2 sm:px-2">
                {entry.commitment === 0n ? (
                  via("removed")
                ) : entry.joined.via === "allowlist" ? (
                  <>
                    {via("allowlist")}
                    <span className="block" title={entry.joined.account}>
                      <Mono>{entry.joined.account}</Mono>
                    </span>
                  </>
                ) : (
                  via(entry.joined.via)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
