import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Each folder here is one scenario, run against the real `bin/tthc.js`:
 *   args             one argument per line
 *   workspace/       files copied to a fresh folder that becomes the working folder (optional)
 *   fixtures         names of folders under test/fixtures/, one a line, each copied into the
 *                    working folder under its own name (optional; shared by several cases)
 *   env              KEY=VALUE lines added to the environment (optional)
 *   expected-stdout  what it prints, colour off
 *   expected-stderr  (optional) what it prints on stderr
 *   exit-code        the exit code
 * `UPDATE_E2E=1 npx vitest run test/e2e` rewrites the expected files; read the diff before committing.
 */
const HERE = fileURLToPath(new URL('.', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/tthc.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const cases = readdirSync(HERE, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

describe('end to end', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s', (name) => {
    const dir = join(HERE, name);
    const args = read(join(dir, 'args'))!.split('\n').filter((line) => line !== '');
    const env = Object.fromEntries((read(join(dir, 'env')) ?? '').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const cwd = mkdtempSync(join(tmpdir(), `tthc-e2e-${name}-`));
    try {
      if (existsSync(join(dir, 'workspace'))) cpSync(join(dir, 'workspace'), cwd, { recursive: true });
      for (const fixture of (read(join(dir, 'fixtures')) ?? '').split('\n').filter(Boolean)) cpSync(join(FIXTURES, fixture), join(cwd, fixture), { recursive: true });
      const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, NO_COLOR: '1', COLUMNS: '120', TZ: 'UTC', ...env },
        timeout: 60_000,
      });
      if (process.env.UPDATE_E2E) {
        writeFileSync(join(dir, 'expected-stdout'), result.stdout);
        if (result.stderr) writeFileSync(join(dir, 'expected-stderr'), result.stderr);
        else rmSync(join(dir, 'expected-stderr'), { force: true });
        writeFileSync(join(dir, 'exit-code'), `${result.status}\n`);
      }
      expect(result.stdout).toBe(read(join(dir, 'expected-stdout')));
      expect(result.stderr).toBe(read(join(dir, 'expected-stderr')) ?? '');
      expect(result.status).toBe(Number(read(join(dir, 'exit-code'))));
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
