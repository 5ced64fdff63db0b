"use client";
/** How many invite links to make, and making them in this browser: their keys never leave it here. */
import { useRef, useState, type SubmitEvent } from "react";
import type { Hex } from "viem";
import { createInviteLink } from "@/lib/registration/invite-link.ts";
import { MAX_INVITES, createInvites } from "@/lib/registration/invites.ts";
import { Button, Field, Notice, inputClass } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useBallotboxConnection } from "@/app/_lib/app-config.tsx";
import { useDescribeError } from "@/app/_lib/describe-error.ts";

/** A set of invite links made here, with the root that publishes them. */
export interface CreatedInvites {
  root: Hex;
  links: string[];
}

/** The number typed, if it is a whole number from 1 to MAX_INVITES. */
function readCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[0-9]{1,6}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_INVITES ? value : undefined;
}

/** Resolves after the browser has painted, so a busy state shows before a long computation. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}

export function InviteCountForm({
  pollId,
  replacing,
  onCreated,
}: {
  pollId: bigint;
  /** Links were made before: making more replaces them on screen. */
  replacing: boolean;
  onCreated: (invites: CreatedInvites) => void;
}) {
  const m = useTranslations("manage");
  const describeError = useDescribeError();
  const { chainId, ballotbox } = useBallotboxConnection();
  const [countText, setCountText] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string>();
  const countRef = useRef<HTMLInputElement>(null);

  const count = readCount(countText);
  const countError =
    countText.trim() === ""
      ? attempted
        ? m("invites.countEmpty")
        : undefined
      : count === undefined
        ? m("invites.countInvalid", { max: MAX_INVITES })
        : undefined;

  async function create(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (count === undefined) {
      countRef.current?.focus();
      return;
    }
    setCreating(true);
    setCreateError(undefined);
    await afterPaint();
    try {
      const set = createInvites({ chainId, ballotbox, pollId }, count);
      const origin = window.location.origin;
      onCreated({ root: set.root, links: set.invites.map((invite) => createInviteLink(origin, invite)) });
    } catch (error) {
      setCreateError(describeError(error));
    } finally {
      setCreating(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void create(event)} className="flex flex-col gap-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="sm:w-56">
          <Field label={m("invites.countLabel")} hint={m("invites.countHint", { max: MAX_INVITES })} error={countError}>
            {(control) => (
              <input
                {...control}
                ref={countRef}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={countText}
                onChange={(event) => {
                  setCountText(event.target.value);
                }}
                className={inputClass(countError !== undefined)}
              />
            )}
          </Field>
        </div>
        <Button type="submit" busy={creating} className="sm:mt-7">
          {m("invites.create")}
        </Button>
      </div>
      {replacing && <p className="text-sm text-slate-600 dark:text-slate-300">{m("invites.replacesScreen")}</p>}
      {creating && <Notice tone="info">{m("invites.creating")}</Notice>}
      {createError !== undefined && <Notice tone="error">{createError}</Notice>}
    </form>
  );
}
