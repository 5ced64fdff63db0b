import { pollPhase } from "@/lib/chain/phase.ts";
import { en } from "../_i18n/en/index.ts";
import { formatDuration } from "../_lib/format.ts";

/** "Opens in …", "Closes in …" or "Closed … ago", for a poll's window at `now` (seconds). */
export function timeLeft(poll: { startTime: bigint; endTime: bigint }, now: bigint): string {
  const { timeLeft: words } = en.common;
  switch (pollPhase(poll, now)) {
    case "registration":
      return words.opensIn(formatDuration(poll.startTime - now));
    case "voting":
      return words.closesIn(formatDuration(poll.endTime - now));
    case "closed":
      return words.closedAgo(formatDuration(now - poll.endTime));
  }
}
