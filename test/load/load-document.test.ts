import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/load-document.js';

const REPORT = `apiVersion: tthc/v1
kind: Report
plan: soc-trang-2024@1
unit: so-tu-phap
period: 2024-03
submitted: 2024-03-18
progress:
  - deliverable: I.2.1
    status: done
    done_on: 2024-01-25
    evidence:
      - { number: "12/KH-STP", date: 2024-01-25, title: "Kế hoạch kiểm soát TTHC năm 2024" }
`;

const load = (text: string | Uint8Array, lang: 'vi' | 'en' = 'en') =>
  loadDocument('reports/so-tu-phap/2024-03.yaml', typeof text === 'string' ? new TextEncoder().encode(text) : text, { lang });
const where = (text: string | Uint8Array) => load(text).problems.map((p) => `${p.line}:${p.column} ${p.code}`);

describe('a valid report', () => {
  it('loads with its days normalised and no problems', () => {
    const result = load(REPORT.replace('submitted: 2024-03-18', 'submitted: 18/03/2024'));
    expect(result.problems).toEqual([]);
    expect(result.document).toMatchObject({ kind: 'Report', data: { unit: 'so-tu-phap', submitted: '2024-03-18', period: '2024-03' } });
  });

  it('reads an unquoted `period: 2024` (a YAML number) as the year', () => {
    expect(load(REPORT.replace('period: 2024-03', 'period: 2024')).document?.data).toMatchObject({ period: '2024' });
  });

  it('keeps unquoted days as text (YAML 1.2 core schema), so 2024-01-25 is not a timestamp', () => {
    const data = load(REPORT).document!.data as { progress: Array<{ done_on: unknown }> };
    expect(data.progress[0]!.done_on).toBe('2024-01-25');
  });
});

describe('positions of shape problems', () => {
  it('points at a bad day deep inside progress[0].evidence[0].date', () => {
    const problems = load(REPORT.replace('date: 2024-01-25, title', 'date: 2024-13-25, title')).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 12, column: 38, code: 'schema', severity: 'error', file: 'reports/so-tu-phap/2024-03.yaml' });
    expect(problems[0]!.message).toMatch(/YYYY-MM-DD/);
  });

  it('points at the key of an unknown key, and names it', () => {
    const problems = load(REPORT.replace('    status: done', '    status: done\n    statuss: done')).problems;
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['10:5']);
    expect(problems[0]!.message).toContain('statuss');
  });

  it('points at the entry that lacks done_on when status is done', () => {
    const problems = load(REPORT.replace('    done_on: 2024-01-25\n', '')).problems;
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(['8:5 Missing `done_on`.']);
  });

  it('asks for a note with not_applicable', () => {
    const text = REPORT.replace('status: done\n    done_on: 2024-01-25\n', 'status: not_applicable\n');
    expect(load(text).problems.map((p) => p.message)).toEqual(['Missing `note`.']);
  });

  it('rejects an impossible day at its line and column', () => {
    expect(where(REPORT.replace('submitted: 2024-03-18', 'submitted: 31/02/2024'))).toEqual(['6:12 schema']);
  });

  it('names an unknown status and the allowed ones', () => {
    const problems = load(REPORT.replace('status: done', 'status: finished')).problems;
    expect(problems[0]).toMatchObject({ line: 9, column: 13 });
    expect(problems[0]!.message).toMatch(/finished.*done, in_progress, not_started, not_applicable/);
  });

  it('words messages in Vietnamese by default', () => {
    const problems = load(REPORT.replace('submitted: 2024-03-18', 'submitted: 2024-02-30'), 'vi').problems;
    expect(problems[0]!.message).toMatch(/^Ngày không hợp lệ/);
  });
});

describe('bytes and text', () => {
  it('strips a UTF-8 BOM', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(REPORT)]);
    expect(load(bom).problems).toEqual([]);
  });

  it('normalises NFD text to NFC, so decomposed diacritics match precomposed ones', () => {
    const nfd = REPORT.replace('Kế hoạch kiểm soát TTHC năm 2024', 'Kế hoạch kiểm soát TTHC năm 2024'.normalize('NFD'));
    expect(nfd).not.toBe(REPORT);
    const data = load(nfd).document!.data as { progress: Array<{ evidence: Array<{ title: string }> }> };
    expect(data.progress[0]!.evidence[0]!.title).toBe('Kế hoạch kiểm soát TTHC năm 2024'.normalize('NFC'));
  });

  it('rejects invalid UTF-8 at the line of the bad byte and explains legacy encodings', () => {
    // "Sở" typed in Windows-1258/TCVN3-style single bytes on line 4.
    const bytes = new TextEncoder().encode(REPORT.replace('unit: so-tu-phap', 'unit: so-tu-phap # S?'));
    const at = bytes.indexOf(0x3f, bytes.indexOf(0x23));
    bytes[at] = 0xfe;
    const problems = load(bytes).problems;
    expect(problems).toMatchObject([{ code: 'encoding', line: 4, column: 21 }]);
    expect(problems[0]!.message).toMatch(/UTF-8.*TCVN3, VNI, Windows-1258/s);
  });

  it('rejects UTF-16 with and without a BOM', () => {
    const utf16 = Buffer.from('\ufeff' + REPORT, 'utf16le');
    expect(load(new Uint8Array(utf16)).problems[0]).toMatchObject({ code: 'encoding', line: 1, column: 1 });
    expect(load(new Uint8Array(Buffer.from(REPORT, 'utf16le'))).problems[0]!.message).toMatch(/UTF-16/);
  });

  it('rejects NUL bytes', () => {
    expect(load(new Uint8Array([0x61, 0x3a, 0x20, 0x00, 0x0a])).problems[0]).toMatchObject({ code: 'encoding' });
  });
});

