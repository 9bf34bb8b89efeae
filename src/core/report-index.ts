import type { ProgressEntry } from '../model/report.js';
import type { Day } from './day.js';
import type { ReportInput } from './report-input.js';
import { appendTo } from './append-to.js';

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
  const byPeriod = new Map<string, ReportInput>();
  const byDeliverable = new Map<string, EntryHit[]>();
  const visible = reports
    .filter((report) => report.data.submitted <= asOf)
    .sort((a, b) => a.data.submitted.localeCompare(b.data.submitted) || a.file.localeCompare(b.file));
  for (const report of visible) {
    const periodKey = `${report.data.unit}\u0000${report.data.period}`;
    if (!byPeriod.has(periodKey)) byPeriod.set(periodKey, report);
    const seen = new Set<string>();
    report.data.progress.forEach((entry, index) => {
      // A deliverable listed twice in one report: the first entry is read (rule duplicate-entry warns).
      if (seen.has(entry.deliverable)) return;
      seen.add(entry.deliverable);
      // Results as of D depend only on what is dated on or before D.
      if (entry.status === 'done' && entry.done_on > asOf) return;
      const key = `${report.data.unit}\u0000${entry.deliverable}`;
      const hit: EntryHit = { report, entry, pointer: ['progress', index] };
      appendTo(byDeliverable, key, hit);
    });
  }
  return {
    reportFor: (unit, period) => byPeriod.get(`${unit}\u0000${period}`),
    entries: (unit, deliverable) => byDeliverable.get(`${unit}\u0000${deliverable}`) ?? [],
  };
}
