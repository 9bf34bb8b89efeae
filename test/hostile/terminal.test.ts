import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/format/registry.js';
import { bundledPlanFiles } from '../support/plan-files.js';
import { type CliRun, runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { reportYaml } from '../support/yaml-reports.js';
import { AS_OF, type JsonOutput, VALID_REPORT, expectCleanEnd, statusOf } from './support.js';

/**
 * Text a unit can type into a report (or a plan author into a plan) that would steer a terminal:
 * colour, clear-screen, a window title and a hyperlink (OSC), bell, backspace, DEL, the C1 CSI
 * and NEL, carriage return, and bidi overrides and isolates that reorder what a reader sees.
 */
const CONTROLS = '\u001b[31m\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\\u0007\b\u007f\u0085\u009b31m\r\u202e\u202d\u202a\u202b\u202c\u2066\u2067\u2068\u2069';
const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(2)>';
/** The exemption note: a spreadsheet formula first, then everything above. */
const NOTE = `=cmd|' /C calc'!A0 ${MARKUP} ${CONTROLS} end`;

// Every character as a YAML double-quoted escape, so the file itself stays printable.
const quoted = (text: string) => `"${[...text].map((c) => (/[ -~]/.test(c) && c !== '"' && c !== '\\' ? c : `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`)).join('')}"`;

/** What a file or folder name can hold of CONTROLS: no `/`, and no CR so `ls` stays sane. */
const PATH_CONTROLS = CONTROLS.replace(/[/\\\r]/g, '');

const soYTe = (period: string, rest: string) => reportYaml('so-y-te', period, `${period}-20`, rest);

function hostileWorkspace(): string {
  const plan = bundledPlanFiles('plan/');
  plan['plan/units.yaml'] = plan['plan/units.yaml']!.replace(/name: "Sở Y tế"/, `name: ${quoted(`Sở Y tế ${CONTROLS}`)}`);
  plan['plan/plan.yaml'] = plan['plan/plan.yaml']!.replace(/(id: I\.2\.1\n\s+text: )"/, `$1${quoted(CONTROLS).slice(0, -1)}`);
  return tempDir({
    ...VALID_REPORT,
    ...plan,
    // Counted: the note reaches every format through the exempt obligation.
    'reports/so-y-te/2024-01.yaml': soYTe('2024-01', `  - deliverable: I.2.1\n    status: not_applicable\n    note: ${quoted(NOTE)}\n`),
    // Refused, with messages that quote what the file says.
    'reports/so-y-te/2024-02.yaml': soYTe('2024-02', `  - deliverable: ${quoted(`I.2.2${CONTROLS}`)}\n    status: ${quoted(`done${CONTROLS}`)}\n`) + `${quoted(`key${CONTROLS}`)}: 1\n`,
    'reports/so-y-te/2024-03.yaml': reportYaml('so-y-te', '2024-03', '2024-03-20').replace('kind: Report', `kind: ${quoted(`Report${CONTROLS}`)}`),
    'reports/so-y-te/2024-04.yaml': reportYaml('so-y-te', '2024-04', '2024-04-20').replace('apiVersion: tthc/v1', `apiVersion: ${quoted(`tthc/v1${CONTROLS}`)}`),
    'reports/so-y-te/2024-05.yaml': reportYaml('so-y-te', '2024-05', '2024-05-20').replace('unit: so-y-te', `unit: ${quoted(`so-y-te${CONTROLS}`)}`),
    // Raw control bytes, not escapes: YAML takes them in a plain scalar.
    'reports/so-y-te/2024-06.yaml': soYTe('2024-06', `  - deliverable: I.2.2\n    status: in_progress\n    note: raw ${CONTROLS.replace(/\r/g, '')} end\n`) + `k${CONTROLS.replace(/\r/g, '')}: 1\n`,
    // A unit folder and a file name with controls: the path itself reaches every problem line.
    // (Dated before the as-of day: a later report is not looked at, so it could not leak.)
    [`reports/so-y-te${PATH_CONTROLS}/2024-Q1.yaml`]: reportYaml('so-y-te', '2024-Q1', '2024-03-25'),
    [`reports/so-y-te/2024-Q2${PATH_CONTROLS}.yaml`]: reportYaml('so-y-te', '2024-Q2', '2024-06-25', '  - deliverable: I.2.2\n    status: not_applicable\n    note: x\n'),
  });
}

/** Code points that must not reach a terminal: C0 but tab and newline, DEL, C1, bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** Formats whose own line ends are CRLF (RFC 4180, RFC 5545). */
const CRLF_FORMATS = new Set(['csv', 'ics']);

function unsafeIn(bytes: Buffer, crlf: boolean): string[] {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const scanned = crlf ? text.replace(/\r\n/g, '\n') : text;
  return [...scanned.matchAll(new RegExp(UNSAFE.source, 'gu'))].map((m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${m.index}: …${JSON.stringify(scanned.slice(Math.max(0, m.index - 30), m.index + 10))}`);
}

function expectTerminalSafe(run: CliRun, format: string): void {
  expect(unsafeIn(run.stdout, CRLF_FORMATS.has(format)), `stdout of ${format}`).toEqual([]);
  expect(unsafeIn(run.stderr, false), `stderr of ${format}`).toEqual([]);
}

const check = (dir: string, ...args: string[]) => runCli(['check', '--plan', 'plan/plan.yaml', '--as-of', AS_OF, '--fail-on', 'never', ...args], { cwd: dir });

describe('control characters from a file never reach the terminal', () => {
  it('the workspace really carries the hostile text to the outputs', async () => {
    const dir = hostileWorkspace();
    const run = await check(dir, '--format', 'json');
    expectCleanEnd(run);
    const output = JSON.parse(run.out) as JsonOutput;
    expect(output.obligations.find((o) => o.unit === 'so-y-te' && o.deliverable === 'I.2.1')).toMatchObject({ status: 'exempt', note: NOTE });
    expect(statusOf(output, 'so-tu-phap', 'I.2.1')).toBe('met');
    expect(output.problems.map((p) => p.message).join('\n')).toContain('\u202e');
    expect(output.problems.map((p) => p.file).join('\n')).toContain('\u202e');
  });

  it.each(FORMAT_NAMES)('check --format %s', async (format) => {
    const dir = hostileWorkspace();
    const run = await check(dir, '--format', format);
    expectCleanEnd(run);
    expect(run.status).toBe(1);
    expectTerminalSafe(run, format);
  });

  it('check --by deliverable, every format at once into files', async () => {
    const dir = hostileWorkspace();
    const out = tempDir();
    const run = await check(dir, '--by', 'deliverable', ...FORMAT_NAMES.flatMap((f) => ['--format', `${f}=${join(out, f)}`]));
    expectCleanEnd(run);
    expect(run.status).toBe(1);
    expectTerminalSafe(run, 'table');
    for (const format of FORMAT_NAMES) expect(unsafeIn(readFileSync(join(out, format)), CRLF_FORMATS.has(format)), format).toEqual([]);
  });

  it.each([
    ['the reports folder', ['reports']],
    ['each file named', ['reports/so-y-te/2024-01.yaml', 'reports/so-y-te/2024-02.yaml', 'reports/so-y-te/2024-03.yaml', 'reports/so-y-te/2024-06.yaml']],
  ])('validate %s', async (_name, paths) => {
    const dir = hostileWorkspace();
    const run = await runCli(['validate', '--plan', 'plan/plan.yaml', ...paths], { cwd: dir });
    expectCleanEnd(run);
    expect(run.status).toBe(1);
    expectTerminalSafe(run, 'validate');
  });

  it('the GitHub step summary too', async () => {
    const dir = hostileWorkspace();
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, '');
    const run = await runCli(['check', '--plan', 'plan/plan.yaml', '--as-of', AS_OF, '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expectCleanEnd(run);
    expect(unsafeIn(readFileSync(summary), false)).toEqual([]);
  });
});

describe('markup and formulas from a file stay text', () => {
  it('html: a <script> in a note is shown as text, never an element', async () => {
    const dir = hostileWorkspace();
    const run = await check(dir, '--format', 'html');
    expectCleanEnd(run);
    const root = parseHtml(run.out);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(root.textContent).toContain('<script>alert(1)</script>');
  });

  it('csv: a note that starts like a formula starts with an apostrophe, and no cell starts a formula', async () => {
    const dir = hostileWorkspace();
    const run = await check(dir, '--format', 'csv');
    expectCleanEnd(run);
    const rows = parseCsv(run.out, { bom: true, relax_column_count: false }) as string[][];
    const cells = rows.flat();
    expect(cells.filter((cell) => cell.includes("/C calc'!A0"))).toEqual([expect.stringMatching(/^'=cmd\|/)]);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
