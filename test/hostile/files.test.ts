import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, shareWithEveryone } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { AS_OF, HOSTILE_FILE, type JsonOutput, VALID_REPORT, escapeRegExp, expectCleanEnd, soYTe, statusOf } from './support.js';

/**
 * Each case puts one hostile file in a workspace beside a valid report, then runs `check --format
 * json` and `validate reports` through bin/tthc.js. Every one must end in a problem that names the
 * file (at the line and column where that means something), exit 1 (an invalid report), no stack
 * trace, within the safety timeout and a 256 MB heap, with the valid report still evaluated.
 * The files are made at test time: a 25 MB file has no place in git.
 */
interface HostileCase {
  name: string;
  files: () => Record<string, string | Uint8Array>;
  /** Links, modes and the like, once the files exist. */
  setup?: (dir: string) => void;
  problem: { file?: string; code: string; message: RegExp; line?: number; column?: number };
  /** chmod cannot stop root: run the CLI as a user it does stop. */
  unprivileged?: boolean;
}

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

// Nine levels of nine: 9^9 (387 million) nodes once expanded. The aliases start on line 9.
const aliasBomb = () => {
  const names = 'abcdefghi';
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...names.slice(1).split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${names[i]}`).join(',')}]`)];
  return soYTe() + lines.join('\n') + '\n';
};

const DEEP = 50_000;
const MB = 1024 * 1024;

// A so-y-te report that would be counted if the link were followed: I.2.1 done in time.
const outsideReport = () => soYTe('  - deliverable: I.2.1\n    status: done\n    done_on: 2024-01-20\n').replace('2024-02-20', '2024-01-22');

