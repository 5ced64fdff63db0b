import type { Metadata } from "next";
import { en } from "@/app/_i18n/en/index.ts";
import { parsePollId } from "@/app/_lib/format.ts";
import { RecountView } from "./_components/recount-view.tsx";

export const metadata: Metadata = { title: en.recount.metaTitle };

export default async function RecountPage({ params }: { params: Promise<{ pollId: string }> }) {
  const pollId = parsePollId((await params).pollId);
  // The layout already says why an invalid id is not a poll.
  if (pollId === undefined) return null;
  return <RecountView pollId={pollId.toString()} />;
}
