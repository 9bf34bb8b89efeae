import type { PlanBundle } from '../model/bundle.js';
import type { Status } from '../model/status.js';
import { buildCalendar } from './calendar.js';
import { type Day, daysBetween } from './day.js';
import type { Evaluation, Obligation } from './evaluation.js';
import { listDeliverables } from './plan-index.js';
import { buildUnitDirectory } from './units.js';
import { workingDaysBefore } from './working-days.js';
import { compareText } from './compare-text.js';

/** How many working days before the due day a calendar reminds (the plan's own calendar counts them). */
export const ALARM_WORKING_DAYS = 3;

/** A deadline still to meet: obligations not done whose due day falls in the range. */
export interface Deadline {
  obligation: Obligation & { due: Day };
  /** The day the reminder goes off: `ALARM_WORKING_DAYS` working days before the due day. */
  alarm: Day;
  /** Days from the as-of day to the due day; negative once it has passed. */
  daysLeft: number;
}

export interface Agenda {
  asOf: Day;
  from: Day;
  to: Day;
  plan: { id: string; version: number; title: string };
  deadlines: Deadline[];
}

export interface AgendaRange {
  from: Day;
  /** Inclusive. */
  to: Day;
  /** Only these units; every unit when empty. */
  units: readonly string[];
}

// Not done and not excused: what an obligation with a date can still be.
const PENDING: ReadonlySet<Status> = new Set(['missed', 'due_soon', 'open']);

/** The pending obligations due within the range, earliest first, then in units-file and plan order. */
export function buildAgenda(bundle: PlanBundle, evaluation: Evaluation, range: AgendaRange): Agenda {
  const calendar = buildCalendar(bundle.calendar);
  const unitOrder = new Map(buildUnitDirectory(bundle.units).order.map((id, i) => [id, i]));
  const planOrder = new Map(listDeliverables(bundle.plan).map((d, i) => [d.id, i]));
  const deadlines = evaluation.obligations
    .filter((o): o is Obligation & { due: Day } => o.due !== null && o.doneOn === null && PENDING.has(o.status))
    .filter((o) => range.from <= o.due && o.due <= range.to && (range.units.length === 0 || range.units.includes(o.unit)))
    .sort(
      (a, b) =>
        compareText(a.due, b.due) ||
        (unitOrder.get(a.unit) ?? 0) - (unitOrder.get(b.unit) ?? 0) ||
        (planOrder.get(a.deliverable) ?? 0) - (planOrder.get(b.deliverable) ?? 0) ||
        compareText(a.period ?? '', b.period ?? ''),
    )
    .map((obligation) => ({
      obligation,
      alarm: workingDaysBefore(obligation.due, ALARM_WORKING_DAYS, calendar),
      daysLeft: daysBetween(evaluation.asOf, obligation.due),
    }));
  const { id, version, title } = bundle.plan;
  return { asOf: evaluation.asOf, from: range.from, to: range.to, plan: { id, version, title }, deadlines };
}
