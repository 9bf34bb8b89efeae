import type { Lang } from '../../i18n/lang.js';
import { problemMessage } from '../../i18n/problems.js';
import type { PlanBundle } from '../../model/bundle.js';
import type { Problem } from '../../model/problem.js';
import { calendarRanges } from './calendar-ranges.js';
import { idStructure } from './id-structure.js';
import { knownUnits } from './known-units.js';
import type { PlanLocators, PlanPart, PlanRule } from './plan-rule.js';
import { targets } from './targets.js';
import { uniqueIds } from './unique-ids.js';
import { unitValidity } from './unit-validity.js';

export const PLAN_RULES: readonly PlanRule[] = [uniqueIds, idStructure, knownUnits, calendarRanges, unitValidity, targets];

export function lintPlanBundle(bundle: PlanBundle, files: Record<PlanPart, string>, locate: PlanLocators, lang: Lang): Problem[] {
  const problems: Problem[] = [];
  for (const rule of PLAN_RULES) {
    rule.run({
      bundle,
      lang,
      problem(part, path, code, messageKey, params = {}, severity = 'error') {
        const { line, column } = locate[part](path);
        problems.push({ file: files[part], line, column, severity, code, message: problemMessage(lang, messageKey, params) });
      },
    });
  }
  return problems;
}
