import type { CalendarFile } from '../model/calendar.js';
import { WEEKDAYS } from '../model/calendar.js';
import { type Day, addDays, weekdayOf } from './day.js';

export interface WorkCalendar {
  isWorkingDay(day: Day): boolean;
  /** The day itself when it is a working day, else the next working day (Bộ luật Dân sự 2015, Điều 148). */
  rollForward(day: Day): Day;
}

// A year of consecutive days off cannot happen in a valid calendar; stop there rather than loop.
const MAX_ROLL_DAYS = 366;

export function buildCalendar(file: CalendarFile): WorkCalendar {
  const weekend = new Set(file.weekend.map((name) => WEEKDAYS.indexOf(name)));
  const madeUp = new Set<string>(file.working_days.map((entry) => entry.date));
  const ranges = file.days_off.map((range) => [range.from, range.to] as const);
  const isDayOff = (day: Day) => ranges.some(([from, to]) => from <= day && day <= to);
  const isWorkingDay = (day: Day) => madeUp.has(day) || (!weekend.has(weekdayOf(day)) && !isDayOff(day));
  return {
    isWorkingDay,
    rollForward(day) {
      let current = day;
      for (let i = 0; i < MAX_ROLL_DAYS && !isWorkingDay(current); i++) current = addDays(current, 1);
      return current;
    },
  };
}
