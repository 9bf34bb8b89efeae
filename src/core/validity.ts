import type { UnitsFile } from '../model/units.js';
import type { Day } from './day.js';
import { firstDayOf, parsePeriod } from './period.js';

/** The days a unit exists; either end may be open. */
export interface Validity {
  from?: Day;
  to?: Day;
}

/**
 * Which obligations the units owe, by the days each exists (see owedWhileValid); undefined when
 * every unit exists all year (most units files), so that there is nothing to filter.
 */
export function owedByValidUnits(file: UnitsFile): ((o: { unit: string; period: string | null; due: Day | null }, day: Day) => boolean) | undefined {
  if (!file.units.some((unit) => unit.valid_from || unit.valid_to)) return undefined;
  const validity = buildValidity(file);
  return (o, day) => owedWhileValid(validity(o.unit), o, day);
}

/** Each unit's days of existence, by id; a unit without `valid_from`/`valid_to` always exists. */
function buildValidity(file: UnitsFile): (unit: string) => Validity {
  const byId = new Map(file.units.map((u) => [u.id, { ...(u.valid_from ? { from: u.valid_from } : {}), ...(u.valid_to ? { to: u.valid_to } : {}) }]));
  return (unit) => byId.get(unit) ?? {};
}

/**
 * Whether a unit owes an obligation in the days it exists. A recurring one is owed for each
 * period that starts before the unit ends and falls due after it begins: a commune merged on
 * 01/09 still owes its August report (filed before it ends), and the commune formed that day owes
 * August's too, as the successor. Everything else is owed by the units that exist on the day it
 * is judged by: a one-off on its due day (a dissolved unit hands unfinished work to its
 * successor), an ongoing one on its quarterly report's due day, an on-request one on the as-of day.
 */
function owedWhileValid(validity: Validity, obligation: { period: string | null; due: Day | null }, day: Day): boolean {
  const { from, to } = validity;
  if (obligation.due !== null && obligation.period !== null) {
    return (to === undefined || firstDayOf(parsePeriod(obligation.period)!) <= to) && (from === undefined || obligation.due >= from);
  }
  return (from === undefined || day >= from) && (to === undefined || day <= to);
}
