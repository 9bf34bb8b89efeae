import type { UnitsFile } from '../model/units.js';

/** One line of a CODEOWNERS file: a path pattern and who must approve a change under it. */
export type OwnershipLine =
  | { kind: 'rule'; pattern: string; owners: readonly string[]; unit: string | null }
  /** A unit with no owners: its folder falls back to the office (the `*` rule), said in a comment. */
  | { kind: 'unowned'; pattern: string; unit: string }
  /** The office has no owners either: nothing can protect `plans/` or the fallback. */
  | { kind: 'no-office'; pattern: string };

export interface OwnershipOptions {
  /** Who owns everything that is not a unit's report folder: the plans, units, calendar and CODEOWNERS itself. */
  officeOwners: readonly string[];
  /** The reports folder relative to the repository root, `/`-separated, without leading or trailing slash. */
  reportsDir: string;
}

/**
 * The lines of a CODEOWNERS file, general first: GitHub and GitLab apply the LAST matching
 * pattern, so `*` (the office) comes first and each `reports/<unit>/` after it, and a unit's
 * owners alone approve its own folder. The office owns `*` as well as `plans/`, so that a unit
 * cannot grant itself another unit's folder by editing CODEOWNERS, the plan or the units file.
 */
export function buildOwnership(units: UnitsFile, options: OwnershipOptions): OwnershipLine[] {
  const lines: OwnershipLine[] = [];
  const office = [...new Set(options.officeOwners)];
  for (const pattern of ['*', '/plans/']) {
    lines.push(office.length > 0 ? { kind: 'rule', pattern, owners: office, unit: null } : { kind: 'no-office', pattern });
  }
  for (const unit of units.units) {
    const pattern = `/${options.reportsDir}/${unit.id}/`;
    const owners = [...new Set(unit.owners ?? [])];
    lines.push(owners.length > 0 ? { kind: 'rule', pattern, owners, unit: unit.id } : { kind: 'unowned', pattern, unit: unit.id });
  }
  return lines;
}
