import type { ProgressEntry, ReportFile } from '../model/report.js';

/**
 * What the rules and the engine read of a valid report: its document references (`document`,
 * `evidence`) and the notes of entries that are not exemptions were checked and are never looked
 * at again. A national check holds 120,000 reports at once; those would be most of its memory.
 */
export function trimReport(data: ReportFile): ReportFile {
  const { document: _document, progress, ...kept } = data;
  return { ...kept, progress: progress.map(trimEntry) };
}

function trimEntry(entry: ProgressEntry): ProgressEntry {
  switch (entry.status) {
    case 'done':
      return { deliverable: entry.deliverable, status: entry.status, done_on: entry.done_on };
    case 'not_applicable':
      return { deliverable: entry.deliverable, status: entry.status, note: entry.note };
    default:
      return { deliverable: entry.deliverable, status: entry.status };
  }
}
