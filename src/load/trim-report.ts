import type { ProgressEntry, ReportFile } from '../model/report.js';

/**
 * What the rules and the engine read of a valid report: its document references (`document`,
 * `evidence`) and the notes of entries that are not exemptions were checked and are never looked
 * at again. A national check holds 120,000 reports at once; those would be most of its memory.
 * The text the rest is made of is shared: see intern.
 */
export function trimReport(data: ReportFile): ReportFile {
  const trimmed: ReportFile = {
    apiVersion: data.apiVersion,
    kind: data.kind,
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
  switch (entry.status) {
    case 'done':
      return { deliverable, status: entry.status, done_on: intern(entry.done_on) };
    case 'not_applicable':
      return { deliverable, status: entry.status, note: ownCopy(entry.note) };
    default:
      return { deliverable, status: entry.status };
  }
}

// Unit ids, periods, days and deliverable ids repeat across thousands of reports: one string each
// saves the memory, and equal ids are then the same string, which compares at once.
const pool = new Map<string, string>();

function intern<T extends string>(text: T): T {
  let shared = pool.get(text);
  if (shared === undefined) {
    shared = ownCopy(text);
    pool.set(shared, shared);
  }
  return shared as T;
}

/**
 * A string cut from a file's text may keep the whole text alive (V8 slices long strings by
 * reference); joining forces a copy of its own, so a report's text is freed once it is read.
 */
function ownCopy<T extends string>(text: T): T {
  return (' ' + text).slice(1) as T;
}
