import type { Deliverable, PlanFile } from '../model/plan.js';
import { type PlacedDeliverable, listDeliverables } from './plan-index.js';

/** What a change to a deliverable can touch, in the order a reader checks them. */
export const DIFF_FIELDS = ['text', 'lead', 'support', 'due', 'targets'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface DeliverableChange {
  id: string;
  before: PlacedDeliverable;
  after: PlacedDeliverable;
  /** Only the fields that differ. */
  fields: DiffField[];
}

export interface PlanDiff {
  from: PlanFile;
  to: PlanFile;
  /** In the newer version's order. */
  added: PlacedDeliverable[];
  /** In the older version's order. */
  removed: PlacedDeliverable[];
  /** In the newer version's order. */
  changed: DeliverableChange[];
}

// Who leads is a set: listing the same units in another order changes nothing.
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
// zod gives every parsed object its keys in the schema's order, so equal values print equally.
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const SAME: Record<DiffField, (a: Deliverable, b: Deliverable) => boolean> = {
  text: (a, b) => a.text === b.text,
  lead: (a, b) => sameSet(a.lead, b.lead),
  support: (a, b) => sameSet(a.support, b.support),
  due: (a, b) => sameValue(a.due, b.due),
  targets: (a, b) => sameValue(a.targets, b.targets),
};

/** Deliverables added, removed and changed from one version of a plan to another, matched by id. */
export function diffPlans(from: PlanFile, to: PlanFile): PlanDiff {
  const before = new Map(listDeliverables(from).map((d) => [d.id, d]));
  const after = listDeliverables(to);
  const afterIds = new Set(after.map((d) => d.id));
  const changed: DeliverableChange[] = [];
  for (const d of after) {
    const old = before.get(d.id);
    if (!old) continue;
    const fields = DIFF_FIELDS.filter((field) => !SAME[field](old, d));
    if (fields.length > 0) changed.push({ id: d.id, before: old, after: d, fields });
  }
  return {
    from,
    to,
    added: after.filter((d) => !before.has(d.id)),
    removed: [...before.values()].filter((d) => !afterIds.has(d.id)),
    changed,
  };
}
