import type { Day } from '../core/day.js';
import type { ProgressEntry, ReportFile } from '../model/report.js';
import { intern, ownCopy } from './share-text.js';

/**
 * What the rules and the engine read of a valid report: its document references (`document`,
 * `evidence`) and the notes of entries that are not exemptions were checked and are never looked
 * at again. A national check holds 120,000 reports at once; those would be most of its memory.
 * The text the rest is made of is shared (see share-text).
 */
export function trimReport(data: ReportFile): ReportFile {
  return trimmedReport(data, data.progress.map(trimEntry));
}

/** trimReport's report, from the values a reader read and its entries already trimmed (by trimEntry, or found by knownEntry). */
export function trimmedReport(read: Pick<ReportFile, 'plan' | 'unit' | 'period' | 'submitted' | 'metrics'>, progress: ProgressEntry[]): ReportFile {
  const plan = intern(read.plan);
  const unit = intern(read.unit);
  const period = intern(read.period);
  const submitted = intern(read.submitted);
  const { metrics } = read;
  // The schema let through only these two spellings of apiVersion and kind: the constants are the
  // shared strings. The metrics go in the same literal: added afterwards, they took a property
  // store of their own in each of thousands of reports kept.
  return metrics
    ? { apiVersion: 'tthc/v1', kind: 'Report', plan, unit, period, submitted, progress, metrics }
    : { apiVersion: 'tthc/v1', kind: 'Report', plan, unit, period, submitted, progress };
}

// A trimmed entry without a note is the same in every report that has it (the same deliverable,
// status and day): one object serves them all. In a year of reports most entries repeat, and one
// object each was most of what a national check kept in memory. Nothing changes an entry once read.
const sharedEntries = new Map<string, Map<string, ProgressEntry>>();

function sharedStatus(status: ProgressEntry['status']): ProgressEntry['status'] {
  switch (status) {
    case 'done':
      return 'done';
    case 'in_progress':
      return 'in_progress';
    case 'not_started':
      return 'not_started';
    case 'not_applicable':
      return 'not_applicable';
  }
}

function entriesOf(deliverable: string): Map<string, ProgressEntry> {
  let byKey = sharedEntries.get(deliverable);
  if (!byKey) sharedEntries.set(intern(deliverable), (byKey = new Map()));
  return byKey;
}

/**
 * The shared entry for a deliverable and what it says (its `done_on` when done, else its status),
 * when one was trimmed before. Only entries that passed the schema are shared, so a reader that
 * finds one for the values it read needs no check of them: the same id, status and day give the
 * same entry (a day written the Vietnamese way is simply not found, and is read as usual).
 */
export function knownEntry(deliverable: string, says: string): ProgressEntry | undefined {
  return sharedEntries.get(deliverable)?.get(says);
}

export function trimEntry(entry: ProgressEntry): ProgressEntry {
  // Statuses too: each parsed copy of `done` was a string of its own, a fifth of a report's memory.
  const status = sharedStatus(entry.status);
  if (status === 'not_applicable') {
    return { deliverable: intern(entry.deliverable), status, note: ownCopy((entry as Extract<ProgressEntry, { status: 'not_applicable' }>).note) };
  }
  const byKey = entriesOf(entry.deliverable);
  // A day never reads like a status, so the two kinds of key cannot meet. The shared strings are
  // looked up only for an entry not seen before: most entries are found by what they say.
  const key = status === 'done' ? (entry as Extract<ProgressEntry, { status: 'done' }>).done_on : status;
  let trimmed = byKey.get(key);
  if (!trimmed) {
    const deliverable = intern(entry.deliverable);
    trimmed = status === 'done' ? { deliverable, status, done_on: intern(key as Day) } : ({ deliverable, status } as ProgressEntry);
    byKey.set(trimmed.status === 'done' ? trimmed.done_on : status, trimmed);
  }
  return trimmed;
}
