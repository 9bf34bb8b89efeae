import type { UnitsFile } from '../model/units.js';
import { appendTo } from './append-to.js';

export interface UnitDirectory {
  /** Unit ids in the units file's order. */
  order: readonly string[];
  isUnit(id: string): boolean;
  isGroup(id: string): boolean;
  nameOf(id: string): string;
  /** Units that owe what `ids` name: groups expanded, `reported_by` groups rolled up, each unit once, in file order. */
  expand(ids: readonly string[]): string[];
  /** The units that owe a deliverable: its leads, less any unit the plan names as support (see below). The same list for the same groups: read it, do not change it. */
  owing(lead: readonly string[], support: readonly string[]): readonly string[];
}

export function buildUnitDirectory(file: UnitsFile): UnitDirectory {
  const order = file.units.map((unit) => unit.id);
  const names = new Map<string, string>([...file.groups, ...file.units].map((entry) => [entry.id, entry.name]));
  const groups = new Map(file.groups.map((group) => [group.id, group]));
  const members = new Map<string, string[]>();
  for (const unit of file.units) {
    for (const group of unit.groups) appendTo(members, group, unit.id);
  }
  const unitIds = new Set(order);

  const membersOf = (groupId: string, seen: Set<string>): string[] => {
    if (seen.has(groupId)) return [];
    seen.add(groupId);
    const group = groups.get(groupId);
    return group?.reported_by ? membersOf(group.reported_by, seen) : (members.get(groupId) ?? []);
  };

  const expand = (ids: readonly string[]): string[] => {
    const owed = new Set<string>();
    for (const id of ids) {
      if (unitIds.has(id)) owed.add(id);
      else for (const member of membersOf(id, new Set())) owed.add(member);
    }
    return order.filter((id) => owed.has(id));
  };

  const owingByGroups = new Map<string, string[]>();

  return {
    order,
    isUnit: (id) => unitIds.has(id),
    isGroup: (id) => groups.has(id),
    nameOf: (id) => names.get(id) ?? id,
    expand,
    owing(lead, support) {
      // Most deliverables name the same few groups: each pair is expanded once (a province's
      // units were filtered again for every deliverable). Callers only read the list.
      const key = `${lead.join(' ')}|${support.join(' ')}`;
      let owed = owingByGroups.get(key);
      if (!owed) {
        // "Các sở, ngành chủ trì, phối hợp với Văn phòng UBND tỉnh": VP UBND is a department too,
        // but here it is the coordinator, not one of the leads. A unit the plan names itself as
        // lead still owes, even if a support group also contains it.
        const supporting = new Set(expand(support));
        owed = expand(lead).filter((id) => lead.includes(id) || !supporting.has(id));
        owingByGroups.set(key, owed);
      }
      return owed;
    },
  };
}
