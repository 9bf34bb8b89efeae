import type { Status } from '../model/status.js';
import { type Day, daysBetween } from './day.js';

export interface Verdict {
  status: Status;
  daysLate: number | null;
  daysLeft: number | null;
}

/** The status of a dated obligation from its due day, its completion day (if any) and the as-of day. */
export function judgeDated(due: Day, completedOn: Day | null, exempt: boolean, asOf: Day, dueSoonDays: number): Verdict {
  if (completedOn !== null) {
    const late = daysBetween(due, completedOn);
    return late > 0 ? { status: 'late', daysLate: late, daysLeft: null } : { status: 'met', daysLate: null, daysLeft: null };
  }
  if (exempt) return { status: 'exempt', daysLate: null, daysLeft: null };
  const left = daysBetween(asOf, due);
  if (left < 0) return { status: 'missed', daysLate: -left, daysLeft: null };
  // "Within the next N days, the due day included": as of the due day itself it is still due soon.
  return { status: left <= dueSoonDays ? 'due_soon' : 'open', daysLate: null, daysLeft: left };
}
