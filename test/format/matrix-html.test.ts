import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/core/matrix.js';
import { buildUnitDirectory } from '../../src/core/units.js';
import { matrixHtml } from '../../src/format/matrix-html.js';
import { STATUS_SYMBOL } from '../../src/i18n/status.js';
import { bundle, context, evaluation } from './support.js';

const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

describe('matrixHtml (tthc status --format html)', () => {
  const doc = parse(matrixHtml(evaluation(), context()));
  const matrix = buildMatrix(evaluation().obligations, bundle.plan, buildUnitDirectory(bundle.units));
  const grid = doc.querySelector('table.matrix')!;

  it('is the same printable page as the report: national heading, status title, as-of day', () => {
    expect(text(doc.querySelector('.heading .nation'))).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(doc.querySelector('h1'))).toBe('BẢNG TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH THEO ĐƠN VỊ VÀ NHIỆM VỤ');
    expect(text(doc.querySelector('.as-of'))).toBe('(Tính đến ngày 01 tháng 7 năm 2024)');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('heads the grid with sections, then deliverable ids', () => {
    const [sections, ids] = grid.querySelectorAll('thead tr');
    expect(sections!.querySelectorAll('th').map(text)).toEqual(['STT', 'Đơn vị', 'I', 'Hoàn thành']);
    expect(sections!.querySelectorAll('th')[2]!.getAttribute('colspan')).toBe('6');
    expect(ids!.querySelectorAll('th').map(text)).toEqual(['I.1.1', 'I.1.2', 'I.1.3', 'I.1.4', 'I.1.5', 'I.1.6']);
  });

  it('has a row per unit with a symbol per cell, the status also in its class, and the rate', () => {
    const rows = grid.querySelectorAll('tbody tr');
    expect(rows.map((tr) => text(tr.querySelector('th')))).toEqual(['Sở A', 'Sở B', 'UBND huyện X', 'Đơn vị độc lập']);
    const deptA = rows[0]!.querySelectorAll('td.cell');
    matrix.columns.forEach((column, i) => {
      const cell = matrix.cells.get('dept-a')!.get(column.deliverable);
      if (!cell) return expect(deptA[i]!.classList.contains('none')).toBe(true);
      expect(deptA[i]!.classList.contains(`s-${cell.status}`)).toBe(true);
      expect(text(deptA[i]).startsWith(STATUS_SYMBOL[cell.status])).toBe(true);
      if (cell.total > 1) expect(text(deptA[i]!.querySelector('small'))).toBe(`${cell.done}/${cell.settled}`);
    });
    const rate = matrix.rows[0]!.rate;
    expect(text(rows[0]!.querySelector('td.rate'))).toMatch(new RegExp(`^${rate.done}/${rate.settled} `));
  });

  it('has a table of deliverables and a legend', () => {
    const columns = doc.querySelector('table.columns')!;
    expect(columns.querySelectorAll('tbody tr').map((tr) => text(tr.querySelector('td')))).toEqual(matrix.columns.map((c) => c.deliverable));
    expect(text(doc.querySelector('.legend'))).toContain('✓ Đúng hạn');
  });
});
