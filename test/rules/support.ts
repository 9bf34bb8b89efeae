import type { ReportInput } from '../../src/core/report-input.js';
import { applyRules } from '../../src/rules/index.js';
import { bundleOf, day } from '../support/builders.js';

export const plan = bundleOf([
  { id: 'I.1.1', due: { before: day('2024-01-31'), text: 'x' } },
  { id: 'I.1.2', due: { ongoing: true, text: 'x' } },
]);

/** Runs every rule and returns the problems as `code file severity` plus the counted files. */
export function check(reports: ReportInput[], asOf?: string) {
  const outcome = applyRules(plan, reports, { lang: 'en', ...(asOf ? { asOf: day(asOf) } : {}) });
  return {
    problems: outcome.problems.map((p) => `${p.code} ${p.file} ${p.severity}`),
    messages: outcome.problems.map((p) => p.message),
    counted: outcome.counted.map((r) => r.file),
  };
}
