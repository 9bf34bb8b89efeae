/** Everything the CLI touches of the outside world, passed in so tests can pin it. */
export interface CliIo {
  /** `write` returning false and `once('drain')`: a stream whose buffer is full (process.stdout on a Windows pipe). */
  stdout: { write(text: string): unknown; once?(event: 'drain', listener: () => void): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** The clock, read once per run. */
  now: () => Date;
  cwd: string;
}

/** Columns for a table: $COLUMNS (set by CI scripts and tests), else the terminal's, else 120 for a pipe. */
export function terminalWidth(io: CliIo): number {
  return Number(io.env.COLUMNS) || io.stdout.columns || 120;
}
