import { describe, expect, it } from 'vitest';
import { table } from '../../src/format/table.js';
import { context, evaluation } from './support.js';

const ESC = '\u001b';
const width = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('table', () => {
  it('groups rows by unit with Vietnamese headers and a summary line', () => {
    const out = table(evaluation(), context());
    expect(out).toMatch(/Đơn vị.*Nội dung.*Hạn.*Trạng thái.*Ghi chú/);
    const unitOrder = ['Sở A', 'Sở B', 'UBND huyện X', 'Đơn vị độc lập'].map((name) => out.indexOf(name));
    expect(unitOrder.every((at, i) => at > 0 && (i === 0 || at > unitOrder[i - 1]!))).toBe(true);
    expect(out).toMatch(/Tính đến ngày 01\/07\/2024, \d+ nghĩa vụ: ✓ \d+ đúng hạn/);
  });

  it('reads without colour: symbols and words, and no escape codes', () => {
    const out = table(evaluation(), context());
    for (const label of ['✓ Đúng hạn', '! Trễ hạn', '✗ Quá hạn', '◷ Sắp đến hạn', '○ Chưa đến hạn', '✓ Đã báo cáo', '– Không áp dụng', '◇ Theo yêu cầu']) {
      expect(out).toContain(label);
    }
    expect(out).not.toContain(ESC);
  });

  it('colours statuses when colour is on', () => {
    expect(table(evaluation(), context({ color: true }))).toContain(`${ESC}[31m`);
  });

  it('says how late and how long is left, in days', () => {
    const out = table(evaluation(), context());
    expect(out).toMatch(/trễ 6 ngày/);
    expect(out).toMatch(/hạn hôm nay/);
    expect(out).toMatch(/còn 77 ngày/);
  });

  it('fits the terminal width, wrapping long Vietnamese text', () => {
    for (const columns of [80, 120, 160]) expect(width(table(evaluation(), context({ width: columns })))).toBeLessThanOrEqual(columns);
  });

  it('never lets a control character from a report reach the terminal', () => {
    const out = table(evaluation(), context({ width: 200 }));
    expect(out).not.toContain(ESC);
  });

  it('speaks English with --lang en, and groups by deliverable with --by deliverable', () => {
    const out = table(evaluation(), context({ lang: 'en', by: 'deliverable' }));
    expect(out).toMatch(/Deliverable.*Unit.*Due.*Status/);
    expect(out).toContain('Missed');
    expect(out.indexOf('I.1.1')).toBeLessThan(out.indexOf('I.1.2'));
  });
});
