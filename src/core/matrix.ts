import type { PlanFile } from '../model/plan.js';
import type { Status } from '../model/status.js';
import type { Obligation, Summary } from './evaluation.js';
import { listDeliverables } from './plan-index.js';
import { summarize } from './summary.js';
import type { UnitDirectory } from './units.js';

/** Done, or settled without being done: what a completion rate counts. */
export interface Rate {
  /** Met, late, target missed, reported or exempt. */
  done: number;
  /** Obligations whose outcome is known: `done` plus missed, unreported and target missed. */
  settled: number;
}

/** One unit × one deliverable: a single obligation, or every period of a recurring one. */
export interface MatrixCell extends Rate {
  /** The status that speaks for the cell: the worst of its obligations (see `WORST_FIRST`). */
  status: Status;
  /** Obligations in the cell (12 for a monthly deliverable). */
  total: number;
}

export interface MatrixRow {
  unit: string;
  rate: Rate;
  counts: Summary;
}

export interface MatrixColumn {
  deliverable: string;
  section: string;
  /** Units that owe it. */
  units: number;
  rate: Rate;
  counts: Summary;
}

export interface MatrixSection {
  id: string;
  title: string;
  /** Its deliverables that have a column, in plan order. */
  deliverables: string[];
}

/** Deliverables × units, with completion rates both ways. */
export interface Matrix {
  /** Sections that have at least one column, in plan order. */
  sections: MatrixSection[];
  columns: MatrixColumn[];
  /** Units that owe at least one obligation, in the units file's order. */
  rows: MatrixRow[];
  /** unit → deliverable → cell; a missing cell means the unit owes nothing there. */
  cells: ReadonlyMap<string, ReadonlyMap<string, MatrixCell>>;
  total: Rate;
}

// A missed target is work delivered, not as the plan asks: done, like late, and the cell's
// symbol still shows it.
const DONE: ReadonlySet<Status> = new Set(['met', 'late', 'target_missed', 'reported', 'exempt']);
// Open, due soon and on-request obligations have no outcome yet: counting them would make a
// unit's rate fall every time the year moves on to a period that is not due.
const SETTLED: ReadonlySet<Status> = new Set([...DONE, 'missed', 'unreported', 'target_missed']);

/**
 * Which status a cell of several obligations shows: what needs acting on first, in
 * `--fail-on`'s order (missed, late, due soon), then good news before "not yet", so a monthly
 * deliverable met every month so far reads ✓ rather than ○.
 */
export const WORST_FIRST: readonly Status[] = ['missed', 'unreported', 'late', 'target_missed', 'due_soon', 'met', 'reported', 'exempt', 'open', 'on_request'];

/** Builds the matrix of the obligations given (already filtered by the caller). */
export function buildMatrix(obligations: readonly Obligation[], plan: PlanFile, units: UnitDirectory): Matrix {
  const byUnit = new Map<string, Obligation[]>();
  const byDeliverable = new Map<string, Obligation[]>();
  const byCell = new Map<string, Map<string, Obligation[]>>();
  for (const o of obligations) {
    push(byUnit, o.unit, o);
    push(byDeliverable, o.deliverable, o);
    const row = byCell.get(o.unit) ?? new Map<string, Obligation[]>();
    byCell.set(o.unit, row);
    push(row, o.deliverable, o);
  }

  const placed = listDeliverables(plan).filter((d) => byDeliverable.has(d.id));
  const columns = placed.map((d): MatrixColumn => {
    const owed = byDeliverable.get(d.id)!;
    return { deliverable: d.id, section: d.section, units: new Set(owed.map((o) => o.unit)).size, rate: rateOf(owed), counts: summarize(owed) };
  });
  const sections = plan.sections
    .map((s) => ({ id: s.id, title: s.title, deliverables: placed.filter((d) => d.section === s.id).map((d) => d.id) }))
    .filter((s) => s.deliverables.length > 0);
  // Units the directory does not know (a plan edited under a report) still get a row, last.
  const unitIds = [...units.order.filter((id) => byUnit.has(id)), ...[...byUnit.keys()].filter((id) => !units.isUnit(id))];
  const rows = unitIds.map((unit): MatrixRow => ({ unit, rate: rateOf(byUnit.get(unit)!), counts: summarize(byUnit.get(unit)!) }));

  const cells = new Map<string, Map<string, MatrixCell>>();
  for (const [unit, row] of byCell) {
    cells.set(unit, new Map([...row].map(([deliverable, owed]) => [deliverable, cellOf(owed)])));
  }
  return { sections, columns, rows, cells, total: rateOf(obligations) };
}

function cellOf(obligations: readonly Obligation[]): MatrixCell {
  const status = WORST_FIRST.find((s) => obligations.some((o) => o.status === s))!;
  return { status, total: obligations.length, ...rateOf(obligations) };
}

export function rateOf(obligations: readonly Obligation[]): Rate {
  return {
    done: obligations.filter((o) => DONE.has(o.status)).length,
    settled: obligations.filter((o) => SETTLED.has(o.status)).length,
  };
}

/**
 * Whole percent, rounded down so that 100% means everything settled is done; null when
 * nothing is settled yet (0 of 0 is no rate, not 0% or 100%).
 */
export function percentOf(rate: Rate): number | null {
  return rate.settled === 0 ? null : Math.floor((rate.done * 100) / rate.settled);
}

/**
 * Splits sections into pages of at most `budget` (a width, a column count) as `costOf` measures
 * them, keeping each section whole unless it alone is over the budget.
 */
export function paginateSections(sections: readonly MatrixSection[], costOf: (deliverables: readonly string[]) => number, budget: number): MatrixSection[][] {
  const pages: MatrixSection[][] = [];
  let page: MatrixSection[] = [];
  const pageCost = (list: readonly MatrixSection[]) => list.reduce((sum, s) => sum + costOf(s.deliverables), 0);
  for (const section of sections) {
    for (const part of splitSection(section, costOf, budget)) {
      if (page.length > 0 && pageCost([...page, part]) > budget) {
        pages.push(page);
        page = [];
      }
      page.push(part);
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function splitSection(section: MatrixSection, costOf: (deliverables: readonly string[]) => number, budget: number): MatrixSection[] {
  if (costOf(section.deliverables) <= budget) return [section];
  const parts: MatrixSection[] = [];
  let current: string[] = [];
  for (const id of section.deliverables) {
    if (current.length > 0 && costOf([...current, id]) > budget) {
      parts.push({ ...section, deliverables: current });
      current = [];
    }
    current.push(id);
  }
  if (current.length > 0) parts.push({ ...section, deliverables: current });
  return parts;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
