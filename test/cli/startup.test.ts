import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

const BIN = fileURLToPath(new URL('../../bin/tthc.js', import.meta.url));
const RECORDER = fileURLToPath(new URL('../support/record-imports.mjs', import.meta.url));
const BUILTINS_RECORDER = fileURLToPath(new URL('../support/record-builtins.mjs', import.meta.url));
/** The loader bin/tthc.js requires (src/cli/entry.ts, bundled as CommonJS). */
const LOADER = fileURLToPath(new URL('../../dist/bundle/entry.cjs', import.meta.url));

/**
 * Text each library's code carries, whether Node loads it from node_modules or from a chunk of
 * the bundle (scripts/bundle.mjs inlines zod, date-fns, js-yaml and chalk).
 */
const MARKERS: Record<string, string> = {
  zod: 'ZodError',
  'date-fns': 'constructDateFrom',
  'js-yaml': 'YAMLException',
  chalk: 'FORCE_COLOR',
  // date-fns' index and `format` bring its locale data; the check path needs neither.
  'date-fns locale data': 'formatDistance',
};

/** Every module file the real executable imports for a command line (the script bundle is read, not imported). */
function modulesLoadedBy(args: string[], cwd?: string): string[] {
  const file = join(tempDir(), 'imports.txt');
  const result = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], { cwd, env: { ...process.env, RECORD_IMPORTS: file }, encoding: 'utf8' });
  expect(result.status, result.stderr).toBeLessThan(2);
  return readFileSync(file, 'utf8').split('\n').filter((url) => url.startsWith('file:'));
}

/** Every library whose code the real executable loads for a command line. */
function librariesLoadedBy(args: string[], cwd?: string): Set<string> {
  const libraries = new Set<string>();
  for (const url of modulesLoadedBy(args, cwd)) {
    const inNodeModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    if (inNodeModules) libraries.add(inNodeModules);
    const code = readFileSync(fileURLToPath(url), 'utf8');
    for (const [library, marker] of Object.entries(MARKERS)) if (code.includes(marker)) libraries.add(library);
  }
  return libraries;
}

// Start-up is the whole cost of a CI step that only asks for the version: zod adds ~105 ms and
// date-fns ~190 ms, so --version and --help must not load them.
describe('start-up', () => {
  it('--version loads no library at all', () => {
    expect([...librariesLoadedBy(['--version'])]).toEqual([]);
  });

  it.each([['--help'], ['check', '--help']])('%s loads commander and nothing heavy', (...args) => {
    const loaded = librariesLoadedBy(args);
    expect(loaded.has('commander')).toBe(true);
    for (const heavy of ['zod', 'date-fns', 'yaml', 'js-yaml', 'cli-table3', 'chalk']) expect(loaded.has(heavy), heavy).toBe(false);
  });

  it('check runs from the script bundle, and imports none of the ES modules that --help loads', () => {
    const cwd = tempDir({ 'reports/.keep': '' });
    const ofTthc = (urls: string[]) => urls.filter((url) => url.includes('/dist/'));
    // The recorder sees the ES modules a command imports: --help's are there.
    expect(ofTthc(modulesLoadedBy(['--help']))).toContainEqual(expect.stringMatching(/\/dist\/bundle\/run\.js$/));
    // check starts no ES module of tthc's at all: Node's ES module loader, and a facade for each
    // built-in module it imports, were ~5 ms of a large check.
    expect(ofTthc(modulesLoadedBy(['check', '--as-of', '2024-01-02', '--format', 'json'], cwd))).toEqual([]);
  });

  it('check writes its JSON without loading node:crypto or node:child_process (~9 ms of every run)', () => {
    const cwd = tempDir({ 'reports/.keep': '' });
    const file = join(tempDir(), 'builtins.txt');
    const args = ['check', '--as-of', '2024-01-02', '--format', 'json', '--output', join(cwd, 'out.json')];
    const result = spawnSync(process.execPath, ['--import', BUILTINS_RECORDER, BIN, ...args], { cwd, env: { ...process.env, RECORD_BUILTINS: file }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBeLessThan(2);
    const builtins = readFileSync(file, 'utf8').split('\n');
    // The recorder sees what loads: the run did load some of Node's own modules.
    expect(builtins).toContain('vm');
    expect(builtins).not.toContain('crypto');
    expect(builtins).not.toContain('child_process');
  });

  it('the build leaves a code cache for the script bundle that this Node accepts', () => {
    // A rejected cache costs nothing but time: the script compiles as usual, and only this test can tell.
    const probe = `const s = require(${JSON.stringify(LOADER)}).loadScriptBundle(); process.stdout.write(JSON.stringify({ rejected: s.cacheRejected, run: typeof s.run }));`;
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ rejected: false, run: 'function' });
  });
});
