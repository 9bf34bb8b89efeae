import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/load/display-path.js';
import { loadFile } from '../../src/load/load-file.js';
import { MissingFolderError, loadReports } from '../../src/load/load-reports.js';
import { tempDir } from '../support/temp-dir.js';
import { reportYaml } from '../support/yaml-reports.js';

const options = (cwd: string) => ({ lang: 'en' as const, cwd });

describe('loading a reports folder', () => {
  it('reads every report below it with its unit folder, in a stable order', async () => {
    const dir = tempDir({
      'reports/so-tu-phap/2024-02.yaml': reportYaml('so-tu-phap', '2024-02', '2024-02-20'),
      'reports/so-tu-phap/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-20'),
      'reports/h-ke-sach/2024-Q1.yml': reportYaml('h-ke-sach', '2024-Q1', '2024-03-15'),
      'reports/README.md': '# not a report',
      'reports/.git/config.yaml': 'not: read',
    });
    const loaded = await loadReports(join(dir, 'reports'), options(dir));
    expect(loaded.problems).toEqual([]);
    expect(loaded.reports.map((r) => [r.file, r.folder])).toEqual([
      ['reports/h-ke-sach/2024-Q1.yml', 'h-ke-sach'],
      ['reports/so-tu-phap/2024-01.yaml', 'so-tu-phap'],
      ['reports/so-tu-phap/2024-02.yaml', 'so-tu-phap'],
    ]);
  });

  it('points into each report where asked, long after the folder was read, and again once let go', async () => {
    const progress = '  - deliverable: I.2.1\n    status: done\n    done_on: 2024-01-25\n';
    const dir = tempDir({
      'reports/so-tu-phap/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-26', progress),
      'reports/so-tu-phap/2024-02.yaml': `# báo cáo tháng 2\n\n${reportYaml('so-tu-phap', '2024-02', '2024-02-20', progress)}`,
    });
    const loaded = await loadReports(join(dir, 'reports'), options(dir));
    const [january, february] = loaded.reports;
    expect(february!.locate!(['progress', 0, 'done_on'])).toEqual({ line: 12, column: 14 });
    expect(january!.locate!(['submitted'], { key: true })).toEqual({ line: 6, column: 1 });
    // The same function each time it is asked for, so that letting go of its parse lets go of it.
    expect(february!.locate).toBe(february!.locate);
    february!.locate!.release?.();
    expect(february!.locate!(['period'])).toEqual({ line: 7, column: 9 });
  });

  it('names each report as displayPath does, wherever the folder lies from the working folder', async () => {
    const dir = tempDir({
      'reports/so-tu-phap/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-20'),
      'reports/so-tu-phap/sub/2024-02.yaml': reportYaml('so-tu-phap', '2024-02', '2024-02-20'),
      'reports/h-ke-sach/2024-Q1.yaml': reportYaml('h-ke-sach', '2024-Q1', '2024-03-15'),
      'reports/.hidden/2024-Q2.yaml': reportYaml('h-ke-sach', '2024-Q2', '2024-06-15'),
    });
    const folder = join(dir, 'reports');
    const expected = (cwd: string) =>
      [join(folder, 'h-ke-sach', '2024-Q1.yaml'), join(folder, 'so-tu-phap', '2024-01.yaml'), join(folder, 'so-tu-phap', 'sub', '2024-02.yaml')].map((path) => displayPath(path, cwd));
    // Above the folder, the folder itself, inside it, and beside it.
    for (const cwd of [dir, folder, join(folder, 'so-tu-phap'), join(dir, 'elsewhere')]) {
      const loaded = await loadReports(folder, options(cwd));
      expect(loaded.reports.map((r) => r.file)).toEqual(expected(cwd));
    }
    expect(expected(dir)).toEqual(['reports/h-ke-sach/2024-Q1.yaml', 'reports/so-tu-phap/2024-01.yaml', 'reports/so-tu-phap/sub/2024-02.yaml']);
    expect(expected(folder)[0]).toBe('h-ke-sach/2024-Q1.yaml');
  });

  it('a broken report becomes a problem and never hides the others', async () => {
    const dir = tempDir({
      'reports/a/bad.yaml': 'apiVersion: tthc/v1\nkind: Report\nunit: [\n',
      'reports/a/2024-01.yaml': reportYaml('a', '2024-01', '2024-01-20'),
      'reports/b/2024-01.yaml': reportYaml('b', '2024-01', '2024-01-20'),
    });
    const loaded = await loadReports(join(dir, 'reports'), options(dir));
    expect(loaded.reports.map((r) => r.data.unit)).toEqual(['a', 'b']);
    expect(loaded.problems).toMatchObject([{ file: 'reports/a/bad.yaml', code: 'yaml-syntax' }]);
    expect(loaded.fileCount).toBe(3);
  });

  it('marks a report lying directly in reports/ as having no unit folder', async () => {
    const dir = tempDir({ 'reports/2024-01.yaml': reportYaml('a', '2024-01', '2024-01-20') });
    const loaded = await loadReports(join(dir, 'reports'), options(dir));
    expect(loaded.reports[0]!.folder).toBeNull();
  });

  it('does not follow a link that points outside the folder, and names it', async () => {
    const dir = tempDir({ 'secret.yaml': reportYaml('a', '2024-01', '2024-01-20'), 'reports/a/2024-02.yaml': reportYaml('a', '2024-02', '2024-02-20') });
    symlinkSync(join(dir, 'secret.yaml'), join(dir, 'reports/a/2024-01.yaml'));
    symlinkSync(dir, join(dir, 'reports/loop'));
    const loaded = await loadReports(join(dir, 'reports'), options(dir));
    expect(loaded.reports.map((r) => r.file)).toEqual(['reports/a/2024-02.yaml']);
    expect(loaded.problems.map((p) => [p.file, p.code])).toEqual([
      ['reports/a/2024-01.yaml', 'outside-link'],
      ['reports/loop', 'outside-link'],
    ]);
  });

  it('follows a link that stays inside the folder', async () => {
    const dir = tempDir({ 'reports/a/2024-01.yaml': reportYaml('a', '2024-01', '2024-01-20') });
    symlinkSync(join(dir, 'reports/a'), join(dir, 'reports/b'));
    const loaded = await loadReports(join(dir, 'reports'), options(dir));
    expect(loaded.reports.map((r) => r.file)).toEqual(['reports/a/2024-01.yaml', 'reports/b/2024-01.yaml']);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = tempDir({ 'reports/a/big.yaml': reportYaml('a', '2024-01', '2024-01-20') + `# ${'x'.repeat(2000)}\n` });
    const loaded = await loadReports(join(dir, 'reports'), { ...options(dir), maxFileSize: 1000 });
    expect(loaded.problems).toMatchObject([{ code: 'too-large', line: 1, column: 1 }]);
    expect(loaded.problems[0]!.message).toMatch(/over the limit of 1000 bytes/);
  });

  it('names a path it cannot read as a file', async () => {
    const dir = tempDir({ 'reports/a/2024-01.yaml/inner': 'x' });
    const result = await loadFile(join(dir, 'reports/a/2024-01.yaml'), 'Report', options(dir));
    expect(result.problems).toMatchObject([{ code: 'unreadable', file: 'reports/a/2024-01.yaml', line: 1, column: 1 }]);
    const missing = await loadFile(join(dir, 'nope.yaml'), 'Report', options(dir));
    expect(missing.problems[0]!.message).toMatch(/no such file/);
  });

  it('says so when the folder does not exist', async () => {
    const dir = tempDir();
    await expect(loadReports(join(dir, 'nope'), options(dir))).rejects.toBeInstanceOf(MissingFolderError);
    writeFileSync(join(dir, 'file'), '');
    await expect(loadReports(join(dir, 'file'), options(dir))).rejects.toBeInstanceOf(MissingFolderError);
  });

  // Files the walk saw as regular are read into one shared buffer without asking their size first;
  // whatever does not fit that path is read the careful way, with the same results and problems.
  describe('reading the files the walk found', () => {
    const note = (text: string) => `  - deliverable: I.2.1\n    status: not_applicable\n    note: "${text}"\n`;

    it('gives each report its own content, file after file through the shared buffer', async () => {
      const dir = tempDir({
        'reports/a/2024-01.yaml': reportYaml('a', '2024-01', '2024-01-20', note('Lý do của tháng một')),
        'reports/a/2024-02.yaml': reportYaml('a', '2024-02', '2024-02-20', note('Ngắn')),
        'reports/b/2024-01.yaml': reportYaml('b', '2024-01', '2024-01-21', note('Một lý do khác, dài hơn cả hai lý do trước')),
      });
      const loaded = await loadReports(join(dir, 'reports'), options(dir));
      expect(loaded.problems).toEqual([]);
      expect(loaded.reports.map((r) => [r.data.unit, r.data.period, r.data.submitted, (r.data.progress[0] as { note: string }).note])).toEqual([
        ['a', '2024-01', '2024-01-20', 'Lý do của tháng một'],
        ['a', '2024-02', '2024-02-20', 'Ngắn'],
        ['b', '2024-01', '2024-01-21', 'Một lý do khác, dài hơn cả hai lý do trước'],
      ]);
    });

    it('reads a report larger than the shared buffer whole', async () => {
      const long = 'Lý do rất dài. '.repeat(6000);
      const dir = tempDir({ 'reports/a/2024-01.yaml': reportYaml('a', '2024-01', '2024-01-20', note(long)) });
      const loaded = await loadReports(join(dir, 'reports'), options(dir));
      expect(loaded.problems).toEqual([]);
      expect((loaded.reports[0]!.data.progress[0] as { note: string }).note).toBe(long.trim());
    });

    it('still refuses a file over the size limit, naming its size, and an empty file', async () => {
      const big = reportYaml('a', '2024-01', '2024-01-20', note('x'.repeat(500)));
      const dir = tempDir({ 'reports/a/2024-01.yaml': big, 'reports/a/empty.yaml': '' });
      const loaded = await loadReports(join(dir, 'reports'), { ...options(dir), maxFileSize: 300 });
      expect(loaded.reports).toEqual([]);
      expect(loaded.problems.map((p) => [p.file, p.code])).toEqual([
        ['reports/a/2024-01.yaml', 'too-large'],
        ['reports/a/empty.yaml', 'unknown-kind'],
      ]);
      expect(loaded.problems[0]!.message).toContain(`The file is ${Buffer.byteLength(big)} bytes, over the limit of 300 bytes`);
    });
  });
});
