import { formatDayVietnamese } from '../core/day.js';
import type { Evaluation, Obligation } from '../core/evaluation.js';
import { listDeliverables } from '../core/plan-index.js';
import { buildUnitDirectory } from '../core/units.js';
import { ciText } from '../i18n/ci.js';
import type { Lang } from '../i18n/lang.js';
import { STATUS_SYMBOL, statusLabel } from '../i18n/status.js';
import { tableText } from '../i18n/table.js';
import { STATUSES, type Status } from '../model/status.js';
import type { PlanBundle } from '../model/bundle.js';
import { printable } from './printable.js';
import { remark } from './table.js';

/** `XI.1.2 (2024-03)`: deliverable and period, unique for one unit. */
export function labelObligation(o: Obligation): string {
  return o.period ? `${o.deliverable} (${o.period})` : o.deliverable;
}

/** The due day as Vietnamese documents write it, or why there is none. */
export function describeDue(o: Obligation, lang: Lang): string {
  return o.due ? formatDayVietnamese(o.due) : tableText(lang, o.status === 'on_request' ? 'on-request' : 'ongoing');
}

export function describeStatus(status: Status, lang: Lang): string {
  return `${STATUS_SYMBOL[status]} ${statusLabel(lang, status)}`;
}

/** `Quá hạn, hạn 30/01/2024, trễ 153 ngày`: the verdict in one phrase. */
export function describeVerdict(o: Obligation, lang: Lang): string {
  const parts = [statusLabel(lang, o.status), o.due ? ciText(lang, 'due-on', { due: formatDayVietnamese(o.due) }) : '', remark(o, lang)];
  return parts.filter((part) => part !== '').join(', ');
}

/** `250 nghĩa vụ: ✗ 12 quá hạn · ! 3 trễ hạn`, zero counts left out. */
export function describeCounts(evaluation: Evaluation, lang: Lang): string {
  const counts = STATUSES.filter((s) => evaluation.summary[s] > 0)
    .map((s) => `${STATUS_SYMBOL[s]} ${evaluation.summary[s]} ${statusLabel(lang, s).toLowerCase()}`)
    .join(' · ');
  return ciText(lang, 'summary.counts', { total: evaluation.obligations.length, counts });
}

/** Names from the plan's files, made printable: they are typed by people, like reports. */
export function buildNames(bundle: PlanBundle): { unit(id: string): string; deliverable(id: string): string } {
  const units = buildUnitDirectory(bundle.units);
  const texts = new Map(listDeliverables(bundle.plan).map((d) => [d.id, d.text]));
  return {
    unit: (id) => printable(units.nameOf(id)),
    deliverable: (id) => printable(texts.get(id) ?? ''),
  };
}

/** Line breaks and runs of spaces as one space, for places that show a single line. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One line, at most `max` characters: long legal wording would swamp a CI page. */
export function shorten(text: string, max: number): string {
  const flat = flatten(text);
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Appends ` (2)`, ` (3)` to repeats, for consumers that drop entries with the same key. */
export function makeUnique(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key} (${n})`;
  };
}
