import type { ProgressEntry, ReportFile } from '../model/report.js';
import { intern, ownCopy } from './share-text.js';

/**
 * What the rules and the engine read of a valid report: its document references (`document`,
 * `evidence`) and the notes of entries that are not exemptions were checked and are never looked
 * at again. A national check holds 120,000 reports at once; those would be most of its memory.
 * The text the rest is made of is shared (see share-text).
 */
export function trimReport(data: ReportFile): ReportFile {
  const trimmed: ReportFile = {
    apiVersion: intern(data.apiVersion),
    kind: intern(data.kind),
    plan: intern(data.plan),
    unit: intern(data.unit),
    period: intern(data.period),
    submitted: intern(data.submitted),
    progress: data.progress.map(trimEntry),
  };
  if (data.metrics) trimmed.metrics = data.metrics;
  return trimmed;
}

function trimEntry(entry: ProgressEntry): ProgressEntry {
  const deliverable = intern(entry.deliverable);
  // Statuses too: each parsed copy of `done` was a string of its own, a fifth of a report's memory.
  const status = intern(entry.status);
  switch (status) {
    case 'done':
      return { deliverable, status, done_on: intern((entry as Extract<ProgressEntry, { status: 'done' }>).done_on) };
    case 'not_applicable':
      return { deliverable, status, note: ownCopy((entry as Extract<ProgressEntry, { status: 'not_applicable' }>).note) };
    default:
      return { deliverable, status };
  }
}