const CASES: HostileCase[] = [
  {
    name: 'an alias bomb is refused at its first alias, without expanding it',
    files: () => ({ [HOSTILE_FILE]: aliasBomb() }),
    problem: { code: 'too-large', message: /aliases \(limit \d+\)/, line: 9, column: 8 },
  },
  {
    name: `${DEEP.toLocaleString('en')}-deep block nesting is refused as too deep`,
    files: () => ({ [HOSTILE_FILE]: soYTe().replace('progress: []\n', `progress:\n  ${'- '.repeat(DEEP)}x\n`) }),
    problem: { code: 'too-large', message: /nested too deeply \(limit \d+ levels\)/, line: 8 },
  },
  {
    name: `${DEEP.toLocaleString('en')}-deep flow sequences are refused as too deep`,
    files: () => ({ [HOSTILE_FILE]: soYTe().replace('progress: []\n', `progress: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`) }),
    problem: { code: 'too-large', message: /nested too deeply \(limit \d+ levels\)/, line: 7 },
  },
  {
    name: `${DEEP.toLocaleString('en')}-deep flow mappings are refused as too deep`,
    files: () => ({ [HOSTILE_FILE]: soYTe() + `metrics: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n` }),
    problem: { code: 'too-large', message: /nested too deeply \(limit \d+ levels\)/, line: 8 },
  },
  {
    name: 'a 25 MB file is refused by its size, before it is read',
    files: () => ({ [HOSTILE_FILE]: Buffer.concat([Buffer.from(soYTe() + '# '), Buffer.alloc(25 * MB, 'x'), Buffer.from('\n')]) }),
    problem: { code: 'too-large', message: /over the limit of 1048576 bytes/, line: 1, column: 1 },
  },
  {
    name: 'invalid UTF-8 (a legacy Vietnamese encoding) is refused at the bad byte',
    // Line 10 is `    note: "S?"` with a Windows-1258-style single byte where "ở" was typed.
    files: () => ({ [HOSTILE_FILE]: bytes(soYTe('  - deliverable: I.2.2\n    status: in_progress\n    note: "S').slice(0, -1), [0xfe], '"\n') }),
    problem: { code: 'encoding', message: /not UTF-8.*TCVN3, VNI, Windows-1258/, line: 10, column: 13 },
  },
  {
    name: 'UTF-16 with a byte-order mark is refused',
    files: () => ({ [HOSTILE_FILE]: Buffer.from('\ufeff' + soYTe(), 'utf16le') }),
    problem: { code: 'encoding', message: /UTF-16/, line: 1, column: 1 },
  },
  {
    name: 'UTF-16 without a byte-order mark is refused',
    files: () => ({ [HOSTILE_FILE]: Buffer.from(soYTe(), 'utf16le') }),
    problem: { code: 'encoding', message: /UTF-16/, line: 1 },
  },
  {
    name: 'a NUL byte is refused at its place',
    files: () => ({ [HOSTILE_FILE]: bytes(soYTe('  - deliverable: I.2.2\n    status: in_progress\n    note: "S').slice(0, -1), [0x00], '"\n') }),
    problem: { code: 'encoding', message: /NUL/, line: 10, column: 13 },
  },
  {
    name: 'a top-level `__proto__` key is an unknown key, named',
    files: () => ({ [HOSTILE_FILE]: soYTe() + '__proto__: { polluted: true }\n' }),
    problem: { code: 'schema', message: /"__proto__" is not part of the tthc\/v1 format/, line: 8, column: 1 },
  },
  {
    name: 'a `constructor.prototype` key is an unknown key, named',
    files: () => ({ [HOSTILE_FILE]: soYTe() + 'constructor: { prototype: { polluted: true } }\n' }),
    problem: { code: 'schema', message: /"constructor" is not part of the tthc\/v1 format/, line: 8, column: 1 },
  },
  {
    name: 'a `__proto__` key inside a progress entry is an unknown key, named',
    files: () => ({ [HOSTILE_FILE]: soYTe('  - deliverable: I.2.2\n    status: in_progress\n    __proto__: { status: done }\n') }),
    problem: { code: 'schema', message: /"__proto__" is not part of the tthc\/v1 format/, line: 10, column: 5 },
  },
  {
    name: 'a duplicate key is refused at the second one',
    files: () => ({ [HOSTILE_FILE]: soYTe().replace('unit: so-y-te\n', 'unit: so-y-te\nunit: so-tu-phap\n') }),
    problem: { code: 'duplicate-key', message: /"unit" appears twice/, line: 5, column: 1 },
  },
  {
    name: 'two documents in one file are refused at the second',
    files: () => ({ [HOSTILE_FILE]: soYTe() + '---\n' + soYTe() }),
    problem: { code: 'yaml-syntax', message: /one YAML document only/, line: 8, column: 1 },
  },
  {
    name: 'an empty file is refused as empty',
    files: () => ({ [HOSTILE_FILE]: '' }),
    problem: { code: 'unknown-kind', message: /empty/, line: 1, column: 1 },
  },
  {
    name: 'a file of comments only is refused as empty',
    files: () => ({ [HOSTILE_FILE]: '# Báo cáo tháng 2\n# (chưa có nội dung)\n' }),
    problem: { code: 'unknown-kind', message: /empty/, line: 1, column: 1 },
  },
  {
    name: 'a top-level list is refused as not a mapping',
    files: () => ({ [HOSTILE_FILE]: '- apiVersion: tthc/v1\n- kind: Report\n' }),
    problem: { code: 'unknown-kind', message: /not a list/, line: 1, column: 1 },
  },
  {
    name: '`unit: ../../etc` is refused as a bad id',
    files: () => ({ [HOSTILE_FILE]: soYTe().replace('unit: so-y-te', 'unit: ../../etc') }),
    problem: { code: 'schema', message: /lowercase ASCII/, line: 4, column: 7 },
  },
  {
    name: 'a linked report pointing outside the workspace is not followed, and named',
    files: () => ({}),
    setup: (dir) => {
      const outside = tempDir({ 'so-y-te.yaml': outsideReport() });
      mkdirSync(join(dir, 'reports/so-y-te'), { recursive: true });
      symlinkSync(join(outside, 'so-y-te.yaml'), join(dir, HOSTILE_FILE));
    },
    problem: { code: 'outside-link', message: /outside the reports folder/, line: 1, column: 1 },
  },
  {
    name: 'a linked unit folder pointing outside the workspace is not followed, and named',
    files: () => ({}),
    setup: (dir) => {
      const outside = tempDir({ '2024-02.yaml': outsideReport() });
      symlinkSync(outside, join(dir, 'reports/so-y-te'));
    },
    problem: { file: 'reports/so-y-te', code: 'outside-link', message: /outside the reports folder/, line: 1, column: 1 },
  },
  {
    name: 'a file nobody may read is named as unreadable',
    files: () => ({ [HOSTILE_FILE]: outsideReport() }),
    setup: (dir) => chmodSync(join(dir, HOSTILE_FILE), 0o000),
    unprivileged: true,
    problem: { code: 'unreadable', message: /permission denied/, line: 1, column: 1 },
  },
];

