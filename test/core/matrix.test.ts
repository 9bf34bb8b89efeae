import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../src/core/evaluation.js';
import { type MatrixSection, WORST_FIRST, buildMatrix, paginateSections, percentOf } from '../../src/core/matrix.js';
import type { Period } from '../../src/core/period.js';
import { buildUnitDirectory } from '../../src/core/units.js';
import { STATUSES, type Status } from '../../src/model/status.js';
import { bundleOf, day } from '../support/builders.js';

const text = 'x';
const bundle = bundleOf([
  { id: 'I.1.1', lead: ['depts'], due: { before: day('2024-01-31'), text } },
  { id: 'I.1.2', lead: ['dept-a'], due: { every: 'month', before_day: 20, text } },
  { id: 'I.1.3', lead: ['lone'], due: { ongoing: true, text } },
  { id: 'I.1.4', lead: ['lone'], due: { on_request: 'Theo Thư mời', text } },
]);
const units = buildUnitDirectory(bundle.units);

function obligation(unit: string, deliverable: string, status: Status, period: string | null = null): Obligation {
  return { deliverable, unit, period: period as Period | null, due: null, status, doneOn: null, report: null, pointer: null, position: null, daysLate: null, daysLeft: null, note: null };
}

const monthly = (statuses: Status[]) => statuses.map((s, i) => obligation('dept-a', 'I.1.2', s, `2024-${String(i + 1).padStart(2, '0')}`));

describe('buildMatrix', () => {
  it('has a row per unit that owes something, in the units file order, and a column per deliverable in plan order', () => {
    const matrix = buildMatrix(
      [obligation('lone', 'I.1.3', 'reported'), obligation('dept-b', 'I.1.1', 'met'), obligation('dept-a', 'I.1.1', 'missed')],
      bundle.plan,
      units,
    );
    expect(matrix.rows.map((r) => r.unit)).toEqual(['dept-a', 'dept-b', 'lone']);
    expect(matrix.columns.map((c) => c.deliverable)).toEqual(['I.1.1', 'I.1.3']);
    expect(matrix.sections).toEqual([{ id: 'I', title: 'Mục I', deliverables: ['I.1.1', 'I.1.3'] }]);
  });

  it('leaves a cell empty where the unit owes nothing', () => {
    const matrix = buildMatrix([obligation('dept-a', 'I.1.1', 'met'), obligation('lone', 'I.1.3', 'reported')], bundle.plan, units);
    expect(matrix.cells.get('dept-a')!.has('I.1.3')).toBe(false);
    expect(matrix.cells.get('lone')!.get('I.1.3')).toMatchObject({ status: 'reported', total: 1 });
  });

  it('shows a monthly deliverable met every month so far as met, with its months counted', () => {
    const matrix = buildMatrix(monthly(['met', 'met', 'met', 'met', 'met', 'met', 'open', 'open', 'open', 'open', 'open', 'open']), bundle.plan, units);
    expect(matrix.cells.get('dept-a')!.get('I.1.2')).toEqual({ status: 'met', total: 12, done: 6, settled: 6 });
  });

  it('shows the worst period of a recurring deliverable: missed before late before due soon', () => {
    const cell = (statuses: Status[]) => buildMatrix(monthly(statuses), bundle.plan, units).cells.get('dept-a')!.get('I.1.2')!;
    expect(cell(['met', 'late', 'missed', 'due_soon', 'open']).status).toBe('missed');
    expect(cell(['met', 'late', 'due_soon', 'open']).status).toBe('late');
    expect(cell(['met', 'due_soon', 'open']).status).toBe('due_soon');
    expect(cell(['open', 'open']).status).toBe('open');
    expect(cell(['met', 'late', 'missed', 'due_soon', 'open'])).toMatchObject({ done: 2, settled: 3 });
  });

  it('counts met, late, reported and exempt as done, over everything settled; open, due soon and on request are left out', () => {
    const matrix = buildMatrix(
      [
        obligation('dept-a', 'I.1.1', 'met'),
        obligation('dept-b', 'I.1.1', 'late'),
        obligation('district-x', 'I.1.1', 'exempt'),
        obligation('lone', 'I.1.1', 'missed'),
        obligation('lone', 'I.1.3', 'reported'),
        obligation('dept-a', 'I.1.3', 'unreported'),
        obligation('dept-b', 'I.1.3', 'open'),
        obligation('lone', 'I.1.4', 'on_request'),
        ...monthly(['due_soon']),
      ],
      bundle.plan,
      units,
    );
    expect(matrix.total).toEqual({ done: 4, settled: 6 });
    expect(matrix.columns.find((c) => c.deliverable === 'I.1.1')).toMatchObject({ units: 4, rate: { done: 3, settled: 4 } });
    expect(matrix.rows.find((r) => r.unit === 'lone')).toMatchObject({ rate: { done: 1, settled: 2 } });
    expect(matrix.rows.find((r) => r.unit === 'dept-a')!.counts).toMatchObject({ met: 1, unreported: 1, due_soon: 1 });
  });

  it('ranks every status, so no cell is left without one', () => {
    expect([...WORST_FIRST].sort()).toEqual([...STATUSES].sort());
  });

  it('is empty for no obligations', () => {
    const matrix = buildMatrix([], bundle.plan, units);
    expect(matrix).toMatchObject({ rows: [], columns: [], sections: [], total: { done: 0, settled: 0 } });
  });
});

describe('percentOf', () => {
  it('rounds down, so 100% means everything settled is done', () => {
    expect(percentOf({ done: 199, settled: 200 })).toBe(99);
    expect(percentOf({ done: 2, settled: 3 })).toBe(66);
    expect(percentOf({ done: 5, settled: 5 })).toBe(100);
  });

  it('has no rate before anything is settled', () => {
    expect(percentOf({ done: 0, settled: 0 })).toBeNull();
  });
});

describe('paginateSections', () => {
  const section = (id: string, count: number): MatrixSection => ({ id, title: id, deliverables: Array.from({ length: count }, (_, i) => `${id}.1.${i + 1}`) });
  const count = (ids: readonly string[]) => ids.length;

  it('keeps sections whole and in order, starting a page when the next one does not fit', () => {
    const pages = paginateSections([section('I', 4), section('II', 3), section('III', 5)], count, 8);
    expect(pages.map((p) => p.map((s) => `${s.id}:${s.deliverables.length}`))).toEqual([['I:4', 'II:3'], ['III:5']]);
  });

  it('splits a section wider than a page', () => {
    const pages = paginateSections([section('VIII', 14)], count, 6);
    expect(pages.map((p) => p.map((s) => s.deliverables.length))).toEqual([[6], [6], [2]]);
    expect(pages.flat().flatMap((s) => s.deliverables)).toEqual(section('VIII', 14).deliverables);
  });

  it('puts everything on one page when it fits', () => {
    expect(paginateSections([section('I', 2), section('II', 2)], count, 50)).toHaveLength(1);
  });
});
