import type { Lang } from '../i18n/lang.js';
import type { PlanBundle } from '../model/bundle.js';
import type { PlanFile } from '../model/plan.js';
import { applyRules } from '../rules/index.js';
import { buildCalendar } from './calendar.js';
import type { Day } from './day.js';
import type { Evaluation, Obligation } from './evaluation.js';
import { listDeliverables } from './plan-index.js';
import { type VersionOwes, applyAmendments, deliverableOrder, planVersions } from './plan-versions.js';
import { indexReports } from './report-index.js';
import type { ReportInput } from './report-input.js';
import { findPeriodReport, obligationsOf, quarterDueDays } from './obligations.js';
import { summarize } from './summary.js';
import { withTargets } from './targets.js';
import { buildUnitDirectory } from './units.js';
import { owedByValidUnits } from './validity.js';
import { compareText } from './compare-text.js';

export interface EvaluateOptions {
  asOf: Day;
  /** An open obligation due within this many days (the due day included) is `due_soon`. */
  dueSoonDays?: number;
  /** Language of the rules' messages. */
  lang?: Lang;
}

export const DEFAULT_DUE_SOON_DAYS = 7;

/** Everything as of one day, from the plan and the reports alone: no clock, no files, no colour. */
export function evaluate(bundle: PlanBundle, reports: readonly ReportInput[], options: EvaluateOptions): Evaluation {
  const { asOf, dueSoonDays = DEFAULT_DUE_SOON_DAYS, lang = 'vi' } = options;
  const { counted, problems } = applyRules(bundle, reports, { asOf, lang });
  const calendar = buildCalendar(bundle.calendar);
  const units = buildUnitDirectory(bundle.units);
  const index = indexReports(counted, asOf);
  // Replaying the past: an amendment that has not taken effect by the as-of day does not exist yet.
  const versions = planVersions(bundle).filter((version, i) => i === 0 || version.effective <= asOf);
  // Each version sets its obligations as if alone; the amendments then decide which are owed.
  const byVersion = versions.map((plan): VersionOwes<Obligation> => {
    const versionBundle = plan === bundle.plan ? bundle : { ...bundle, plan };
    const quarterDue = quarterDueDays(versionBundle, calendar);
    const ctx = { bundle: versionBundle, calendar, units, index, asOf, dueSoonDays, quarterDue, quarterRead: new Map() };
    const items = listDeliverables(plan).flatMap((deliverable) => {
      const made = obligationsOf(deliverable, ctx);
      const { targets } = deliverable;
      return targets ? made.map((o) => withTargets(o, targets, o.period ? findPeriodReport(index, o.unit, o.period) : undefined)) : made;
    });
    // The day an obligation is judged by: see VersionOwes.
    const dayOf = (o: Obligation): Day => o.due ?? (o.period ? quarterDue.get(o.period) : undefined) ?? asOf;
    return { effective: plan.effective, items, dayOf };
  });
  const owed = applyAmendments(byVersion, (o) => `${o.deliverable}\u0000${o.unit}\u0000${o.period ?? ''}`, owedByValidUnits(bundle.units));
  // A plan never amended makes its obligations in order: deliverable by deliverable in plan order,
  // each deliverable's units in the units file's order (UnitDirectory.owing), each unit's periods in
  // turn. Only the versions of an amended plan, merged, need putting in order (a property test holds both).
  const obligations = versions.length === 1 ? owed : inPlanOrder(owed, versions, units.order);
  return { asOf, plan: { id: bundle.plan.id, version: versions.at(-1)!.version }, obligations, problems, summary: summarize(obligations) };
}

/**
 * Plan order, then unit order, then period. The ranks are looked up once per obligation, not
 * twice per comparison: a national sort makes millions of comparisons. Plain loops: the
 * iterator-driven Int32Array.from and Array.from cost more than the sort of a list that, built
 * deliverable by deliverable, is nearly always in order already.
 */
function inPlanOrder(owed: readonly Obligation[], versions: readonly PlanFile[], unitOrder: readonly string[]): Obligation[] {
  const rank = new Map(deliverableOrder(versions).map((id, i) => [id, i]));
  const unitRank = new Map(unitOrder.map((id, i) => [id, i]));
  const deliverableRanks = new Int32Array(owed.length);
  const unitRanks = new Int32Array(owed.length);
  const order: number[] = new Array(owed.length);
  for (let i = 0; i < owed.length; i++) {
    deliverableRanks[i] = rank.get(owed[i]!.deliverable)!;
    unitRanks[i] = unitRank.get(owed[i]!.unit)!;
    order[i] = i;
  }
  return order
    .sort((i, j) => deliverableRanks[i]! - deliverableRanks[j]! || unitRanks[i]! - unitRanks[j]! || compareText(owed[i]!.period ?? '', owed[j]!.period ?? ''))
    .map((i) => owed[i]!);
}
