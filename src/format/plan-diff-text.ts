import { formatDayVietnamese } from '../core/day.js';
import type { DiffField, PlanDiff } from '../core/plan-diff.js';
import type { Lang } from '../i18n/lang.js';
import { planDiffText } from '../i18n/plan-diff.js';
import type { Deliverable, Due } from '../model/plan.js';
import { printable } from './printable.js';
import { formatTarget } from './target-text.js';

/** What a plan diff renderer gets: the diff and the reader's language (and whether colour is allowed). */
export interface PlanDiffContext {
  lang: Lang;
  color: boolean;
  width: number;
}

export type PlanDiffFormatter = (diff: PlanDiff, ctx: PlanDiffContext) => string;

/** `before: 2024-09-15 “Trước ngày 15/9/2024.”`: the form as the plan file writes it, then the source's wording. */
export function describeDueForm(due: Due): string {
  const form = Object.entries(due)
    .filter(([key]) => key !== 'text')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`)
    .join(', ');
  return `${form} “${printable(due.text)}”`;
}

/** One field of a deliverable, as one line of text. */
export function fieldValue(d: Deliverable, field: DiffField): string {
  switch (field) {
    case 'text':
      return printable(d.text);
    case 'lead':
    case 'support':
      return d[field].length > 0 ? d[field].join(', ') : '—';
    case 'due':
      return describeDueForm(d.due);
    case 'targets':
      return d.targets ? d.targets.map(formatTarget).join('; ') : '—';
  }
}

export const fieldLabel = (field: DiffField, lang: Lang) => planDiffText(lang, `field.${field}`);

export const refOf = (plan: { id: string; version: number }) => `${plan.id}@${plan.version}`;

export function diffTitle(diff: PlanDiff, lang: Lang): string {
  return planDiffText(lang, 'title', { from: refOf(diff.from), to: refOf(diff.to), effective: formatDayVietnamese(diff.to.effective) });
}

export function diffSummary(diff: PlanDiff, lang: Lang): string {
  const counts = { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
  return counts.added + counts.removed + counts.changed === 0 ? planDiffText(lang, 'nothing') : planDiffText(lang, 'summary', counts);
}

/** A whole added or removed deliverable: its text, then who leads and supports it and when it is due. */
export function describeDeliverable(d: Deliverable, lang: Lang): string[] {
  return [fieldValue(d, 'text'), ...(['lead', 'support', 'due', 'targets'] as const).filter((f) => f !== 'targets' || d.targets).map((f) => `${fieldLabel(f, lang)}: ${fieldValue(d, f)}`)];
}
