/** The status of one obligation (one unit × one deliverable × one period), as FORMATS.md defines them. */
export const STATUSES = [
  /** Done (or the report submitted) on or before the rolled due day. */
  'met',
  /** Done after the due day. */
  'late',
  /** Not done, and the as-of day is after the due day. */
  'missed',
  /** Not done, due within the next `dueSoonDays` days, the due day included. */
  'due_soon',
  /** Not done, due later. */
  'open',
  /** Ongoing deliverable present in the unit's latest quarterly report that was due. */
  'reported',
  /** Ongoing deliverable absent from that report (or the report is missing). */
  'unreported',
  /** `not_applicable` with a note. */
  'exempt',
  /** Event-driven: no fixed day to check. */
  'on_request',
  /** Met or reported, but a target of the deliverable is not reached (or its numbers are not in the report). */
  'target_missed',
] as const;

export type Status = (typeof STATUSES)[number];

/** Order of severity used by `--fail-on`: a threshold fails on itself and everything before it. */
export const FAIL_ON_LEVELS = ['missed', 'late', 'due_soon', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Statuses that make `check` fail at each `--fail-on` threshold. */
export function failingStatuses(failOn: FailOn): readonly Status[] {
  switch (failOn) {
    case 'missed':
      return ['missed'];
    // A missed target ranks with late: the work was done, not as the plan asks. So does an ongoing
    // duty left out of the quarterly report: a gap in reporting, not a deadline passed.
    case 'late':
      return ['missed', 'late', 'target_missed', 'unreported'];
    case 'due_soon':
      return ['missed', 'late', 'target_missed', 'unreported', 'due_soon'];
    case 'never':
      return [];
  }
}
