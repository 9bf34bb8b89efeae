import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../support/fake-io.js';
import { tempDir } from '../support/temp-dir.js';
import { reportYaml } from '../support/yaml-reports.js';

const workspace = () =>
  tempDir({
    'reports/so-tu-phap/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-22', '  - { deliverable: I.2.1, status: done, done_on: 2024-01-25 }\n'),
  });

describe('help and version', () => {
  it('prints the version and exits 0', async () => {
    const io = fakeIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints help in Vietnamese by default and in English with --lang en', async () => {
    const vi = fakeIo();
    expect(await run(['check', '--help'], vi)).toBe(0);
    expect(vi.out()).toContain('ngày kiểm tra');
    const en = fakeIo();
    expect(await run(['--lang', 'en', 'check', '--help'], en)).toBe(0);
    expect(en.out()).toContain('day to check as of');
  });
});

describe('usage errors exit 2 with a message and no stack', () => {
  it.each([
    [['check', '--nope'], /unknown option/],
    [['check', '--as-of', '31/02/2024'], /31\/02\/2024.*--as-of/],
    [['check', '--fail-on', 'sometimes'], /sometimes/],
    [['check', '--format', 'pdf'], /pdf.*table, json/],
    [['check', '--status', 'done'], /--status: không có trạng thái "done"; chọn một trong: met, /],
    [['check', '--status', 'done', '--lang', 'en'], /--status: no status "done"; choose one of: met, /],
    [['check', '--unit', 'so-tu-phapp'], /so-tu-phapp/],
    [['check', '--lang', 'fr'], /--lang/],
    [['bogus'], /unknown command/],
  ])('%j', async (argv, message) => {
    const io = fakeIo({ cwd: workspace() });
    expect(await run(argv as string[], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('a missing reports folder is exit 2, named', async () => {
    const io = fakeIo({ cwd: tempDir() });
    expect(await run(['check', '--as-of', '2024-07-01'], io)).toBe(2);
    expect(io.err()).toMatch(/\.\/reports/);
  });

  it('an internal error prints a message, and the stack only with --verbose', async () => {
    const broken = fakeIo({ cwd: workspace() });
    broken.stdout.write = () => {
      throw new Error('disk on fire');
    };
    expect(await run(['check', '--as-of', '2024-07-01'], broken)).toBe(2);
    expect(broken.err()).toMatch(/disk on fire/);
    expect(broken.err()).not.toMatch(/\n\s+at /);
    const verbose = fakeIo({ cwd: workspace() });
    verbose.stdout.write = () => {
      throw new Error('disk on fire');
    };
    expect(await run(['check', '--as-of', '2024-07-01', '--verbose'], verbose)).toBe(2);
    expect(verbose.err()).toMatch(/\n\s+at /);
  });
});

describe('today is today in Vietnam', () => {
  const asOfAt = async (now: string) => {
    const io = fakeIo({ cwd: workspace(), now });
    await run(['check', '--format', 'json', '--fail-on', 'never'], io);
    return JSON.parse(io.out()).asOf;
  };

  it('16:59 UTC on 30/06 is still 30/06; 17:00 UTC is already 01/07 in Hồ Chí Minh', async () => {
    expect(await asOfAt('2024-06-30T16:59:59Z')).toBe('2024-06-30');
    expect(await asOfAt('2024-06-30T17:00:00Z')).toBe('2024-07-01');
  });

  it('--as-of replaces today, in either spelling', async () => {
    const io = fakeIo({ cwd: workspace(), now: '2030-01-01T00:00:00Z' });
    await run(['check', '--format', 'json', '--as-of', '15/03/2024', '--fail-on', 'never'], io);
    expect(JSON.parse(io.out()).asOf).toBe('2024-03-15');
  });
});

describe('exit codes', () => {
  it('1 while something is missed, 0 with --fail-on never', async () => {
    expect(await run(['check', '--as-of', '2024-07-01'], fakeIo({ cwd: workspace() }))).toBe(1);
    expect(await run(['check', '--as-of', '2024-07-01', '--fail-on', 'never'], fakeIo({ cwd: workspace() }))).toBe(0);
  });

  it('0 before anything is due, and 1 at --fail-on due_soon when something is due within the week', async () => {
    const cwd = tempDir({ 'reports/.keep': '' });
    expect(await run(['check', '--as-of', '2023-10-01'], fakeIo({ cwd }))).toBe(0);
    // Every monthly report for January is due 22/01/2024.
    expect(await run(['check', '--as-of', '2024-01-16', '--fail-on', 'due_soon', '--section', 'XI'], fakeIo({ cwd }))).toBe(1);
  });

  it('an invalid report fails even with --fail-on never', async () => {
    const cwd = tempDir({ 'reports/so-tu-phap/2024-01.yaml': 'apiVersion: tthc/v1\nkind: Report\n' });
    expect(await run(['check', '--as-of', '2023-10-01', '--fail-on', 'never'], fakeIo({ cwd }))).toBe(1);
  });

  it('display filters never change the exit code', async () => {
    const io = fakeIo({ cwd: workspace() });
    expect(await run(['check', '--as-of', '2024-07-01', '--status', 'met', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out()).obligations.every((o: { status: string }) => o.status === 'met')).toBe(true);
  });

  it('an invalid plan is exit 2', async () => {
    const cwd = tempDir({ 'plan.yaml': 'apiVersion: tthc/v1\nkind: Plan\n', 'reports/.keep': '' });
    const io = fakeIo({ cwd });
    expect(await run(['check', '--plan', 'plan.yaml'], io)).toBe(2);
    expect(io.err()).toMatch(/plan\.yaml/);
  });
});

describe('filters and views', () => {
  it('--unit and --section narrow what is shown', async () => {
    const io = fakeIo({ cwd: workspace() });
    await run(['check', '--as-of', '2024-07-01', '--format', 'json', '--unit', 'so-tu-phap', '--section', 'I'], io);
    const shown = JSON.parse(io.out()).obligations as Array<{ unit: string; deliverable: string }>;
    expect(new Set(shown.map((o) => o.unit))).toEqual(new Set(['so-tu-phap']));
    expect(shown.every((o) => o.deliverable.startsWith('I.'))).toBe(true);
    expect(shown.find((o) => o.deliverable === 'I.2.1')).toMatchObject({ status: 'met', doneOn: '2024-01-25' });
  });
});

describe('writing outputs', () => {
  it('--output writes the file (creating folders) and prints nothing on stdout', async () => {
    const cwd = workspace();
    const io = fakeIo({ cwd });
    await run(['check', '--as-of', '2024-07-01', '--format', 'json', '--output', 'out/status.json'], io);
    expect(io.out()).toBe('');
    expect(JSON.parse(readFileSync(join(cwd, 'out/status.json'), 'utf8')).formatVersion).toBe(1);
    expect(readdirSync(join(cwd, 'out'))).toEqual(['status.json']);
  });

  it('several formats in one run, each to its own place', async () => {
    const cwd = workspace();
    const io = fakeIo({ cwd });
    await run(['check', '--as-of', '2024-07-01', '--format', 'table', '--format', 'json=out/a.json'], io);
    expect(io.out()).toContain('Sở Tư pháp');
    expect(existsSync(join(cwd, 'out/a.json'))).toBe(true);
  });

  it('refuses to write into the reports folder', async () => {
    const cwd = workspace();
    const io = fakeIo({ cwd });
    expect(await run(['check', '--format', 'json', '--output', 'reports/so-tu-phap/2024-02.yaml'], io)).toBe(2);
    expect(existsSync(join(cwd, 'reports/so-tu-phap/2024-02.yaml'))).toBe(false);
  });
});

describe('colour', () => {
  const coloured = async (argv: string[], env: Record<string, string> = {}, isTTY = true) => {
    const io = fakeIo({ cwd: workspace(), env });
    io.stdout.isTTY = isTTY;
    await run(['check', '--as-of', '2024-07-01', '--unit', 'so-tu-phap', ...argv], io);
    return io.out().includes('\u001b[');
  };

  it('colours a terminal', async () => expect(await coloured([])).toBe(true));
  it('not a pipe or a file', async () => expect(await coloured([], {}, false)).toBe(false));
  it('not with NO_COLOR set', async () => expect(await coloured([], { NO_COLOR: '1' })).toBe(false));
  it('not with --no-color', async () => expect(await coloured(['--no-color'])).toBe(false));
});

describe('the --format choices in help', () => {
  it('name every registered format, and only those', async () => {
    const { FORMAT_CHOICES } = await import('../../src/cli/program.js');
    const { FORMAT_NAMES } = await import('../../src/format/registry.js');
    expect([...FORMAT_CHOICES].sort()).toEqual([...FORMAT_NAMES].sort());
    const io = fakeIo();
    await run(['check', '--help'], io);
    for (const name of FORMAT_NAMES) expect(io.out()).toContain(name);
  });
});

describe('outputs that would be wrong are refused before anything runs', () => {
  it.each([
    [['--format', 'json', '--format', 'json'], /chỉ một định dạng/],
    [['--format', 'table', '--format', 'json'], /chỉ một định dạng/],
    [['--format', 'json=a.json', '--format', 'csv=a.json'], /a\.json/],
    [['--format', 'json='], /json/],
  ])('%j', async (args, message) => {
    const io = fakeIo({ cwd: workspace(), env: {} });
    expect(await run(['check', '--as-of', '2024-07-01', ...(args as string[])], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });

  it('a name starting with `..` inside reports/ is still inside it', async () => {
    const cwd = workspace();
    const io = fakeIo({ cwd });
    expect(await run(['check', '--as-of', '2024-07-01', '--format', 'json', '--output', 'reports/..x.json'], io)).toBe(2);
    expect(existsSync(join(cwd, 'reports/..x.json'))).toBe(false);
  });

  it('an output path that is a folder is a usage error, not an internal one', async () => {
    const cwd = tempDir({ 'reports/.keep': '', 'out/.keep': '' });
    const io = fakeIo({ cwd });
    expect(await run(['check', '--as-of', '2024-07-01', '--format', 'json', '--output', 'out'], io)).toBe(2);
    expect(io.err()).toMatch(/out/);
    expect(io.err()).not.toMatch(/nội bộ|internal/);
  });
});

describe('options taken at their word', () => {
  it('--max-file-size 0 refuses every report rather than being ignored', async () => {
    const io = fakeIo({ cwd: workspace() });
    await run(['check', '--as-of', '2024-07-01', '--format', 'json', '--max-file-size', '0', '--fail-on', 'never'], io);
    expect(JSON.parse(io.out()).problems.map((p: { code: string }) => p.code)).toEqual(['too-large']);
  });

  it('--unit with a group id shows each of its members', async () => {
    const io = fakeIo({ cwd: workspace() });
    expect(await run(['check', '--as-of', '2024-07-01', '--format', 'json', '--unit', 'ubnd-huyen', '--section', 'I'], io)).toBe(1);
    const units = new Set(JSON.parse(io.out()).obligations.map((o: { unit: string }) => o.unit));
    expect(units).toEqual(new Set(['tp-soc-trang', 'tx-vinh-chau', 'tx-nga-nam', 'h-chau-thanh', 'h-ke-sach', 'h-long-phu', 'h-cu-lao-dung', 'h-my-tu', 'h-my-xuyen', 'h-thanh-tri', 'h-tran-de']));
  });

  it('agenda --days beyond ten years is a usage error, not a crash', async () => {
    const io = fakeIo({ cwd: workspace() });
    expect(await run(['agenda', '--as-of', '2024-07-01', '--days', '99999999999'], io)).toBe(2);
    expect(io.err()).toMatch(/--days/);
  });
});

describe('every command that writes an output follows the same rules', () => {
  it('status refuses two outputs on stdout, as check does', async () => {
    const io = fakeIo({ cwd: workspace() });
    expect(await run(['status', '--as-of', '2024-07-01', '--format', 'table', '--format', 'markdown'], io)).toBe(2);
    expect(io.err()).toMatch(/chỉ một định dạng/);
    expect(io.out()).toBe('');
  });

  it('plan diff into a folder is a usage error, not an internal one', async () => {
    const cwd = tempDir({ 'out/.keep': '' });
    const io = fakeIo({ cwd });
    const plan = join(process.cwd(), 'plans/soc-trang-2024/plan.yaml');
    expect(await run(['plan', 'diff', plan, plan, '--output', 'out'], io)).toBe(2);
    expect(io.err()).toMatch(/out là thư mục/);
    expect(io.err()).not.toMatch(/nội bộ|internal/);
  });
});
