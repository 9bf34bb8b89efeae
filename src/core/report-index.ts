import type { ProgressEntry } from '../model/report.js';
import type { Day } from './day.js';
import type { ReportInput } from './report-input.js';
import { compareText } from './compare-text.js';

export interface EntryHit {
  report: ReportInput;
  entry: ProgressEntry;
  /** The entry's value path in its report. */
  pointer: ['progress', number];
}

/** The counted reports, looked up by unit, period and deliverable. */
export interface ReportIndex {
  /** The unit's report for exactly this period. */
  reportFor(unit: string, period: string): ReportInput | undefined;
  /** Every entry the unit filed for a deliverable, in any period, earliest submitted first. */
  entries(unit: string, deliverable: string): EntryHit[];
}

export function indexReports(reports: readonly ReportInput[], asOf: Day): ReportIndex {
  const byUnit = new Map<string, { periods: Map<string, ReportInput>; reports: ReportInput[] }>();
  const visible = reports
    .filter((report) => report.data.submitted <= asOf)
    .sort((a, b) => compareText(a.data.submitted, b.data.submitted) || compareText(a.file, b.file));
  for (const report of visible) {
    let unit = byUnit.get(report.data.unit);
    if (!unit) byUnit.set(report.data.unit, (unit = { periods: new Map(), reports: [] }));
    if (!unit.periods.has(report.data.period)) unit.periods.set(report.data.period, report);
    unit.reports.push(report);
  }
  return {
    reportFor: (unit, period) => byUnit.get(unit)?.periods.get(period),
    // Found by a scan of the unit's own reports when asked, not indexed up front: a province's
    // hundred thousand entries would each cost an object that most questions never look at.
    entries(unit, deliverable) {
      const hits: EntryHit[] = [];
      for (const report of byUnit.get(unit)?.reports ?? []) {
        const progress = report.data.progress;
        // A deliverable listed twice in one report: the first entry is read (rule duplicate-entry warns).
        let index = 0;
        while (index < progress.length && progress[index]!.deliverable !== deliverable) index++;
        if (index === progress.length) continue;
        const entry = progress[index]!;
        // Results as of D depend only on what is dated on or before D.
        if (entry.status === 'done' && entry.done_on > asOf) continue;
        hits.push({ report, entry, pointer: ['progress', index] });
      }
      return hits;
    },
  };
}
