import type { Lang } from '../../i18n/lang.js';
import type { Locate } from '../../load/map-issues.js';
import type { PlanBundle } from '../../model/bundle.js';
import type { ProblemCode, Severity } from '../../model/problem.js';

export type PlanPart = 'plan' | 'units' | 'calendar';

export interface PlanRuleContext {
  bundle: PlanBundle;
  lang: Lang;
  problem(part: PlanPart, path: readonly PropertyKey[], code: ProblemCode, messageKey: string, params?: Record<string, string | number>, severity?: Severity): void;
}

/** A named rule over a plan and the units and calendar it names. */
export interface PlanRule {
  name: string;
  run(ctx: PlanRuleContext): void;
}

export type PlanLocators = Record<PlanPart, Locate>;
