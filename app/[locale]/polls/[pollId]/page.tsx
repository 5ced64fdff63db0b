import { parsePollId } from "@/app/_lib/format.ts";
import { PollResults } from "./_components/poll-results.tsx";

export default async function PollResultsPage({ params }: { params: Promise<{ pollId: string }> }) {
  const pollId = parsePollId((await params).pollId);
  // The layout explains an unreadable id.
  return pollId === undefined ? null : <PollResults pollId={pollId.toString()} />;
}
