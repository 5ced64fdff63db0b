import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parsePollId } from "@/app/_lib/format.ts";
import { RecountView } from "./_components/recount-view.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recount"))("metaTitle") };
}

export default async function RecountPage({ params }: { params: Promise<{ pollId: string }> }) {
  const pollId = parsePollId((await params).pollId);
  // The layout already says why an invalid id is not a poll.
  if (pollId === undefined) return null;
  return <RecountView pollId={pollId.toString()} />;
}
