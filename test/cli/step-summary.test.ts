import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../support/fake-io.js';
import { tempDir } from '../support/temp-dir.js';
import { reportYaml } from '../support/yaml-reports.js';

const EARLIER = '## An earlier step\n\nIts summary must survive.\n';

function setup() {
  const cwd = tempDir({
    'reports/so-tu-phap/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-22', '  - { deliverable: I.2.1, status: done, done_on: 2024-01-25 }\n'),
  });
  const summary = join(cwd, 'step-summary.md');
  writeFileSync(summary, EARLIER);
  return { cwd, summary };
}

describe('GITHUB_STEP_SUMMARY', () => {
  it('with --format github, the Markdown summary is appended after what the file held', async () => {
    const { cwd, summary } = setup();
    const io = fakeIo({ cwd, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(await run(['check', '--as-of', '2024-07-01', '--format', 'github', '--unit', 'so-tu-phap'], io)).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith(EARLIER)).toBe(true);
    const appended = text.slice(EARLIER.length);
    expect(appended).toMatch(/^## Tiến độ kế hoạch soc-trang-2024@1 — tính đến ngày 01\/07\/2024\n/);
    expect(appended).toContain('#### Sở Tư pháp (so-tu-phap)');
    expect(appended).toMatch(/\| I\.2\.1 .* \| ✓ Đúng hạn \|/);
    // The annotations went to stdout, the summary did not.
    expect(io.out().split('\n').filter(Boolean).every((line) => line.startsWith('::'))).toBe(true);
    const again = fakeIo({ cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    await run(['check', '--as-of', '2024-07-01', '--format', 'github', '--unit', 'so-tu-phap'], again);
    expect(readFileSync(summary, 'utf8')).toBe(EARLIER + appended + appended);
  });

  it('is left alone without a github output, and not created without the variable', async () => {
    const { cwd, summary } = setup();
    await run(['check', '--as-of', '2024-07-01', '--format', 'json'], fakeIo({ cwd, env: { GITHUB_STEP_SUMMARY: summary } }));
    expect(readFileSync(summary, 'utf8')).toBe(EARLIER);
    await run(['check', '--as-of', '2024-07-01', '--format', 'github'], fakeIo({ cwd }));
    expect(existsSync(join(cwd, 'undefined'))).toBe(false);
  });

  it('a summary that cannot be written is said on stderr and does not change the exit code', async () => {
    const { cwd } = setup();
    const folder = join(cwd, 'a-folder');
    mkdirSync(folder);
    const io = fakeIo({ cwd, env: { GITHUB_STEP_SUMMARY: folder }, now: '2024-07-01T03:00:00Z' });
    expect(await run(['check', '--format', 'github', '--lang', 'en'], io)).toBe(1);
    expect(io.err()).toMatch(/could not append the summary to GITHUB_STEP_SUMMARY \(.*a-folder\)/);
    expect(io.out()).toMatch(/^::notice /);
  });
});

describe('a summary over GitHub’s 1 MiB limit', () => {
  it('is cut at a line boundary, under the limit, with a note saying so', async () => {
    const { fitSummary } = await import('../../src/cli/step-summary.js');
    const long = Array.from({ length: 5000 }, (_, i) => `| Sở Tư pháp | I.2.${i} | ✗ Quá hạn |`).join('\n') + '\n';
    const fitted = fitSummary(long, '> cut', 10_000);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(10_000);
    expect(fitted.endsWith('\n> cut\n')).toBe(true);
    const kept = fitted.split('\n').slice(0, -3);
    for (const line of kept) expect(line).toMatch(/^\| Sở Tư pháp \| I\.2\.\d+ \| ✗ Quá hạn \|$/);
    expect(fitSummary('short\n', '> cut', 10_000)).toBe('short\n');
  });

  it('given in pieces, is the same, and asks for no piece past the limit (a national table is never built whole)', async () => {
    const { fitSummary } = await import('../../src/cli/step-summary.js');
    const line = (i: number) => `| Sở Tư pháp | I.2.${i} | ✗ Quá hạn |\n`;
    const whole = Array.from({ length: 5000 }, (_, i) => line(i)).join('');
    let asked = 0;
    function* endless() {
      for (let i = 0; ; i++) {
        asked++;
        yield line(i);
      }
    }
    expect(fitSummary(endless(), '> cut', 10_000)).toBe(fitSummary(whole, '> cut', 10_000));
    expect(asked).toBeLessThan(400);
    expect(fitSummary(['short', '\n'], '> cut', 10_000)).toBe('short\n');
  });
});
