import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import { html } from '../../src/format/html.js';
import { STATUS_SYMBOL } from '../../src/i18n/status.js';
import { STATUSES } from '../../src/model/status.js';
import { bundleOf, day, notApplicable, reportOf } from '../support/builders.js';
import { bundle, context, evaluation } from './support.js';

const text = (el: HTMLElement | null) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

describe('html', () => {
  const out = html(evaluation(), context());
  const doc = parse(out);

  it('is one Vietnamese UTF-8 document', () => {
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('meta[charset]')!.getAttribute('charset')).toBe('utf-8');
  });

  it('is self-contained: no script, no link, no source, no URL in its style', () => {
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of ['src', 'href', 'srcset', 'data', 'action']) expect(el.getAttribute(attr), `${el.tagName} ${attr}`).toBeUndefined();
    }
    const css = doc.querySelectorAll('style').map((s) => s.text).join('\n');
    expect(css).not.toMatch(/url\(|@import|@font-face/);
  });

  it('is laid out for A4 landscape: page size, numbered pages, header rows repeated, rows kept whole', () => {
    const css = doc.querySelectorAll('style').map((s) => s.text).join('\n');
    expect(css).toMatch(/@page\s*{[^}]*size:\s*A4 landscape/);
    expect(css).toMatch(/@bottom-right\s*{\s*content:\s*counter\(page\) "\/" counter\(pages\)/);
    expect(css).toMatch(/thead\s*{\s*display:\s*table-header-group/);
    expect(css).toMatch(/tr\s*{\s*break-inside:\s*avoid/);
    expect(css).toMatch(/"Times New Roman", "Noto Serif", "DejaVu Serif", serif/);
  });

  it('opens with the national heading, the issuing body in capitals on the left', () => {
    expect(text(doc.querySelector('.heading .issuer'))).toBe('UBND TỈNH');
    expect(text(doc.querySelector('.heading .nation'))).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(doc.querySelector('.heading .motto'))).toBe('Độc lập - Tự do - Hạnh phúc');
    const css = doc.querySelector('style')!.text;
    expect(css).toMatch(/\.heading \.motto \{[^}]*text-decoration: underline/);
  });

  it('dates the report at the as-of day, without a place it cannot tell', () => {
    expect(text(doc.querySelector('.heading .dated'))).toBe('Ngày 01 tháng 7 năm 2024');
  });

  it('dates it at the province when the issuer names one', () => {
    const named = { ...bundle, plan: { ...bundle.plan, document: { ...bundle.plan.document, issuer: 'UBND tỉnh Sóc Trăng' } } };
    const page = parse(html(evaluation(), context({ bundle: named })));
    expect(text(page.querySelector('.heading .issuer'))).toBe('UBND TỈNH SÓC TRĂNG');
    expect(text(page.querySelector('.heading .dated'))).toBe('Sóc Trăng, ngày 01 tháng 7 năm 2024');
  });

  it('titles the report with the plan and the as-of day written out', () => {
    expect(text(doc.querySelector('h1'))).toBe('BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH');
    expect(text(doc.querySelector('.subtitle'))).toBe('Kế hoạch số 01/KH-UBND ngày 03/01/2024 của UBND tỉnh Kế hoạch thử');
    expect(text(doc.querySelector('.as-of'))).toBe('(Tính đến ngày 01 tháng 7 năm 2024)');
  });

  it('counts every status in the summary', () => {
    const cells = doc.querySelectorAll('table.summary tbody td').map((td) => Number(text(td)));
    const { summary, obligations } = evaluation();
    expect(cells).toEqual([...STATUSES.map((s) => summary[s]), obligations.length]);
  });

  it('has a table per unit, in the units file order, with a row per obligation', () => {
    const headings = doc.querySelectorAll('h2').map(text).filter((h) => /^\d+\. /.test(h));
    expect(headings.map((h) => h.replace(/ \(.*$/, ''))).toEqual(['1. Sở A', '2. Sở B', '3. UBND huyện X', '4. Đơn vị độc lập']);
    const tables = doc.querySelectorAll('table.obligations');
    const perUnit = ['dept-a', 'dept-b', 'district-x', 'lone'].map((u) => evaluation().obligations.filter((o) => o.unit === u).length);
    expect(tables.map((t) => t.querySelectorAll('tbody tr').length)).toEqual(perUnit);
    for (const t of tables) expect(t.querySelectorAll('thead th').map(text)).toEqual(['STT', 'Mã', 'Nội dung', 'Kỳ', 'Hạn', 'Trạng thái', 'Ngày hoàn thành', 'Ghi chú']);
  });

  it('writes each status as symbol and label, so black-and-white print loses nothing', () => {
    const statuses = doc.querySelectorAll('table.obligations td.status').map(text);
    expect(statuses).toContain(`${STATUS_SYMBOL.missed} Quá hạn`);
    expect(statuses).toContain(`${STATUS_SYMBOL.exempt} Không áp dụng`);
    for (const s of statuses) expect(s).toMatch(/^\S \S/);
  });

  it('writes a recurring deliverable’s text once, then “Như trên”', () => {
    const deptA = doc.querySelectorAll('table.obligations')[0]!;
    const quarterly = deptA.querySelectorAll('tbody tr').filter((tr) => text(tr.querySelectorAll('td')[1]!) === 'I.1.4');
    expect(quarterly.length).toBe(4);
    expect(quarterly.map((tr) => text(tr.querySelectorAll('td')[2]!))).toEqual(['Báo cáo quý', 'Như trên', 'Như trên', 'Như trên']);
  });

  it('has a table per deliverable with --by deliverable', () => {
    const page = parse(html(evaluation(), context({ by: 'deliverable' })));
    const headings = page.querySelectorAll('h2').map(text).filter((h) => /^\d+\. /.test(h));
    expect(headings[0]).toMatch(/^1\. I\.1\.1 Kế hoạch kiểm soát TTHC/);
    expect(page.querySelectorAll('table.obligations')[0]!.querySelectorAll('thead th').map(text)).toContain('Đơn vị');
  });

  it('speaks English with --lang en', () => {
    const page = parse(html(evaluation(), context({ lang: 'en' })));
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(text(page.querySelector('.heading .motto'))).toBe('Independence - Freedom - Happiness');
    expect(text(page.querySelector('.as-of'))).toBe('(as of 1 July 2024)');
  });
});

describe('html with hostile text', () => {
  const hostile = bundleOf([{ id: 'I.1.1', text: '<script>alert(1)</script> & "x"', lead: ['lone'], due: { before: day('2024-01-31'), text: 'x' } }]);
  hostile.units.units[3]!.name = '<img src=x onerror=alert(1)>';
  hostile.plan.document.issuer = 'UBND <b>tỉnh</b>';
  const reports = [reportOf('lone', '2024-Q1', '2024-01-10', [notApplicable('I.1.1', '</td></tr></table><iframe src="http://x.invalid">')])];
  const evaluated = evaluate(hostile, reports, { asOf: day('2024-07-01') });
  const out = html({ ...evaluated, problems: [{ file: 'reports/<x>.yaml', line: 1, column: 1, severity: 'error', code: 'unit-mismatch', message: '<b>sai</b>' }] }, { lang: 'vi', color: false, width: 120, bundle: hostile, by: 'unit' });
  const doc = parse(out);

  it('shows users’ text as text, never as markup', () => {
    expect(doc.querySelectorAll('script, img, iframe, b')).toHaveLength(0);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc.querySelectorAll('table.obligations tbody tr')).toHaveLength(1);
  });

  it('lists the report files’ problems, so a reader knows what was not counted', () => {
    const problems = doc.querySelector('table.problems')!;
    expect(problems.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(text(problems.querySelector('tbody tr'))).toContain('reports/<x>.yaml');
  });
});