describe('documents tthc refuses', () => {
  it('an empty file, or one of comments only', () => {
    expect(where('')).toEqual(['1:1 unknown-kind']);
    expect(where('# chỉ có ghi chú\n')).toEqual(['1:1 unknown-kind']);
    expect(load('').problems[0]!.message).toMatch(/empty/);
  });

  it('a second document in the same file, at its `---`', () => {
    // REPORT has 12 lines, so the second document starts on line 13.
    expect(where(REPORT + '---\napiVersion: tthc/v1\n')).toEqual(['13:1 yaml-syntax']);
  });

  it('a duplicate key, at the second one', () => {
    const problems = load(REPORT.replace('unit: so-tu-phap', 'unit: so-tu-phap\nunit: vp-ubnd'));
    expect(problems.problems).toMatchObject([{ code: 'duplicate-key', line: 5, column: 1, message: 'The key "unit" appears twice in the same mapping.' }]);
  });

  it('an alias bomb, without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
    expect(load(bomb).problems).toMatchObject([{ code: 'too-large' }]);
  });

  it('nesting deeper than the limit', () => {
    expect(load('['.repeat(100) + ']'.repeat(100)).problems).toMatchObject([{ code: 'too-large' }]);
  });

  it('a list or a bare value instead of a mapping', () => {
    expect(where('- a\n- b\n')).toEqual(['1:1 unknown-kind']);
    expect(where('42\n')).toEqual(['1:1 unknown-kind']);
  });

  it('a YAML syntax error, at its place', () => {
    expect(where('apiVersion: tthc/v1\nkind: Report\nunit: a: b\nplan: x\n')[0]).toMatch(/^3:\d+ yaml-syntax$/);
  });

  it('a missing or unknown apiVersion or kind', () => {
    expect(load('kind: Report\n').problems[0]!.message).toMatch(/apiVersion/);
    expect(where('apiVersion: tthc/v2\nkind: Report\n')).toEqual(['1:13 unknown-kind']);
    expect(where('apiVersion: tthc/v1\nkind: Repport\n')).toEqual(['2:7 unknown-kind']);
  });

  it('a `__proto__` key is an unknown key and never touches Object.prototype', () => {
    const problems = load(REPORT + '__proto__: { polluted: true }\n').problems;
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('__proto__')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a report a check keeps trimmed', () => {
  it('points into the file where asked, read again from its path or kept as text without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-doc-'));
    try {
      const path = join(dir, '2024-03.yaml');
      writeFileSync(path, REPORT);
      const bytes = new TextEncoder().encode(REPORT);
      for (const options of [{ lang: 'en' as const, trim: true, path }, { lang: 'en' as const, trim: true }]) {
        const { document, problems } = loadDocument('reports/so-tu-phap/2024-03.yaml', bytes, options);
        expect(problems).toEqual([]);
        // Kept as the engine reads it: no evidence.
        expect(document?.data).toMatchObject({ progress: [{ deliverable: 'I.2.1', status: 'done', done_on: '2024-01-25' }] });
        expect((document?.data as { progress: object[] }).progress[0]).not.toHaveProperty('evidence');
        expect(document!.locate(['progress', 0, 'done_on'])).toEqual({ line: 10, column: 14 });
        expect(document!.locate(['period'], { key: true })).toEqual({ line: 5, column: 1 });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a units file of many units (validated by the compiled units schema)', () => {
  const unitsFile = (count: number, unit = (i: number) => `  - { id: don-vi-${i}, name: " Đơn vị ${i} ", groups: [so-nganh] }`) =>
    ['apiVersion: tthc/v1', 'kind: Units', 'groups:', '  - { id: so-nganh, name: "Các sở, ngành" }', 'units:', ...Array.from({ length: count }, (_, i) => unit(i))].join('\n') + '\n';
  const loadUnits = (text: string) => loadDocument('plan/units.yaml', new TextEncoder().encode(text), { lang: 'en', expect: 'Units' });

  it('reads each unit as the runtime parser does: names trimmed, groups defaulted', () => {
    const many = loadUnits(unitsFile(400, (i) => (i === 7 ? '  - { id: don-vi-7, name: "Đơn vị 7" }' : `  - { id: don-vi-${i}, name: " Đơn vị ${i} ", groups: [so-nganh] }`)));
    expect(many.problems).toEqual([]);
    const units = (many.document!.data as { units: Array<{ id: string; name: string; groups: string[] }> }).units;
    expect(units).toHaveLength(400);
    expect(units[0]).toEqual({ id: 'don-vi-0', name: 'Đơn vị 0', groups: ['so-nganh'] });
    expect(units[7]).toEqual({ id: 'don-vi-7', name: 'Đơn vị 7', groups: [] });
    // The same units, a few at a time, through the runtime parser: the same data.
    expect(loadUnits(unitsFile(3)).document!.data).toEqual({ ...(many.document!.data as object), units: units.slice(0, 3) });
  });

  it('words a bad unit the same, at the same place, among 400 units as among 3', () => {
    const bad = (i: number) => (i === 2 ? '  - { id: Don_Vi, name: "Đơn vị", groups: [so-nganh] }' : `  - { id: don-vi-${i}, name: "Đơn vị ${i}", groups: [so-nganh] }`);
    const few = loadUnits(unitsFile(3, bad)).problems;
    const many = loadUnits(unitsFile(400, bad)).problems;
    expect(few).toHaveLength(1);
    expect(few[0]).toMatchObject({ line: 8, code: 'schema' });
    expect(many).toEqual(few);
  });
});
