import type { Due } from '../model/plan.js';
import type { WorkCalendar } from './calendar.js';
import { type Day, addDays, lastDayOfMonth, makeDay } from './day.js';
import { type Period, type PeriodKind, type PeriodParts, formatPeriod, lastDayOf, lastMonthOf, parsePeriod, periodsOfYear } from './period.js';

export type DeadlineRule = 'next-working-day' | 'none';

/** When an obligation falls due: its period (null for one-off) and its last day before and after the roll. */
export interface DueSlot {
  period: Period | null;
  lastDay: Day;
  due: Day;
}

/** Which kind of schedule a `due` form sets. */
export type Schedule =
  | { kind: 'once'; lastDay: Day }
  | { kind: 'recurring'; every: PeriodKind; lastDayOf: (period: PeriodParts) => Day }
  | { kind: 'ongoing' }
  | { kind: 'on_request' };

// "Trước ngày N" ends the day before N; a day past the month's end means its last day.
function dayBefore(year: number, month: number, dayOfMonth: number): Day {
  const clamped = makeDay(year, month, dayOfMonth);
  return clamped ? addDays(clamped, -1) : lastDayOfMonth(year, month);
}

export function scheduleOf(due: Due): Schedule {
  if ('before' in due && !('every' in due)) return { kind: 'once', lastDay: addDays(due.before as Day, -1) };
  if ('by' in due) return { kind: 'once', lastDay: due.by };
  if ('within' in due) {
    const periods = Array.isArray(due.within) ? due.within : [due.within];
    const last = periods.map((p) => lastDayOf(parsePeriod(p)!)).sort().at(-1)!;
    return { kind: 'once', lastDay: last };
  }
  if ('ongoing' in due) return { kind: 'ongoing' };
  if ('on_request' in due) return { kind: 'on_request' };
  if (due.every === 'year') {
    const before = 'before' in due ? due.before : undefined;
    return {
      kind: 'recurring',
      every: 'year',
      lastDayOf: (p) => (before ? dayBefore(p.year, Number(before.slice(0, 2)), Number(before.slice(3))) : lastDayOf(p)),
    };
  }
  const beforeDay = 'before_day' in due ? due.before_day : undefined;
  return {
    kind: 'recurring',
    every: due.every,
    // A quarterly "trước ngày 19 của tháng cuối quý" counts in the quarter's last month.
    lastDayOf: (p) => (beforeDay ? dayBefore(p.year, lastMonthOf(p), beforeDay) : lastDayOf(p)),
  };
}

export function rollDueDay(lastDay: Day, rule: DeadlineRule, calendar: WorkCalendar): Day {
  return rule === 'next-working-day' ? calendar.rollForward(lastDay) : lastDay;
}

/** Every dated slot a `due` form sets within the plan's year: one for a one-off, one per period for a recurring one. */
export function dueSlots(due: Due, year: number, rule: DeadlineRule, calendar: WorkCalendar): DueSlot[] {
  const schedule = scheduleOf(due);
  if (schedule.kind === 'once') {
    return [{ period: null, lastDay: schedule.lastDay, due: rollDueDay(schedule.lastDay, rule, calendar) }];
  }
  if (schedule.kind === 'recurring') {
    return periodsOfYear(schedule.every, year).map((parts) => {
      const lastDay = schedule.lastDayOf(parts);
      return { period: formatPeriod(parts), lastDay, due: rollDueDay(lastDay, rule, calendar) };
    });
  }
  return [];
}
