// Apart from day.ts: a zone's offset comes from Intl, whose first date format costs ~20 ms of ICU
// data. A run given its day (`--as-of`) never needs the clock's zone, and never loads this. The
// minimal TZDate: the full one also builds Intl formats for its toString as it loads.
import { TZDateMini } from '@date-fns/tz/date/mini';
import { type Day, makeDay } from './day.js';

/** The calendar day an instant falls on in `timeZone` (a CI runner at 23:00 UTC is already on the next day in Vietnam). */
export function dayInZone(instant: Date, timeZone: string): Day {
  // TZDate's own getters read the fields in its zone.
  const zoned = new TZDateMini(instant.getTime(), timeZone);
  return makeDay(zoned.getFullYear(), zoned.getMonth() + 1, zoned.getDate())!;
}
