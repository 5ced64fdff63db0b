"use client";
/**
 * Invites: whether the poll's invites are on, making a set of links here (invite-count-form.tsx),
 * saving it and only then publishing its root (save-and-publish.tsx), the links with their QR codes
 * (invite-sheet.tsx), and turning invites off.
 */
import { useId, useState } from "react";
import { zeroHash, type Hex } from "viem";
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { TransactionStatus } from "@/app/_components/transaction-status.tsx";
import { Button, Card, Notice } from "@/app/_components/ui.tsx";
import { useTranslations } from "next-intl";
import { useContractTransaction } from "@/app/_lib/use-contract-transaction.ts";
import { InviteCountForm, type CreatedInvites } from "./invite-count-form.tsx";
import { InviteSheet } from "./invite-sheet.tsx";
import { usePollRoots } from "./poll-roots.ts";
import { SaveAndPublish } from "./save-and-publish.tsx";
import { useQrCodes } from "./use-qr-codes.ts";

export function InviteLinks({ poll }: { poll: PollOnChain }) {
  const m = useTranslations("manage");
  const { inviteRoot } = usePollRoots(poll);
  const { state, send, reset } = useContractTransaction();
  const [lastAction, setLastAction] = useState<"publish" | "turnOff">();
  const [created, setCreated] = useState<CreatedInvites>();
  const qr = useQrCodes(created?.links);
  const titleId = useId();

  function replaceSet(invites: CreatedInvites) {
    setCreated(invites);
    setLastAction(undefined);
    reset();
  }

  async function setRoot(root: Hex, action: "publish" | "turnOff") {
    setLastAction(action);
    await send({ functionName: "setInviteRoot", args: [poll.pollId, root] });
  }

  const invitesOn = BigInt(inviteRoot) !== 0n;
  const published = created !== undefined && BigInt(inviteRoot) === BigInt(created.root);
  const sending = state.status === "confirm" || state.status === "pending";

  return (
    <Card
      aria-labelledby={titleId}
      className="flex flex-col gap-4 print:m-0 print:border-0 print:bg-white print:p-0 print:shadow-none"
    >
      <header className="flex flex-col gap-1">
        <h2 id={titleId} className="text-lg font-semibold">
          {m("invites.title")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{m("invites.intro")}</p>
      </header>

      {published ? (
        <Notice tone="success">{m("invites.published")}</Notice>
      ) : (
        <Notice tone={invitesOn ? "success" : "info"}>
          {invitesOn ? m("invites.statusOn") : m("invites.statusOff")}
        </Notice>
      )}

      <InviteCountForm pollId={poll.pollId} replacing={created !== undefined} onCreated={replaceSet} />

      {created !== undefined && (
        <SaveAndPublish
          key={created.root}
          pollId={poll.pollId}
          invites={created}
          qr={qr}
          published={published}
          publishing={sending && lastAction === "publish"}
          disabled={sending}
          onPublish={() => void setRoot(created.root, "publish")}
        />
      )}

      <TransactionStatus
        state={state}
        done={lastAction === "turnOff" ? m("invites.turnedOff") : m("invites.publishedDone")}
      />

      {invitesOn && (
        <div className="flex flex-col items-start gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button
            variant="secondary"
            busy={sending && lastAction === "turnOff"}
            disabled={sending}
            onClick={() => void setRoot(zeroHash, "turnOff")}
          >
            {m("invites.turnOff")}
          </Button>
          <p className="text-sm text-slate-600 dark:text-slate-300">{m("invites.turnOffHint")}</p>
        </div>
      )}

      {created !== undefined && (
        <InviteSheet key={created.root} pollId={poll.pollId} question={poll.question} links={created.links} qr={qr} />
      )}
    </Card>
  );
}
