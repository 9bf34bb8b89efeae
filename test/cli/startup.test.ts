import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

const BIN = fileURLToPath(new URL('../../bin/tthc.js', import.meta.url));
const RECORDER = fileURLToPath(new URL('../support/record-imports.mjs', import.meta.url));

/** Every package the real executable loads for a command line. */
function packagesLoadedBy(args: string[]): Set<string> {
  const file = join(tempDir(), 'imports.txt');
  const result = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], { env: { ...process.env, RECORD_IMPORTS: file }, encoding: 'utf8' });
  expect(result.status).toBe(0);
  const urls = readFileSync(file, 'utf8').split('\n');
  return new Set(urls.flatMap((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? []));
}

// Start-up is the whole cost of a CI step that only asks for the version: zod adds ~105 ms and
// date-fns ~190 ms, so --version and --help must not load them.
describe('start-up', () => {
  it('--version loads no package at all', () => {
    expect([...packagesLoadedBy(['--version'])]).toEqual([]);
  });

  it.each([['--help'], ['check', '--help']])('%s loads commander and nothing heavy', (...args) => {
    const loaded = packagesLoadedBy(args);
    expect(loaded.has('commander')).toBe(true);
    for (const heavy of ['zod', 'date-fns', '@date-fns/tz', '@date-fns/utc', 'yaml', 'js-yaml', 'cli-table3', 'chalk']) expect(loaded.has(heavy), heavy).toBe(false);
  });

  it('check loads date-fns by subpath, never its index', () => {
    const cwd = tempDir({ 'reports/.keep': '' });
    const file = join(cwd, 'imports.txt');
    spawnSync(process.execPath, ['--import', RECORDER, BIN, 'check', '--as-of', '2024-01-02'], { cwd, env: { ...process.env, RECORD_IMPORTS: file } });
    const urls = readFileSync(file, 'utf8').split('\n').filter((u) => u.includes('/node_modules/date-fns/'));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => /date-fns\/index\.js$/.test(u))).toEqual([]);
  });
});
