import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import { csv, quoteCell } from '../../src/format/csv.js';
import { bundleOf, day, notApplicable, reportOf } from '../support/builders.js';
import { context, evaluation } from './support.js';

const BOM = '\uFEFF';
const read = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });

describe('csv', () => {
  const out = csv(evaluation(), context());
  const [header, ...rows] = read(out);

  it('starts with a BOM so Excel reads UTF-8, and ends every record with CRLF', () => {
    expect(out.startsWith(BOM)).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    // Read with CRLF as the only record separator: a record ended by a bare LF would merge with the next.
    expect(parse(out, { bom: true, record_delimiter: '\r\n' })).toHaveLength(rows.length + 1);
  });

  it('has one row per obligation with the thirteen columns, headed in Vietnamese', () => {
    expect(header).toEqual(['Mã đơn vị', 'Đơn vị', 'Mã sản phẩm', 'Nội dung', 'Kỳ', 'Hạn', 'Mã trạng thái', 'Trạng thái', 'Ngày hoàn thành', 'Số ngày trễ', 'Số ngày còn lại', 'Tệp báo cáo', 'Ghi chú']);
    expect(rows).toHaveLength(evaluation().obligations.length);
    for (const row of rows) expect(row).toHaveLength(13);
  });

  it('round-trips each obligation: ids, Vietnamese names intact, days as dd/mm/yyyy, counts as numbers', () => {
    const met = rows.find((r) => r[0] === 'dept-a' && r[2] === 'I.1.1')!;
    expect(met).toEqual(['dept-a', 'Sở A', 'I.1.1', 'Kế hoạch kiểm soát TTHC', '', '30/01/2024', 'met', 'Đúng hạn', '25/01/2024', '', '', 'reports/dept-a/2024-Q1.yaml', '']);
    const missed = rows.find((r) => r[6] === 'missed')!;
    expect(Number(missed[9])).toBeGreaterThan(0);
    const exempt = rows.find((r) => r[6] === 'exempt')!;
    expect(exempt[12]).toBe('Không có TTHC niêm yết riêng');
    expect(rows.find((r) => r[2] === 'I.1.4' && r[4] === '2024-Q2')).toBeDefined();
  });

  it('keeps a delimiter inside a cell in that cell', () => {
    expect(rows.find((r) => r[2] === 'I.1.2')![3]).toBe('Kế hoạch rà soát | đánh giá TTHC');
  });

  it('lists rows by unit in the units file order, or in plan order with --by deliverable', () => {
    const unitOrder = rows.map((r) => r[0]).filter((u, i, all) => all.indexOf(u) === i);
    expect(unitOrder).toEqual(['dept-a', 'dept-b', 'district-x', 'lone']);
    const byDeliverable = read(csv(evaluation(), context({ by: 'deliverable' }))).slice(1);
    expect(byDeliverable.map((r) => r[2])).toEqual([...byDeliverable.map((r) => r[2])].sort());
  });

  it('speaks English with --lang en', () => {
    const [enHeader, enFirst] = read(csv(evaluation(), context({ lang: 'en' })));
    expect(enHeader![7]).toBe('Status');
    expect(enFirst![7]).toMatch(/^(Met|Late|Missed|Due soon|Open|Reported|Unreported|Exempt|On request)$/);
  });
});

describe('csv against formula injection', () => {
  const hostile = bundleOf([{ id: 'I.1.1', text: '=HYPERLINK("http://x.invalid","bấm")', lead: ['depts', 'lone'], due: { before: day('2024-01-31'), text: 'x' } }]);
  hostile.units.units[0]!.name = '+SUM(1,2)';
  hostile.units.units[1]!.name = '@cmd';
  const reports = [reportOf('lone', '2024-Q1', '2024-01-10', [notApplicable('I.1.1', '-2+3 "trích dẫn", và\nxuống dòng')])];
  const out = csv(evaluate(hostile, reports, { asOf: day('2024-07-01') }), { lang: 'vi', color: false, width: 120, bundle: hostile, by: 'unit' });
  const cells = read(out).slice(1).flat();

  it('makes no cell start with = + - @ when parsed back', () => {
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps the text itself, behind an apostrophe', () => {
    expect(cells).toContain(`'=HYPERLINK("http://x.invalid","bấm")`);
    expect(cells).toContain(`'+SUM(1,2)`);
    expect(cells).toContain(`'@cmd`);
    expect(cells).toContain(`'-2+3 "trích dẫn", và\nxuống dòng`);
  });

  it('neutralises a leading tab or carriage return too', () => {
    expect(quoteCell('\t=1+1')).toBe("'\t=1+1");
    expect(quoteCell('\r=1+1')).toBe("'\uFFFD=1+1");
  });

  it('quotes as RFC 4180 says: only when needed, with quotes doubled', () => {
    expect(quoteCell('Sở Tư pháp')).toBe('Sở Tư pháp');
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('removes terminal escape codes from cells', () => {
    expect(quoteCell('đỏ\u001b[31m')).not.toContain('\u001b');
  });
});
