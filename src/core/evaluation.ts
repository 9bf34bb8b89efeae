import type { Problem } from '../model/problem.js';
import type { Status } from '../model/status.js';
import type { Day } from './day.js';
import type { Period } from './period.js';
import type { Position } from './report-input.js';
import type { TargetCheck } from './targets.js';

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
  /**
   * The report the completion or exemption came from; when not done yet, the unit's latest
   * report that mentions the deliverable (so a reader finds what the unit said of it).
   */
  report: string | null;
  /** Where in that report, as a value path (`['progress', 2]`): data the core can give without parsing for positions. */
  pointer: ReadonlyArray<string | number> | null;
  /**
   * Line and column of `pointer`, for formats that point into files (annotations, JUnit). Null
   * from evaluate(): the CLI fills it for the obligations such a format shows, so a large check
   * never pays for positions it does not print.
   */
  position: Position | null;
  /** Days after the due day: for late, done − due; for missed, as-of − due. */
  daysLate: number | null;
  /** Days from the as-of day to the due day, for due_soon and open. */
  daysLeft: number | null;
  /** The reason given with `not_applicable`. */
  note: string | null;
  /** The deliverable's targets, checked against the report the obligation is judged from; absent when it has none or nothing was read. */
  targets?: TargetCheck[];
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
