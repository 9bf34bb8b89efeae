import * as z from 'zod';
import { fieldIssue, apiVersionSchema, daySchema, nonEmptyText, slugSchema } from './fields.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

// The zone of the plans tthc is for, and in every time-zone database Node ships: accepted without
// asking Intl, whose first date format costs a run ~20 ms of ICU data.
const PLAN_ZONE = 'Asia/Ho_Chi_Minh';

function isTimeZone(name: string): boolean {
  if (name === PLAN_ZONE) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const dayOffSchema = z.strictObject({
  from: daySchema,
  to: daySchema,
  name: nonEmptyText,
  /** The legal basis, so a reviewer can check every day off. */
  source: nonEmptyText,
});

export const workingDaySchema = z.strictObject({
  date: daySchema,
  name: nonEmptyText,
  source: nonEmptyText,
});

export const calendarFileSchema = z.strictObject({
  apiVersion: apiVersionSchema,
  kind: z.literal('Calendar'),
  id: slugSchema,
  timezone: z.string().refine(isTimeZone, fieldIssue('timezone')),
  weekend: z.array(z.enum(WEEKDAYS)).max(6),
  days_off: z.array(dayOffSchema).default([]),
  /** Make-up working days (a Saturday worked in exchange for a bridge day). */
  working_days: z.array(workingDaySchema).default([]),
});

export type CalendarFile = z.infer<typeof calendarFileSchema>;
