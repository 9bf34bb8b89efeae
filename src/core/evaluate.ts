import type { Lang } from '../i18n/lang.js';
import type { PlanBundle } from '../model/bundle.js';
import { applyRules } from '../rules/index.js';
import { buildCalendar } from './calendar.js';
import type { Day } from './day.js';
import type { Evaluation } from './evaluation.js';
import { listDeliverables } from './plan-index.js';
import { indexReports } from './report-index.js';
import type { ReportInput } from './report-input.js';
import { obligationsOf, quarterDueDays } from './obligations.js';
import { summarize } from './summary.js';
import { buildUnitDirectory } from './units.js';

export interface EvaluateOptions {
  asOf: Day;
  /** An open obligation due within this many days (the due day included) is `due_soon`. */
  dueSoonDays?: number;
  /** Language of the rules' messages. */
  lang?: Lang;
}

export const DEFAULT_DUE_SOON_DAYS = 7;

/** Everything as of one day, from the plan and the reports alone: no clock, no files, no colour. */
export function evaluate(bundle: PlanBundle, reports: readonly ReportInput[], options: EvaluateOptions): Evaluation {
  const { asOf, dueSoonDays = DEFAULT_DUE_SOON_DAYS, lang = 'vi' } = options;
  const { counted, problems } = applyRules(bundle, reports, { asOf, lang });
  const calendar = buildCalendar(bundle.calendar);
  const ctx = {
    bundle,
    calendar,
    units: buildUnitDirectory(bundle.units),
    index: indexReports(counted, asOf),
    asOf,
    dueSoonDays,
    quarterDue: quarterDueDays(bundle, calendar),
  };
  const obligations = listDeliverables(bundle.plan).flatMap((deliverable) => obligationsOf(deliverable, ctx));
  return { asOf, plan: { id: bundle.plan.id, version: bundle.plan.version }, obligations, problems, summary: summarize(obligations) };
}
