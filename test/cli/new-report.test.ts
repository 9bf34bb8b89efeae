import { cpSync, existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { loadFile } from '../../src/load/load-file.js';
import { applyRules } from '../../src/rules/index.js';
import { bundledPlan } from '../support/bundled.js';
import { fakeIo } from '../support/fake-io.js';
import { bundledPlanFiles } from '../support/plan-files.js';
import { tempDir } from '../support/temp-dir.js';
import { reportYaml } from '../support/yaml-reports.js';

// 20:00 UTC on 1 July is already 2 July in Vietnam.
const NOW = '2024-07-01T20:00:00Z';

async function newReport(cwd: string, args: string[], now = NOW) {
  const io = fakeIo({ cwd, now });
  const code = await run(['new', 'report', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const read = (cwd: string, path: string) => readFileSync(join(cwd, path), 'utf8');

describe('tthc new report', () => {
  it('writes reports/<unit>/<period>.yaml, dated today in Vietnam, and prints its path', async () => {
    const cwd = tempDir({ 'reports/.keep': '' });
    const { code, out, err } = await newReport(cwd, ['--unit', 'so-tu-phap', '--period', '2024-07']);
    expect(code).toBe(0);
    expect(out).toBe('reports/so-tu-phap/2024-07.yaml\n');
    expect(err).toContain('Đã tạo reports/so-tu-phap/2024-07.yaml');
    const text = read(cwd, 'reports/so-tu-phap/2024-07.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/report.schema.json');
    expect(parse(text)).toMatchObject({ apiVersion: 'tthc/v1', kind: 'Report', plan: 'soc-trang-2024@1', unit: 'so-tu-phap', period: '2024-07', submitted: '2024-07-02' });
  });

  it('is valid as written: the loader and the rules find nothing', async () => {
    const cwd = tempDir();
    for (const [unit, period] of [['so-tu-phap', '2024-07'], ['h-ke-sach', '2024-Q3'], ['vp-ubnd', '2024'], ['bhxh', '2024-H2']] as const) {
      expect((await newReport(cwd, ['--unit', unit, '--period', period])).code).toBe(0);
      const loaded = await loadFile(join(cwd, 'reports', unit, `${period}.yaml`), 'Report', { lang: 'vi', cwd });
      expect(loaded.problems).toEqual([]);
      const doc = loaded.document!;
      if (doc.kind !== 'Report') throw new Error('not a report');
      const outcome = applyRules(await bundledPlan(), [{ file: loaded.file, folder: unit, data: doc.data, locate: doc.locate }], { lang: 'vi' });
      expect(outcome.problems).toEqual([]);
    }
    const io = fakeIo({ cwd });
    expect(await run(['validate', 'reports'], io)).toBe(0);
    expect(io.out()).toContain('4 tệp: 0 lỗi, 0 cảnh báo.');
  });

  it('lists, not started, what the unit owes for the period, with the plan wording and due day as comments', async () => {
    const cwd = tempDir();
    await newReport(cwd, ['--unit', 'so-tu-phap', '--period', '2024-07']);
    const text = read(cwd, 'reports/so-tu-phap/2024-07.yaml');
    const report = parse(text) as { progress: Array<{ deliverable: string; status: string }> };
    // No report filed yet: every one-off open by July. The monthly report XI.1.2 is the file itself.
    expect(report.progress.map((e) => e.deliverable)).toEqual(['I.2.1', 'I.2.2', 'IV.1.1', 'IV.2.1', 'V.1.1', 'V.1.2', 'V.2.1', 'V.2.2', 'IX.2.1']);
    expect(report.progress.every((e) => e.status === 'not_started')).toBe(true);
    expect(text).toContain('  # I.2.1 Kế hoạch kiểm soát TTHC;\n  # Hạn 30/01/2024: Kế hoạch kiểm soát, Kế hoạch rà soát TTHC ban hành trước ngày 31/01/2024.\n  - deliverable: I.2.1\n    status: not_started\n');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('leaves out what the unit has already reported done, and recalls what it said last', async () => {
    const cwd = tempDir();
    cpSync(join(process.cwd(), 'examples/soc-trang-2024/reports'), join(cwd, 'reports'), { recursive: true });
    await newReport(cwd, ['--unit', 'so-tu-phap', '--period', '2024-07', '--as-of', '2024-07-15']);
    const text = read(cwd, 'reports/so-tu-phap/2024-07.yaml');
    expect((parse(text) as { progress: Array<{ deliverable: string }> }).progress.map((e) => e.deliverable)).toEqual(['V.2.1', 'V.2.2', 'IX.2.1']);
    expect(text).toContain('# Kỳ 2024-Q2 đã báo: in_progress');
    expect(parse(text).submitted).toBe('2024-07-15');
  });

  it('words its comments in English with --lang en, and keeps the plan text in Vietnamese', async () => {
    const cwd = tempDir();
    await run(['--lang', 'en', 'new', 'report', '--unit', 'so-tu-phap', '--period', '2024-Q3'], fakeIo({ cwd, now: NOW }));
    const text = read(cwd, 'reports/so-tu-phap/2024-Q3.yaml');
    expect(text).toContain('# Report of Sở Tư pháp for 2024-Q3');
    expect(text).toContain('  # Ongoing, reported each quarter: Thường xuyên.');
    expect(text).toContain('# II.2.1 Văn bản thẩm định dự thảo văn bản quy phạm pháp luật');
  });

  it('a line break in the plan text cannot turn the rest of a comment into YAML', async () => {
    const files = bundledPlanFiles('plan/');
    files['plan/plan.yaml'] = files['plan/plan.yaml']!.replace('text: "Kế hoạch kiểm soát TTHC;"', 'text: "Kế hoạch kiểm soát TTHC;\\n  - deliverable: I.2.2\\n    status: done\\r\\u2028x: 1"');
    const cwd = tempDir(files);
    expect((await newReport(cwd, ['--plan', 'plan/plan.yaml', '--unit', 'so-tu-phap', '--period', '2024-01'])).code).toBe(0);
    const report = parse(read(cwd, 'reports/so-tu-phap/2024-01.yaml')) as { progress: Array<{ deliverable: string; status: string }> };
    expect(report.progress.filter((e) => e.deliverable === 'I.2.2')).toEqual([{ deliverable: 'I.2.2', status: 'not_started' }]);
    expect(report.progress.every((e) => e.status === 'not_started')).toBe(true);
  });
});

describe('tthc new report never overwrites', () => {
  it('an existing report stays byte for byte as it was, and the exit code is 1', async () => {
    const original = '# báo cáo đã nộp\r\n' + reportYaml('so-tu-phap', '2024-07', '2024-07-18') + '\u0000 not even valid';
    const cwd = tempDir({ 'reports/so-tu-phap/2024-07.yaml': original });
    const path = join(cwd, 'reports/so-tu-phap/2024-07.yaml');
    const before = statSync(path);
    const { code, out, err } = await newReport(cwd, ['--unit', 'so-tu-phap', '--period', '2024-07']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('reports/so-tu-phap/2024-07.yaml đã có; tthc không bao giờ ghi đè');
    expect(readFileSync(path, 'utf8')).toBe(original);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
  });

  it('opens exclusively: a link at the path is not followed, even one to a file that does not exist yet', async () => {
    const cwd = tempDir({ 'reports/so-tu-phap/.keep': '' });
    symlinkSync(join(cwd, 'elsewhere.yaml'), join(cwd, 'reports/so-tu-phap/2024-07.yaml'));
    expect((await newReport(cwd, ['--unit', 'so-tu-phap', '--period', '2024-07'])).code).toBe(1);
    expect(existsSync(join(cwd, 'elsewhere.yaml'))).toBe(false);
  });

  it('a report for the same period under another name is refused too: the second one would not count', async () => {
    const cwd = tempDir({ 'reports/so-tu-phap/bao-cao-thang-7.yaml': reportYaml('so-tu-phap', '2024-07', '2024-07-18') });
    const { code, err } = await newReport(cwd, ['--unit', 'so-tu-phap', '--period', '2024-07']);
    expect(code).toBe(1);
    expect(err).toContain('reports/so-tu-phap/bao-cao-thang-7.yaml');
    expect(existsSync(join(cwd, 'reports/so-tu-phap/2024-07.yaml'))).toBe(false);
  });

  it('a wrong unit, a group or a wrong period is a usage error (exit 2), and writes nothing', async () => {
    const cwd = tempDir();
    for (const args of [
      ['--unit', 'so-tu-phapp', '--period', '2024-07'],
      ['--unit', 'ubnd-huyen', '--period', '2024-07'],
      ['--unit', 'so-tu-phap', '--period', '2024-13'],
      ['--unit', 'so-tu-phap'],
    ]) {
      expect((await newReport(cwd, args)).code).toBe(2);
    }
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });
});

describe('a clerk writes over the new file and files it', () => {
  it('the filled-in report counts in tthc check', async () => {
    const cwd = tempDir();
    await newReport(cwd, ['--unit', 'so-tu-phap', '--period', '2024-07', '--as-of', '2024-07-19']);
    const path = join(cwd, 'reports/so-tu-phap/2024-07.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('- deliverable: V.1.2\n    status: not_started', '- deliverable: V.1.2\n    status: done\n    done_on: 2024-06-28'));
    const io = fakeIo({ cwd });
    await run(['check', '--as-of', '2024-07-19', '--unit', 'so-tu-phap', '--format', 'json', '--fail-on', 'never'], io);
    const obligations = JSON.parse(io.out()).obligations as Array<{ deliverable: string; period: string | null; status: string }>;
    expect(obligations.find((o) => o.deliverable === 'XI.1.2' && o.period === '2024-07')?.status).toBe('met');
    expect(obligations.find((o) => o.deliverable === 'V.1.2')?.status).toBe('met');
  });
});
