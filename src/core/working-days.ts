import type { WorkCalendar } from './calendar.js';
import { type Day, addDays } from './day.js';

// A year without a single working day cannot happen in a valid calendar; stop there rather than loop.
const MAX_DAYS_BACK = 366;

/**
 * The day `count` working days before `day` ("three working days before the deadline"): weekends,
 * days off and make-up Saturdays count as the plan's calendar says, and `day` itself never counts.
 */
export function workingDaysBefore(day: Day, count: number, calendar: WorkCalendar): Day {
  let current = day;
  let left = count;
  for (let i = 0; i < MAX_DAYS_BACK && left > 0; i++) {
    current = addDays(current, -1);
    if (calendar.isWorkingDay(current)) left--;
  }
  return current;
}
