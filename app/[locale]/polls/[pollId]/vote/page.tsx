import { parsePollId } from "@/app/_lib/format.ts";
import { VoteBooth } from "./_components/vote-booth.tsx";

export default async function VotePage({ params }: { params: Promise<{ pollId: string }> }) {
  const pollId = parsePollId((await params).pollId);
  return pollId === undefined ? null : <VoteBooth pollId={pollId.toString()} />;
}
