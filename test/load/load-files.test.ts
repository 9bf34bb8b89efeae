import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/load/load-files.js';
import type { DocumentResult } from '../../src/load/load-document.js';
import { runCli } from '../support/run-cli.js';

// Worker threads run only from the compiled package, so these cases go through the real bin/.
const EXAMPLE = fileURLToPath(new URL('../../examples/soc-trang-2024/reports', import.meta.url));

let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'tthc-threads-'));
  cpSync(EXAMPLE, join(cwd, 'reports'), { recursive: true });
  const folder = join(cwd, 'reports', 'so-tu-phap');
  // Broken on each path a worker can take: syntax, shape, the careful parser (anchors), encoding.
  writeFileSync(join(folder, 'broken-syntax.yaml'), 'apiVersion: tthc/v1\nkind: Report\nunit: [so-tu-phap\n');
  writeFileSync(
    join(folder, '2024-08.yaml'),
    'apiVersion: tthc/v1\nkind: Report\nplan: soc-trang-2024@1\nunit: so-tu-phap\nperiod: "2024-08"\nsubmitted: "2024-08-20"\nprogress:\n  - deliverable: I.2.1\n    status: finished\n',
  );
  writeFileSync(
    join(folder, '2024-09.yaml'),
    'apiVersion: tthc/v1\nkind: Report\nplan: &p soc-trang-2024@1\nunit: so-tu-phap\nperiod: "2024-09"\nsubmitted: "2024-09-20"\nprogress:\n  - deliverable: IX.9.9\n    status: in_progress\n',
  );
  writeFileSync(join(folder, 'latin1.yaml'), Buffer.from('apiVersion: tthc/v1\nnote: "B\xe1o c\xe1o"\n', 'latin1'));
});

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('loading on worker threads', () => {
  const check = ['check', '--as-of', '2024-12-31', '--fail-on', 'never'];

  it.each([
    ['json', [...check, '--format', 'json']],
    ['github annotations (positions found again after a worker read the file)', [...check, '--format', 'github']],
    ['validate', ['validate', 'reports']],
  ])('%s: the same output and exit code with one, two or four workers as on this thread alone', async (_name, args) => {
    const alone = await runCli([...args, '--concurrency', 'off'], { cwd });
    expect(alone.err).toBe('');
    for (const workers of ['1', '2', '4']) {
      const threaded = await runCli([...args, '--concurrency', workers], { cwd });
      expect(threaded.out).toBe(alone.out);
      expect(threaded.err).toBe(alone.err);
      expect(threaded.status).toBe(alone.status);
    }
  });

  it('names each broken file with its line and column when workers read them', async () => {
    const run = await runCli(['validate', 'reports', '--concurrency', '2'], { cwd });
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/reports\/so-tu-phap\/broken-syntax\.yaml:4:1 .*yaml-syntax/);
    expect(run.out).toMatch(/reports\/so-tu-phap\/2024-08\.yaml:9:13/);
    expect(run.out).toMatch(/reports\/so-tu-phap\/2024-09\.yaml:8:18/);
    expect(run.out).toMatch(/reports\/so-tu-phap\/latin1\.yaml:2:\d+/);
  });

  it('refuses a --concurrency that is not auto, off or a number from 1', async () => {
    for (const value of ['0', 'two', '-1', '1.5']) {
      const run = await runCli(['check', '--concurrency', value], { cwd });
      expect(run.status).toBe(2);
      expect(run.err).toContain(`--concurrency cần auto, off hoặc một số nguyên từ 1, không phải "${value}"`);
    }
  });
});

describe('handing each result over as it is loaded', () => {
  it('hands every file over once, in the order of the paths, broken ones too, and returns an empty list', async () => {
    const folder = join(cwd, 'reports', 'so-tu-phap');
    const paths = ['2024-Q1.yaml', 'broken-syntax.yaml', '2024-Q2.yaml', 'missing.yaml'].map((name) => join(folder, name));
    const handed: Array<[number, DocumentResult]> = [];
    const returned = await loadFiles(paths, 'Report', { lang: 'en', cwd, trim: true, onLoaded: (result, i) => handed.push([i, result]) });
    expect(returned).toEqual([]);
    expect(handed.map(([i]) => i)).toEqual([0, 1, 2, 3]);
    expect(handed.map(([, r]) => [r.file, r.document?.kind ?? r.problems[0]?.code])).toEqual([
      ['reports/so-tu-phap/2024-Q1.yaml', 'Report'],
      ['reports/so-tu-phap/broken-syntax.yaml', 'yaml-syntax'],
      ['reports/so-tu-phap/2024-Q2.yaml', 'Report'],
      ['reports/so-tu-phap/missing.yaml', 'unreadable'],
    ]);
    // Without a taker, the same results come back as the list.
    const listed = await loadFiles(paths, 'Report', { lang: 'en', cwd, trim: true });
    expect(listed.map((r) => r.file)).toEqual(handed.map(([, r]) => r.file));
  });
});
