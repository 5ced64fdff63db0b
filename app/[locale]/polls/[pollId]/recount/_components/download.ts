/** The names the recount's files are saved under. */
export function recountFileNames(pollId: bigint): { json: string; text: string; bundle: string } {
  return {
    json: `poll-${pollId}-recount.json`,
    text: `poll-${pollId}-recount.txt`,
    bundle: `poll-${pollId}-audit-bundle.json`,
  };
}
