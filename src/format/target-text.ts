import type { Obligation } from '../core/evaluation.js';
import type { TargetCheck } from '../core/targets.js';
import type { Lang } from '../i18n/lang.js';
import { targetText } from '../i18n/targets.js';
import type { Target } from '../model/target.js';

const NEGATION = { '>=': '<', '>': '≤', '<=': '>', '<': '≥', '=': '≠' } as const;

/** `apology_letters >= dossiers_resolved_late`: a target as the plan writes it. */
export function formatTarget(target: Target): string {
  return 'metric' in target ? `${target.metric} ${target.op} ${target.value}` : `${target.left} ${target.op} ${target.right}`;
}

/**
 * What went wrong with a check, numbers first so a narrow column keeps them: `25 < 27
 * (apology_letters < dossiers_resolved_late)`, or the metric the report lacks.
 */
export function describeCheck(check: TargetCheck, lang: Lang): string {
  const { left, right } = check;
  if (check.result === 'no_data') return targetText(lang, 'no-data', { metric: left.value === null ? left.metric : right.metric! });
  const op = NEGATION[check.op];
  const what = right.metric === null ? left.metric : `${left.metric} ${op} ${right.metric}`;
  return targetText(lang, 'missed', { left: left.value!, op, right: right.value!, what });
}

/** The targets an obligation did not reach, in one phrase. */
export function describeMissedTargets(o: Obligation, lang: Lang): string {
  return (o.targets ?? []).filter((check) => check.result !== 'met').map((check) => describeCheck(check, lang)).join('; ');
}
