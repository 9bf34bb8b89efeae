/** Exit codes, as FORMATS.md fixes them. */
export const EXIT = {
  /** Nothing at or above `--fail-on` and no invalid file. */
  ok: 0,
  /** An obligation at or above `--fail-on`, or an invalid report. */
  findings: 1,
  /** Usage error, unreadable or invalid plan, crash. */
  fatal: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The command line itself is wrong: say what, no stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Something the run needs cannot be loaded (the plan, the reports folder). */
export class LoadError extends Error {
  override readonly name = 'LoadError';
}
