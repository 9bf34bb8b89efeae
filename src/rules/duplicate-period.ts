import type { ReportInput } from '../core/report-input.js';
import type { Rule } from './rule.js';
import { appendTo } from '../core/append-to.js';
import { compareText } from '../core/compare-text.js';

// The earliest `submitted` counts: a resubmission must not move a deadline that was met.
export const duplicatePeriod: Rule = {
  code: 'duplicate-period',
  run(ctx) {
    const byKey = new Map<string, ReportInput[]>();
    for (const report of ctx.reports) {
      const key = `${report.data.unit}\u0000${report.data.period}`;
      appendTo(byKey, key, report);
    }
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      const [first, ...later] = [...group].sort(
        (a, b) => compareText(a.data.submitted, b.data.submitted) || compareText(a.file, b.file),
      );
      for (const report of later) {
        ctx.problem(report, ['period'], 'duplicate-period', 'error', { unit: report.data.unit, period: report.data.period, other: first!.file });
        ctx.exclude(report);
      }
    }
  },
};