describe('hostile report files, end to end', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = tempDir({ ...VALID_REPORT, ...c.files() });
    c.setup?.(dir);
    if (c.unprivileged) shareWithEveryone(dir);
    const options = { cwd: dir, unprivileged: c.unprivileged ?? false };
    const [check, validate] = await Promise.all([
      runCli(['check', '--lang', 'en', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never'], options),
      runCli(['validate', '--lang', 'en', 'reports'], options),
    ]);
    const file = c.problem.file ?? HOSTILE_FILE;
    const { line, column } = c.problem;

    expectCleanEnd(check);
    expect(check.status, check.err).toBe(1);
    const output = JSON.parse(check.out) as JsonOutput;
    const named = output.problems.filter((p) => p.file === file);
    expect(named).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: c.problem.code,
        message: expect.stringMatching(c.problem.message),
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column }),
      }),
    );
    expect(output.problems.filter((p) => p.file !== file)).toEqual([]);
    expect(statusOf(output, 'so-tu-phap', 'I.2.1')).toBe('met');
    // Whatever the hostile file says about so-y-te, none of it counts.
    expect(statusOf(output, 'so-y-te', 'I.2.1')).toBe('missed');
    expect(output.obligations.some((o) => o.report === file)).toBe(false);

    expectCleanEnd(validate);
    expect(validate.status, validate.err).toBe(1);
    const where = `${escapeRegExp(file)}:${line ?? '\\d+'}:${column ?? '\\d+'}`;
    expect(validate.out).toMatch(new RegExp(`^${where}  error  ${c.problem.code}  `, 'm'));
    expect(validate.out).not.toMatch(/^reports\/so-tu-phap\//m);
  });
});

describe('hostile input that is not a report file', () => {
  it('`--unit ../../etc` is a usage error (exit 2), never a path', async () => {
    const dir = tempDir(VALID_REPORT);
    const run = await runCli(['check', '--lang', 'en', '--as-of', AS_OF, '--unit', '../../etc'], { cwd: dir });
    expectCleanEnd(run);
    expect(run.status).toBe(2);
    expect(run.err).toMatch(/no unit "\.\.\/\.\.\/etc"/);
  });

  it('a FIFO named like a report does not hang `validate`: it is named as unreadable', async () => {
    const dir = tempDir(VALID_REPORT);
    mkdirSync(join(dir, 'reports/so-y-te'), { recursive: true });
    execFileSync('mkfifo', [join(dir, HOSTILE_FILE)]);
    const run = await runCli(['validate', '--lang', 'en', HOSTILE_FILE, 'reports/so-tu-phap/2024-01.yaml'], { cwd: dir });
    expectCleanEnd(run);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(new RegExp(`^${escapeRegExp(HOSTILE_FILE)}:1:1  error  unreadable  `, 'm'));
  });

  it('a FIFO under reports/ does not hang `check`, and the valid report still counts', async () => {
    const dir = tempDir(VALID_REPORT);
    mkdirSync(join(dir, 'reports/so-y-te'), { recursive: true });
    execFileSync('mkfifo', [join(dir, HOSTILE_FILE)]);
    const run = await runCli(['check', '--lang', 'en', '--as-of', AS_OF, '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expectCleanEnd(run);
    expect(statusOf(JSON.parse(run.out) as JsonOutput, 'so-tu-phap', 'I.2.1')).toBe('met');
  });
});
