import type { ProgressEntry } from '../model/report.js';
import type { Day } from './day.js';
import type { ReportInput } from './report-input.js';
import { appendTo } from './append-to.js';
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
  // Nested maps, not joined keys: a province's hundred thousand entries would each build and hash a new string.
  const byUnit = new Map<string, { periods: Map<string, ReportInput>; deliverables: Map<string, EntryHit[]> }>();
  const visible = reports
    .filter((report) => report.data.submitted <= asOf)
    .sort((a, b) => compareText(a.data.submitted, b.data.submitted) || compareText(a.file, b.file));
  for (const report of visible) {
    let unit = byUnit.get(report.data.unit);
    if (!unit) byUnit.set(report.data.unit, (unit = { periods: new Map(), deliverables: new Map() }));
    if (!unit.periods.has(report.data.period)) unit.periods.set(report.data.period, report);
    const progress = report.data.progress;
    for (let index = 0; index < progress.length; index++) {
      const entry = progress[index]!;
      // A deliverable listed twice in one report: the first entry is read (rule duplicate-entry warns).
      if (progress.findIndex((other) => other.deliverable === entry.deliverable) !== index) continue;
      // Results as of D depend only on what is dated on or before D.
      if (entry.status === 'done' && entry.done_on > asOf) continue;
      appendTo(unit.deliverables, entry.deliverable, { report, entry, pointer: ['progress', index] });
    }
  }
  return {
    reportFor: (unit, period) => byUnit.get(unit)?.periods.get(period),
    entries: (unit, deliverable) => byUnit.get(unit)?.deliverables.get(deliverable) ?? [],
  };
}
