import { describe, expect, it } from 'vitest';
import { markdown } from '../../src/format/markdown.js';
import { sampleContext, sampleEvaluation } from '../support/ci-evaluation.js';

interface Section {
  heading: string;
  /** Table rows, header first, the `---` rule left out; each cell unescaped. */
  rows: string[][];
  items: string[];
}

// A GFM cell ends at a `|` that no backslash escapes; then CommonMark drops each escaping backslash.
function splitRow(line: string): string[] {
  expect(line.startsWith('| ') && line.endsWith(' |'), line).toBe(true);
  const cells: string[] = [];
  let cell = '';
  const inner = line.slice(2, -2);
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\') {
      cell += inner[i + 1] ?? '';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

function parse(output: string): { title: string; sections: Section[] } {
  const lines = output.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^## /);
  const sections: Section[] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('#')) sections.push({ heading: line, rows: [], items: [] });
    else if (/^\|( --- \|)+$/.test(line)) continue;
    else if (line.startsWith('|')) sections.at(-1)!.rows.push(splitRow(line));
    else if (line.startsWith('- ')) sections.at(-1)!.items.push(line.slice(2));
    else expect(line).toBe('');
  }
  return { title: lines[0]!, sections };
}

const render = (options: Parameters<typeof sampleContext>[0] = {}) => markdown(sampleEvaluation(), sampleContext(options));

describe('markdown', () => {
  it('opens with the plan and the as-of day', () => {
    expect(parse(render()).title).toBe('## Tiến độ kế hoạch test-plan@1 — tính đến ngày 01/07/2024');
  });

  it('counts each status with its symbol, and the total', () => {
    const evaluation = sampleEvaluation();
    const [summary] = parse(render()).sections;
    expect(summary!.heading).toBe('### Tổng hợp');
    expect(summary!.rows[0]).toEqual(['Trạng thái', 'Số nghĩa vụ']);
    const body = summary!.rows.slice(1, -1);
    expect(body).toContainEqual(['✗ Quá hạn', String(evaluation.summary.missed)]);
    expect(body).toContainEqual(['! Trễ hạn', '1']);
    expect(body.every(([, n]) => Number(n) > 0)).toBe(true);
    expect(summary!.rows.at(-1)).toEqual(['**Tổng cộng**', `**${evaluation.obligations.length}**`]);
    expect(body.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(evaluation.obligations.length);
  });

  it('lists problems with file:line:col', () => {
    const problems = parse(render()).sections[1]!;
    expect(problems.heading).toBe('### Lỗi trong tệp báo cáo: 2 lỗi, 1 cảnh báo');
    expect(problems.items).toHaveLength(3);
    expect(problems.items[0]).toMatch(/^reports\/dept-a\/2024-01\.yaml:4:7 \*\*lỗi\*\* unknown-deliverable: /);
  });

  it('has a four-column table per unit, one row per obligation, whatever the text holds', () => {
    const evaluation = sampleEvaluation();
    const units = parse(render()).sections.filter((s) => s.heading.startsWith('#### '));
    expect(units.map((s) => s.heading.replace(/\\(.)/g, '$1'))).toEqual(['#### Sở A (dept-a)', expect.stringMatching(/^#### Sở B a\|b <x>&amp;"q' 50% .* next.* end \(dept-b\)$/)]);
    for (const [i, unit] of ['dept-a', 'dept-b'].entries()) {
      const rows = units[i]!.rows;
      expect(rows[0]).toEqual(['Nội dung', 'Hạn', 'Trạng thái', 'Ghi chú']);
      expect(rows.slice(1)).toHaveLength(evaluation.obligations.filter((o) => o.unit === unit).length);
      for (const row of rows) expect(row).toHaveLength(4);
    }
    const row = (id: string) => units[0]!.rows.find((r) => r[0]!.startsWith(`${id} `))!;
    expect(row('I.1.1')[0]).toMatch(/^I\.1\.1 Báo cáo a\|b <x>&amp;"q' 50% k:v,w \]\]> \\\| \*em\* \[l\]\(u\) next/);
    expect(row('I.1.1').slice(1)).toEqual(['01/03/2024', '✗ Quá hạn', 'trễ 122 ngày']);
    expect(row('I.1.4').slice(1)).toEqual(['05/07/2024', '◷ Sắp đến hạn', 'còn 4 ngày']);
    expect(row('I.1.6').slice(1)).toEqual(['theo yêu cầu', '◇ Theo yêu cầu', '']);
    expect(row('I.1.10').slice(1)).toEqual(['thường xuyên', '✗ Chưa báo cáo', 'theo báo cáo 2024-Q2']);
    expect(units[0]!.rows.find((r) => r[0]!.startsWith('I.1.8 (2024-03) '))!.slice(2)).toEqual(['✓ Đúng hạn', '']);
  });

  it('lets no user text become markup or reach the reader as a control character', () => {
    const output = render();
    expect(output).not.toMatch(/(?<!\\)[<>]/);
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('speaks English with --lang en, and says so when nothing is shown', () => {
    const en = parse(render({ lang: 'en' }));
    expect(en.title).toBe('## Progress on plan test-plan@1 — as of 01/07/2024');
    expect(en.sections.find((s) => s.heading.startsWith('#### Sở A'))!.rows[0]).toEqual(['Deliverable', 'Due', 'Status', 'Remark']);
    const empty = { ...sampleEvaluation(), obligations: [], problems: [] };
    expect(markdown(empty, sampleContext())).toContain('\n\nKhông có nghĩa vụ nào khớp bộ lọc.\n');
  });
});
