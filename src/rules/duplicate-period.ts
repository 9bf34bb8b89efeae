import type { ReportInput } from '../core/report-input.js';
import type { Rule } from './rule.js';
import { appendTo } from '../core/append-to.js';
import { compareText } from '../core/compare-text.js';

// The earliest `submitted` counts: a resubmission must not move a deadline that was met.
export const duplicatePeriod: Rule = {
  code: 'duplicate-period',
  run(ctx) {
    const { reports } = ctx;
    // Per unit, per period, the first report's place in the list. A group is made only when a
    // second report comes: a year of reports has few duplicates, and a key string and a list for
    // each of a province's ten thousand reports were most of this rule's time.
    const firstOf = new Map<string, Map<string, number>>();
    const groups = new Map<number, ReportInput[]>();
    reports.forEach((report, i) => {
      let periods = firstOf.get(report.data.unit);
      if (!periods) firstOf.set(report.data.unit, (periods = new Map()));
      const first = periods.get(report.data.period);
      if (first === undefined) periods.set(report.data.period, i);
      else appendTo(groups, first, report);
    });
    // In the order the first report of each group was listed, as before any group was a duplicate.
    for (const first of [...groups.keys()].sort((a, b) => a - b)) {
      const [earliest, ...later] = [reports[first]!, ...groups.get(first)!].sort(
        (a, b) => compareText(a.data.submitted, b.data.submitted) || compareText(a.file, b.file),
      );
      for (const report of later) {
        ctx.problem(report, ['period'], 'duplicate-period', 'error', { unit: report.data.unit, period: report.data.period, other: earliest!.file });
        ctx.exclude(report);
      }
    }
  },
};
