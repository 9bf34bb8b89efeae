/** Everything the CLI touches of the outside world, passed in so tests can pin it. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** The clock, read once per run. */
  now: () => Date;
  cwd: string;
}
