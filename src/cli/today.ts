import type { Day } from '../core/day.js';
import type { CliIo } from './io.js';

/** Today in the plan's zone, by the clock the CLI was given; the zone's code loads only when asked. */
export async function todayInZone(io: CliIo, timeZone: string): Promise<Day> {
  const { dayInZone } = await import('../core/day-in-zone.js');
  return dayInZone(io.now(), timeZone);
}
