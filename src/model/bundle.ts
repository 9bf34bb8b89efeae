import type { CalendarFile } from './calendar.js';
import type { PlanFile } from './plan.js';
import type { UnitsFile } from './units.js';

/** A plan with the units and calendar it names, as the core needs them. */
export interface PlanBundle {
  plan: PlanFile;
  units: UnitsFile;
  calendar: CalendarFile;
}
