import type { DiffField, PlanDiff } from '../core/plan-diff.js';
import type { PlacedDeliverable } from '../core/plan-index.js';
import type { Due } from '../model/plan.js';
import type { Target } from '../model/target.js';
import type { PlanDiffFormatter } from './plan-diff-text.js';

interface JsonDeliverable {
  id: string;
  section: string;
  task: string;
  text: string;
  lead: string[];
  support: string[];
  due: Due;
  targets: Target[] | null;
}

/** `tthc plan diff --format json`, formatVersion 1: its own public shape, grown only by addition. */
export interface PlanDiffJsonV1 {
  formatVersion: 1;
  from: { id: string; version: number; effective: string };
  to: { id: string; version: number; effective: string };
  added: JsonDeliverable[];
  removed: JsonDeliverable[];
  changed: Array<{ id: string; changes: Array<{ field: DiffField; before: unknown; after: unknown }> }>;
}

const deliverable = (d: PlacedDeliverable): JsonDeliverable => ({
  id: d.id,
  section: d.section,
  task: d.task,
  text: d.text,
  lead: d.lead,
  support: d.support,
  due: d.due,
  targets: d.targets ?? null,
});

export function toPlanDiffJson(diff: PlanDiff): PlanDiffJsonV1 {
  const version = (p: PlanDiff['from']) => ({ id: p.id, version: p.version, effective: p.effective });
  return {
    formatVersion: 1,
    from: version(diff.from),
    to: version(diff.to),
    added: diff.added.map(deliverable),
    removed: diff.removed.map(deliverable),
    changed: diff.changed.map((c) => ({
      id: c.id,
      changes: c.fields.map((field) => ({ field, before: c.before[field] ?? null, after: c.after[field] ?? null })),
    })),
  };
}

export const planDiffJson: PlanDiffFormatter = (diff) => JSON.stringify(toPlanDiffJson(diff), null, 2) + '\n';
