/** Rate and time-left of a long verification, as one status line (environment-agnostic). */

export interface ProgressSnapshot {
  done: number;
  total: number;
  /** Milliseconds since the work started. */
  elapsed: number;
}

/** e.g. "Verifying ballots: 2,048/10,000 (20%), 1,210 ballots/s, 7 s left" */
export function formatProgress(label: string, { done, total, elapsed }: ProgressSnapshot): string {
  const count = (n: number) => Math.round(n).toLocaleString("en-US");
  const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
  const perSecond = elapsed > 0 ? (1000 * done) / elapsed : 0;
  let line = `${label}: ${count(done)}/${count(total)} (${percent}%)`;
  if (done > 0 && perSecond > 0) {
    line += `, ${count(perSecond)} ballots/s`;
    if (done < total) line += `, ${formatDuration(((total - done) / perSecond) * 1000)} left`;
  }
  return line;
}

/** "45 s", "3 min 20 s", "2 h 5 min" */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.ceil(milliseconds / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
