import type { Day } from '../core/day.js';
import { positionIn, type ReportInput } from '../core/report-input.js';
import type { Lang } from '../i18n/lang.js';
import { problemMessage } from '../i18n/problems.js';
import type { PlanBundle } from '../model/bundle.js';
import type { Problem } from '../model/problem.js';
import { deliverableRemoved } from './deliverable-removed.js';
import { doneAfterSubmitted } from './done-after-submitted.js';
import { duplicateEntry } from './duplicate-entry.js';
import { duplicatePeriod } from './duplicate-period.js';
import type { Rule, RuleContext } from './rule.js';
import { unitDissolved } from './unit-dissolved.js';
import { unitMismatch } from './unit-mismatch.js';
import { unknownDeliverable } from './unknown-deliverable.js';
import { unknownPlan } from './unknown-plan.js';
import { unknownUnit } from './unknown-unit.js';

/** In order: who may file (folder, plan, unit) before what is filed, so a rejected report raises nothing else. */
export const RULES: readonly Rule[] = [unitMismatch, unknownPlan, unknownUnit, unitDissolved, duplicatePeriod, unknownDeliverable, deliverableRemoved, duplicateEntry, doneAfterSubmitted];

export interface RuleOutcome {
  /** Reports that count toward obligations. */
  counted: ReportInput[];
  problems: Problem[];
}

export function applyRules(bundle: PlanBundle, reports: readonly ReportInput[], options: { lang: Lang; asOf?: Day }): RuleOutcome {
  const { asOf, lang } = options;
  let live = reports.filter((report) => asOf === undefined || report.data.submitted <= asOf);
  const problems: Problem[] = [];
  const excluded = new Set<ReportInput>();
  const context: RuleContext = {
    bundle,
    get reports() {
      return live;
    },
    lang,
    ...(asOf ? { asOf } : {}),
    problem(report, path, code, severity, params = {}, messageKey = code, onKey = false) {
      const { line, column } = positionIn(report, path, onKey);
      problems.push({ file: report.file, line, column, severity, code, message: problemMessage(lang, messageKey, params) });
    },
    exclude(report) {
      excluded.add(report);
    },
  };
  for (const rule of RULES) {
    const before = excluded.size;
    rule.run(context);
    if (excluded.size !== before) live = live.filter((report) => !excluded.has(report));
  }
  return { counted: live, problems };
}
