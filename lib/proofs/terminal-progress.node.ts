/**
 * A status line on stderr that rewrites itself (ballots/s and time left), only when stderr is a
 * terminal: piped or CI output stays free of carriage-return noise.
 */
import { formatProgress } from "./progress.ts";

/** Redraws at most this often, so a fast verifier does not spend its time writing to the terminal. */
const REDRAW_INTERVAL_MS = 100;

export interface TerminalProgress {
  /** Reports progress; usable directly as an `onProgress` callback. */
  update: (done: number, total: number) => void;
  /** Draws the final state and ends the line. */
  finish: () => void;
}

export function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stderr): TerminalProgress {
  const started = performance.now();
  let lastDraw = -Infinity;
  let last = { done: 0, total: 0 };
  const draw = (): void => {
    const elapsed = performance.now() - started;
    stream.write(`\r\x1b[2K${formatProgress(label, { ...last, elapsed })}`);
    lastDraw = performance.now();
  };
  return {
    update: (done, total) => {
      last = { done, total };
      if (stream.isTTY && performance.now() - lastDraw >= REDRAW_INTERVAL_MS) draw();
    },
    finish: () => {
      if (!stream.isTTY) return;
      draw();
      stream.write("\n");
    },
  };
}
