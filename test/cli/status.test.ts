import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../support/fake-io.js';
import { tempDir } from '../support/temp-dir.js';
import { reportYaml } from '../support/yaml-reports.js';

const workspace = () =>
  tempDir({
    'reports/so-tu-phap/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-22', '  - { deliverable: I.2.1, status: done, done_on: 2024-01-25 }\n'),
    // Filed in another unit's folder: an invalid report, which `check` fails on.
    'reports/so-y-te/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-22'),
  });

describe('tthc status', () => {
  it('shows the matrix and exits 0 even with missed deadlines and an invalid report', async () => {
    const cwd = workspace();
    const io = fakeIo({ cwd });
    expect(await run(['status', '--as-of', '2024-07-01'], io)).toBe(0);
    expect(io.out()).toMatch(/^Sở Tư pháp\s+\S+/m);
    expect(io.out()).toContain('unit-mismatch');
    expect(await run(['check', '--as-of', '2024-07-01'], fakeIo({ cwd }))).toBe(1);
  });

  it('filters by unit and section like check', async () => {
    const io = fakeIo({ cwd: workspace() });
    expect(await run(['status', '--as-of', '2024-07-01', '--unit', 'so-tu-phap', '--section', 'I', '--format', 'markdown'], io)).toBe(0);
    expect(io.out()).toContain('| Đơn vị | I.2.1 | I.2.2 | I.2.3 | Hoàn thành |');
    expect(io.out()).not.toContain('Sở Y tế |');
  });

  it('writes several formats at once, each file atomically, and says so', async () => {
    const cwd = workspace();
    const io = fakeIo({ cwd });
    expect(await run(['status', '--as-of', '2024-07-01', '--format', 'html=out/m.html', '--format', 'markdown', '--output', 'out/m.md'], io)).toBe(0);
    expect(readFileSync(join(cwd, 'out/m.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readFileSync(join(cwd, 'out/m.md'), 'utf8')).toMatch(/^## Tiến độ/);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('Đã ghi out/m.html\nĐã ghi out/m.md\n');
  });

  it.each([
    [['status', '--format', 'json'], /json.*table, markdown, html/],
    [['status', '--unit', 'so-tu-phapp'], /so-tu-phapp/],
    [['status', '--section', 'XX'], /XX/],
    [['status', '--as-of', '31/02/2024'], /31\/02\/2024/],
    [['status', '--format', 'html=reports/x.html'], /reports\/x\.html/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const cwd = workspace();
    const io = fakeIo({ cwd });
    expect(await run(args, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(existsSync(join(cwd, 'reports/x.html'))).toBe(false);
  });

  it('exits 2 when the reports folder is missing', async () => {
    const io = fakeIo({ cwd: tempDir() });
    expect(await run(['status'], io)).toBe(2);
    expect(io.err()).toMatch(/reports/);
  });
});
