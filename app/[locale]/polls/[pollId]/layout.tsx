import type { ReactNode } from "react";
import { Notice } from "@/app/_components/ui.tsx";
import { getTranslations } from "next-intl/server";
import { parsePollId } from "@/app/_lib/format.ts";
import { PollHeader } from "./_components/poll-header.tsx";

export default async function PollLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ pollId: string }>;
}) {
  const pollId = parsePollId((await params).pollId);
  if (pollId === undefined) return <Notice tone="error">{(await getTranslations("results"))("invalidId")}</Notice>;
  return (
    <div className="flex flex-col gap-6">
      <PollHeader pollId={pollId.toString()} />
      {children}
    </div>
  );
}
