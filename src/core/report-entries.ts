import type { PlanBundle } from '../model/bundle.js';
import type { ProgressStatus } from '../model/report.js';
import type { WorkCalendar } from './calendar.js';
import type { Day } from './day.js';
import { dueSlots, scheduleOf } from './due.js';
import { type PlacedDeliverable, listDeliverables } from './plan-index.js';
import { type Period, firstDayOf, lastDayOf, parsePeriod } from './period.js';
import type { ReportIndex } from './report-index.js';
import type { UnitDirectory } from './units.js';

/** Why a deliverable belongs in a unit's report for a period. */
export type EntryReason = 'once' | 'recurring' | 'ongoing';

/** One line a new report starts with. */
export interface ReportEntry {
  deliverable: PlacedDeliverable;
  reason: EntryReason;
  /** The rolled due day; null for an ongoing deliverable. */
  due: Day | null;
  /** What the unit last said of it in an earlier report, if anything. */
  previous: { status: ProgressStatus; period: Period } | null;
}

export interface EntryContext {
  bundle: PlanBundle;
  calendar: WorkCalendar;
  units: UnitDirectory;
  /** The unit's counted reports as of the day the new report is written. */
  index: ReportIndex;
}

/**
 * What unit `unit` owes and has to report on in its report for `period`, in plan order:
 * - a one-off deliverable (before, by, within) that the unit has neither marked `done` nor
 *   `not_applicable` in a counted report, once its window has opened by the end of the period:
 *   a `within` deliverable opens on the first day of its first period, a `before`/`by` one when
 *   the plan takes effect, so an overdue one stays listed until it is done;
 * - a recurring deliverable (every month/quarter/year) whose period kind is the report's own:
 *   the monthly one in a monthly report, since only an entry of that exact period meets it;
 * - an ongoing deliverable when the period is a quarter or a year: ongoing work is read from
 *   the quarterly report, and the yearly report stands for Q4 (FORMATS.md).
 * Never listed: a periodic report deliverable (`report: true`), since the file itself is the
 * report; on-request deliverables, which have no date to report against; half-year periods have
 * no recurring or ongoing entries of their own.
 */
export function listReportEntries(unit: string, period: Period, ctx: EntryContext): ReportEntry[] {
  const parts = parsePeriod(period);
  if (!parts) return [];
  const end = lastDayOf(parts);
  const { plan } = ctx.bundle;
  const entries: ReportEntry[] = [];
  for (const deliverable of listDeliverables(plan)) {
    if (deliverable.report) continue;
    if (!ctx.units.owing(deliverable.lead, deliverable.support).includes(unit)) continue;
    const hits = ctx.index.entries(unit, deliverable.id);
    const last = hits.at(-1);
    const previous = last ? { status: last.entry.status, period: last.report.data.period } : null;
    const schedule = scheduleOf(deliverable.due);
    if (schedule.kind === 'once') {
      const settled = hits.some((hit) => hit.entry.status === 'done' || hit.entry.status === 'not_applicable');
      if (settled || openingDay(deliverable, plan.effective) > end) continue;
      const [slot] = dueSlots(deliverable.due, plan.year, plan.deadline_rule, ctx.calendar);
      entries.push({ deliverable, reason: 'once', due: slot!.due, previous });
    } else if (schedule.kind === 'recurring') {
      if (schedule.every !== parts.kind) continue;
      const slot = dueSlots(deliverable.due, plan.year, plan.deadline_rule, ctx.calendar).find((s) => s.period === period);
      // Another period's entry says nothing of this one: no "previously" for a recurring deliverable.
      if (slot) entries.push({ deliverable, reason: 'recurring', due: slot.due, previous: null });
    } else if (schedule.kind === 'ongoing') {
      if (parts.kind === 'quarter' || parts.kind === 'year') entries.push({ deliverable, reason: 'ongoing', due: null, previous });
    }
  }
  return entries;
}

function openingDay(deliverable: PlacedDeliverable, effective: Day): Day {
  const due = deliverable.due;
  if (!('within' in due)) return effective;
  const periods = Array.isArray(due.within) ? due.within : [due.within];
  return periods.map((p) => firstDayOf(parsePeriod(p)!)).sort()[0]!;
}
