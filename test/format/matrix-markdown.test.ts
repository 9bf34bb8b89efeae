import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/core/matrix.js';
import { buildUnitDirectory } from '../../src/core/units.js';
import { cellText, matrixMarkdown } from '../../src/format/matrix-markdown.js';
import { bundle, context, evaluation } from './support.js';

/** The GFM tables of a document: rows of cells, `\|` kept inside its cell. */
function tables(markdown: string): string[][][] {
  const blocks = markdown.split(/\n{2,}/).filter((block) => block.startsWith('|'));
  return blocks.map((block) =>
    block
      .split('\n')
      .filter((line) => !/^\|(\s*:?-+:?\s*\|)+$/.test(line))
      .map((line) => line.slice(2, -2).split(/(?<!\\) \| /).map((cell) => cell.trim())),
  );
}

describe('matrixMarkdown (tthc status --format markdown)', () => {
  const out = matrixMarkdown(evaluation(), context());
  const [grid, columns] = tables(out);
  const matrix = buildMatrix(evaluation().obligations, bundle.plan, buildUnitDirectory(bundle.units));

  it('has a title with the as-of day and the overall rate', () => {
    expect(out.split('\n')[0]).toBe('## Tiến độ theo đơn vị và nhiệm vụ, tính đến ngày 01/07/2024');
    expect(out).toContain(`Hoàn thành ${matrix.total.done}/${matrix.total.settled} nghĩa vụ`);
  });

  it('has units as rows and deliverables as columns, a symbol per cell and the unit’s rate last', () => {
    expect(grid![0]).toEqual(['Đơn vị', 'I.1.1', 'I.1.2', 'I.1.3', 'I.1.4', 'I.1.5', 'I.1.6', 'Hoàn thành']);
    expect(grid!.slice(1).map((row) => row[0])).toEqual(['Sở A', 'Sở B', 'UBND huyện X', 'Đơn vị độc lập']);
    const deptA = grid![1]!;
    expect(deptA.slice(1, -1)).toEqual(matrix.columns.map((c) => cellText(matrix.cells.get('dept-a')!.get(c.deliverable))));
    expect(deptA.at(-1)).toMatch(/^\d+\/\d+ (\d+%|—)$/);
  });

  it('counts a recurring deliverable’s periods in its cell, and dots a cell the unit does not owe', () => {
    expect(grid![1]![4]).toBe(cellText(matrix.cells.get('dept-a')!.get('I.1.4')));
    expect(grid![1]![4]).toMatch(/^\S \d+\/\d+$/);
    expect(grid![4]![2]).toBe('·');
    expect(cellText({ status: 'missed', total: 4, done: 1, settled: 2 })).toBe('✗ 1/2');
    expect(cellText({ status: 'met', total: 1, done: 1, settled: 1 })).toBe('✓');
    expect(cellText(undefined)).toBe('·');
  });

  it('has a row per deliverable with its rate', () => {
    expect(columns![0]!.slice(0, 4)).toEqual(['Mã', 'Nội dung', 'Số đơn vị', 'Hoàn thành']);
    expect(columns!.slice(1).map((row) => row[0])).toEqual(matrix.columns.map((c) => c.deliverable));
    expect(columns![2]![1]).toBe('Kế hoạch rà soát \\| đánh giá TTHC');
  });

  it('splits a wide plan into tables of at most 20 deliverables', () => {
    const wide = { ...bundle, plan: { ...bundle.plan, sections: [{ ...bundle.plan.sections[0]!, tasks: bundle.plan.sections[0]!.tasks }] } };
    const many = evaluation().obligations.flatMap((o) => Array.from({ length: 5 }, (_, i) => ({ ...o, deliverable: `${o.deliverable}${i}` })));
    const ids = [...new Set(many.map((o) => o.deliverable))];
    wide.plan.sections[0] = { ...wide.plan.sections[0]!, tasks: [{ ...wide.plan.sections[0]!.tasks[0]!, deliverables: ids.map((id) => ({ ...wide.plan.sections[0]!.tasks[0]!.deliverables[0]!, id })) }] };
    const grids = tables(matrixMarkdown({ ...evaluation(), obligations: many }, context({ bundle: wide }))).slice(0, -1);
    expect(grids.map((t) => t[0]!.length - 2)).toEqual([20, 10]);
  });

  it('escapes Markdown in names from the plan', () => {
    const hostile = { ...bundle, units: { ...bundle.units, units: bundle.units.units.map((u) => (u.id === 'dept-a' ? { ...u, name: 'Sở *A* | <b>x</b>' } : u)) } };
    const md = matrixMarkdown(evaluation(), context({ bundle: hostile }));
    expect(md).toContain('Sở \\*A\\* \\| \\<b\\>x\\</b\\>');
  });
});
