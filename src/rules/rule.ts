import type { Day } from '../core/day.js';
import type { ReportInput } from '../core/report-input.js';
import type { Lang } from '../i18n/lang.js';
import type { PlanBundle } from '../model/bundle.js';
import type { ProblemCode, Severity } from '../model/problem.js';

export interface RuleContext {
  bundle: PlanBundle;
  /** Reports still counted; a rule that excludes one removes it for the rules after it. */
  readonly reports: readonly ReportInput[];
  lang: Lang;
  /** Only in `check`: what is dated after it is invisible, so the past replays exactly. */
  asOf?: Day;
  problem(report: ReportInput, path: readonly PropertyKey[], code: ProblemCode, severity: Severity, params?: Record<string, string | number>, messageKey?: string, onKey?: boolean): void;
  /** Stops a report from counting toward any obligation. */
  exclude(report: ReportInput): void;
}

/** A named cross-file rule; it reports through the context and returns nothing. */
export interface Rule {
  code: ProblemCode;
  run(context: RuleContext): void;
}
