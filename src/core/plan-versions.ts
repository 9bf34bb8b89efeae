import type { PlanBundle } from '../model/bundle.js';
import type { PlanFile } from '../model/plan.js';
import type { Day } from './day.js';
import { listDeliverables } from './plan-index.js';

/** Every version of the bundle's plan, oldest first. */
export function planVersions(bundle: PlanBundle): PlanFile[] {
  return [...(bundle.earlier ?? []), bundle.plan];
}

/** The version in force on a day: the latest whose `effective` day has come; the first covers every day before. */
export function versionInForce(versions: readonly PlanFile[], day: Day): PlanFile {
  let inForce = versions[0]!;
  for (const version of versions.slice(1)) if (version.effective <= day) inForce = version;
  return inForce;
}

/** The obligations one version sets, as if alone, and the day each is judged by. */
export interface VersionOwes<T> {
  effective: Day;
  items: readonly T[];
  /** The due day; for an ongoing deliverable its quarterly report's due day; else the as-of day. */
  dayOf: (item: T) => Day;
}

/** One obligation a version sets, with the day it is judged by. */
interface Owed<T> {
  item: T;
  day: Day;
}

/**
 * Applies each amendment in turn; `keyOf` says which obligations of two versions are the same one,
 * and `keep` which obligations that are owed count (by the day each is judged by; all of them
 * without it). An obligation
 * that fell due before the amendment took effect stays as the earlier version set it (history is
 * not rewritten). Every other one follows the amendment: one the earlier version already owed
 * takes the amendment's terms, even a due day that has passed; one the amendment adds is owed
 * only when it falls due on or after its effective day (nothing new is owed in the past); one the
 * amendment removes is owed no more.
 */
export function applyAmendments<T>(versions: ReadonlyArray<VersionOwes<T>>, keyOf: (item: T) => string, keep?: (item: T, day: Day) => boolean): T[] {
  const [first, ...amendments] = versions;
  if (!first) return [];
  // A plan never amended (most of them): its obligations as they are, without pairing each of a
  // province's tens of thousands with its day for the collector to copy.
  if (amendments.length === 0) return keep ? first.items.filter((item) => keep(item, first.dayOf(item))) : first.items.slice();
  const owedBy = ({ items, dayOf }: VersionOwes<T>): Owed<T>[] => items.map((item) => ({ item, day: dayOf(item) }));
  let current = owedBy(first);
  for (const amendment of amendments) {
    const { effective } = amendment;
    const history = current.filter((o) => o.day < effective);
    const settled = new Set(history.map((o) => keyOf(o.item)));
    const superseded = new Set(current.filter((o) => o.day >= effective).map((o) => keyOf(o.item)));
    current = [...history, ...owedBy(amendment).filter((o) => !settled.has(keyOf(o.item)) && (superseded.has(keyOf(o.item)) || o.day >= effective))];
  }
  return (keep ? current.filter((o) => keep(o.item, o.day)) : current).map((o) => o.item);
}

/**
 * Deliverable ids in plan order across versions: the latest version's order, with an id that
 * only an earlier version has placed after the id it followed there.
 */
export function deliverableOrder(versions: readonly PlanFile[]): string[] {
  const order = listDeliverables(versions.at(-1)!).map((d) => d.id);
  for (const version of versions.slice(0, -1).reverse()) {
    let previous: string | undefined;
    for (const { id } of listDeliverables(version)) {
      if (!order.includes(id)) order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, id);
      previous = id;
    }
  }
  return order;
}
