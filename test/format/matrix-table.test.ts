import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/core/matrix.js';
import { buildUnitDirectory } from '../../src/core/units.js';
import { matrixTable } from '../../src/format/matrix-table.js';
import { STATUS_SYMBOL } from '../../src/i18n/status.js';
import { bundle, context, evaluation } from './support.js';

const ESC = '\u001b';
const widthOf = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('matrixTable (tthc status)', () => {
  const out = matrixTable(evaluation(), context());
  const lines = out.split('\n');
  const matrix = buildMatrix(evaluation().obligations, bundle.plan, buildUnitDirectory(bundle.units));

  it('titles the view with the as-of day', () => {
    expect(lines[0]).toBe('Tiến độ theo đơn vị và nhiệm vụ, tính đến ngày 01/07/2024');
  });

  it('has a row per unit: its name, one symbol per deliverable (· where it owes nothing), its rate', () => {
    const header = lines.find((line) => line.startsWith('Đơn vị'))!;
    expect(header).toMatch(/^Đơn vị\s+I\s+Hoàn thành$/);
    for (const [name, unit] of [['Sở A', 'dept-a'], ['Sở B', 'dept-b'], ['UBND huyện X', 'district-x'], ['Đơn vị độc lập', 'lone']] as const) {
      const row = lines.find((line) => line.startsWith(`${name} `))!;
      const cells = matrix.cells.get(unit)!;
      const symbols = matrix.columns.map((c) => (cells.has(c.deliverable) ? STATUS_SYMBOL[cells.get(c.deliverable)!.status] : '·')).join('');
      const rate = matrix.rows.find((r) => r.unit === unit)!.rate;
      expect(row, name).toMatch(new RegExp(`^${name}\\s+${symbols.replace(/[!]/g, '\\$&')}\\s+${rate.done}/${rate.settled} (\\d+%|—)$`));
    }
  });

  it('keeps the units file order', () => {
    const at = ['Sở A ', 'Sở B ', 'UBND huyện X ', 'Đơn vị độc lập '].map((name) => lines.findIndex((line) => line.startsWith(name)));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('gives the overall rate, then each deliverable’s rate and counts', () => {
    expect(out).toContain(`Hoàn thành ${matrix.total.done}/${matrix.total.settled} nghĩa vụ đã đến hạn hoặc đã xong`);
    const row = lines.find((line) => line.includes('│ I.1.1 '))!;
    const cells = row.split('│').map((c) => c.trim()).filter(Boolean);
    const column = matrix.columns.find((c) => c.deliverable === 'I.1.1')!;
    expect(cells[0]).toBe('I.1.1');
    expect(cells[2]).toBe(String(column.units));
    expect(cells[3]).toMatch(new RegExp(`^${column.rate.done}/${column.rate.settled} `));
  });

  it('explains its symbols and how a rate is counted', () => {
    expect(out).toMatch(/Ký hiệu:.*✓ Đúng hạn/);
    expect(out).toContain('· không được giao');
    expect(out).toContain('Tỉ lệ hoàn thành = (đúng hạn + trễ hạn');
    expect(out).toContain('✗ Chưa thực hiện (theo nhiệm vụ) = quá hạn + chưa báo cáo.');
  });

  it('fits the terminal', () => {
    for (const columns of [72, 80, 120, 160]) expect(widthOf(matrixTable(evaluation(), context({ width: columns }))), String(columns)).toBeLessThanOrEqual(columns);
  });

  it('colours only when asked, and never lets a report’s control characters through', () => {
    expect(out).not.toContain(ESC);
    expect(matrixTable(evaluation(), context({ color: true }))).toContain(`${ESC}[`);
  });

  it('speaks English with --lang en', () => {
    const en = matrixTable(evaluation(), context({ lang: 'en' }));
    expect(en).toMatch(/^Progress by unit and deliverable, as of 01\/07\/2024/);
    expect(en).toMatch(/^Unit\s+I\s+Done$/m);
  });

  it('says so when the filters leave nothing', () => {
    expect(matrixTable({ ...evaluation(), obligations: [] }, context())).toContain('Không có nghĩa vụ nào khớp bộ lọc.');
  });
});
