import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parsePollId } from "@/app/_lib/format.ts";
import { ManagePoll } from "./_components/manage-poll.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title") };
}

export default async function ManagePage({ params }: { params: Promise<{ pollId: string }> }) {
  const pollId = parsePollId((await params).pollId);
  // The layout already says why an invalid id is not a poll.
  if (pollId === undefined) return null;
  return <ManagePoll pollId={pollId.toString()} />;
}
