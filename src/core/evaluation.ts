import type { Problem } from '../model/problem.js';
import type { Status } from '../model/status.js';
import type { Day } from './day.js';
import type { Period } from './period.js';
import type { Position } from './report-input.js';

/** One unit × one deliverable × one period, with what the reports say of it. */
export interface Obligation {
  deliverable: string;
  unit: string;
  /** The recurring period, or for an ongoing deliverable the quarter whose report was read; null for one-off. */
  period: Period | null;
  /** The rolled last day; null for ongoing and on-request deliverables. */
  due: Day | null;
  status: Status;
  /** Completion day: `done_on`, or `submitted` for a periodic report or an ongoing deliverable's report. */
  doneOn: Day | null;
  /** The report the completion (or exemption) came from. */
  report: string | null;
  /** Where in that report, for annotations. */
  position: Position | null;
  /** Days after the due day: for late, done − due; for missed, as-of − due. */
  daysLate: number | null;
  /** Days from the as-of day to the due day, for due_soon and open. */
  daysLeft: number | null;
  /** The reason given with `not_applicable`. */
  note: string | null;
}

export type Summary = Record<Status, number>;

export interface Evaluation {
  asOf: Day;
  plan: { id: string; version: number };
  obligations: Obligation[];
  /** Problems the cross-file rules found; the loader's own come first in the CLI's result. */
  problems: Problem[];
  summary: Summary;
}
