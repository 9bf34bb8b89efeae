import type { CalendarFile } from './calendar.js';
import type { PlanFile } from './plan.js';
import type { UnitsFile } from './units.js';

/** A plan with the units and calendar it names, as the core needs them. */
export interface PlanBundle {
  /** The latest version loaded: the one in force from its `effective` day on. */
  plan: PlanFile;
  /** The versions `plan` amends, oldest first (version 1 first); absent for a plan never amended. */
  earlier?: PlanFile[];
  units: UnitsFile;
  calendar: CalendarFile;
}
