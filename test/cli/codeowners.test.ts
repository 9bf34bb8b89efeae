import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../support/fake-io.js';
import { bundledPlanFiles } from '../support/plan-files.js';
import { tempDir } from '../support/temp-dir.js';

const OWNERS: Record<string, string> = {
  'vp-ubnd': '["@soc-trang/vp-ubnd-kstthc", "nguyen.van.a@soctrang.gov.vn"]',
  'so-tu-phap': '["@soc-trang/so-tu-phap", "@tran-thi-b"]',
  'h-ke-sach': '["@soc-trang/h-ke-sach"]',
};

/** The bundled units file, with owners on a few units. */
function unitsWithOwners(owners = OWNERS): string {
  let text = bundledPlanFiles()['units.yaml']!;
  for (const [id, list] of Object.entries(owners)) text = text.replace(new RegExp(`(\\{ id: ${id}, [^}]*?) \\}`), `$1, owners: ${list} }`);
  return text;
}

async function codeowners(args: string[], files: Record<string, string> = { 'units.yaml': unitsWithOwners() }) {
  const cwd = tempDir(files);
  const io = fakeIo({ cwd });
  const code = await run(['codeowners', ...args], io);
  return { code, out: io.out(), err: io.err(), cwd };
}

/** `pattern owner…` lines; comments and blank lines dropped, as GitHub reads the file. */
function parseCodeowners(text: string): Array<{ pattern: string; owners: string[] }> {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [pattern, ...owners] = line.trim().split(/\s+/);
      return { pattern: pattern!, owners };
    });
}

/**
 * Who must approve a change to `path`, by GitHub's rule: the LAST matching line wins. Patterns
 * follow gitignore: `*` matches every file, `/dir/` a folder at the root and all below it.
 */
function ownersOf(rules: ReturnType<typeof parseCodeowners>, path: string): string[] | undefined {
  let found: string[] | undefined;
  for (const { pattern, owners } of rules) {
    const matches = pattern === '*' || (pattern.startsWith('/') && pattern.endsWith('/') && `/${path}`.startsWith(pattern));
    if (!pattern.startsWith('/') && pattern !== '*') throw new Error(`pattern the oracle does not know: ${pattern}`);
    if (matches) found = owners;
  }
  return found;
}

const OFFICE = ['@soc-trang/vp-ubnd-kstthc', 'nguyen.van.a@soctrang.gov.vn'];

describe('tthc codeowners', () => {
  it('gives each unit its reports folder and the office everything else, the last match winning', async () => {
    const { code, out } = await codeowners(['--owners-from', 'units.yaml']);
    expect(code).toBe(0);
    const rules = parseCodeowners(out);
    expect(ownersOf(rules, 'reports/so-tu-phap/2024-03.yaml')).toEqual(['@soc-trang/so-tu-phap', '@tran-thi-b']);
    expect(ownersOf(rules, 'reports/h-ke-sach/2024-Q1.yaml')).toEqual(['@soc-trang/h-ke-sach']);
    expect(ownersOf(rules, 'reports/vp-ubnd/2024-01.yaml')).toEqual(OFFICE);
    // A unit cannot approve a change to another unit's folder, the plan, or this file.
    for (const path of ['plans/soc-trang-2024/plan.yaml', 'plans/soc-trang-2024/units.yaml', '.github/CODEOWNERS', 'reports/so-y-te/2024-03.yaml', 'reports/new-unit/2024-03.yaml']) {
      expect(ownersOf(rules, path), path).toEqual(OFFICE);
    }
    expect(ownersOf(rules, 'reports/so-tu-phap/2024-03.yaml')).not.toContain('@soc-trang/h-ke-sach');
  });

  it('orders general patterns before specific ones, each pattern once, every line with owners', async () => {
    const rules = parseCodeowners((await codeowners(['--owners-from', 'units.yaml'])).out);
    expect(rules.map((r) => r.pattern)).toEqual(['*', '/plans/', '/reports/vp-ubnd/', '/reports/so-tu-phap/', '/reports/h-ke-sach/']);
    for (const rule of rules) {
      expect(rule.owners.length).toBeGreaterThan(0);
      for (const owner of rule.owners) expect(owner).toMatch(/^@[\w.-]+(\/[\w.-]+)?$|^[^@\s]+@[^@\s]+$/);
    }
  });

  it('says in a comment, and warns on stderr, which units have no owners', async () => {
    const { code, out, err } = await codeowners(['--owners-from', 'units.yaml']);
    expect(code).toBe(0);
    expect(out).toContain('# /reports/so-y-te/ Sở Y tế: chưa khai báo owners trong tệp đơn vị; thư mục này do văn phòng duyệt (dòng *)');
    expect(err).toMatch(/cảnh báo: 33 đơn vị chưa có owners.*so-noi-vu, .*dai-ptth/);
  });

  it('starts with a marker line and says how it was made, without a date, so writing it again changes nothing', async () => {
    const { out } = await codeowners(['--owners-from', 'units.yaml']);
    expect(out.split('\n')[0]).toBe('# tthc codeowners');
    expect(out).toContain('từ units.yaml');
    expect(out).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('--office-owner names the office instead of the owners of vp-ubnd; --reports moves the folders', async () => {
    const rules = parseCodeowners((await codeowners(['--owners-from', 'units.yaml', '--office-owner', '@soc-trang/office', '--reports', './data/reports/'])).out);
    expect(ownersOf(rules, 'plans/x.yaml')).toEqual(['@soc-trang/office']);
    expect(ownersOf(rules, 'data/reports/so-tu-phap/2024-03.yaml')).toEqual(['@soc-trang/so-tu-phap', '@tran-thi-b']);
    expect(ownersOf(rules, 'reports/so-tu-phap/2024-03.yaml')).toEqual(['@soc-trang/office']);
  });

  it('without any owner for the office, warns that the plans are unprotected', async () => {
    const { code, out, err } = await codeowners(['--owners-from', 'units.yaml'], { 'units.yaml': unitsWithOwners({ 'so-tu-phap': '["@x/y"]' }) });
    expect(code).toBe(0);
    expect(parseCodeowners(out).map((r) => r.pattern)).toEqual(['/reports/so-tu-phap/']);
    expect(err).toContain('văn phòng chưa có người duyệt');
  });

  it('reads the owners from the plan\'s own units file by default', async () => {
    const files = bundledPlanFiles('plans/soc-trang-2024/');
    files['plans/soc-trang-2024/units.yaml'] = unitsWithOwners();
    const { code, out } = await codeowners(['--plan', 'plans/soc-trang-2024/plan.yaml'], files);
    expect(code).toBe(0);
    expect(out).toContain('từ plans/soc-trang-2024/units.yaml');
    expect(ownersOf(parseCodeowners(out), 'reports/so-tu-phap/x.yaml')).toEqual(['@soc-trang/so-tu-phap', '@tran-thi-b']);
  });

  it('an owner that is not @user, @org/team or an e-mail is an error at its line and column (exit 2)', async () => {
    const { code, err } = await codeowners(['--owners-from', 'units.yaml'], { 'units.yaml': unitsWithOwners({ 'so-tu-phap': '["so tu phap team"]' }) });
    expect(code).toBe(2);
    expect(err).toMatch(/units\.yaml:14:\d+ .*@tên, @tổ-chức\/nhóm/);
  });

  it('a bad --office-owner, an unknown --office or a --reports outside the repository is a usage error', async () => {
    expect((await codeowners(['--owners-from', 'units.yaml', '--office-owner', 'office team'])).code).toBe(2);
    expect((await codeowners(['--owners-from', 'units.yaml', '--office', 'vp-ubndd'])).code).toBe(2);
    expect((await codeowners(['--owners-from', 'units.yaml', '--reports', '../reports'])).code).toBe(2);
  });
});

describe('tthc codeowners --output', () => {
  it('writes the file, and writes it again over its own earlier output', async () => {
    const { cwd } = await codeowners(['--owners-from', 'units.yaml', '--output', '.github/CODEOWNERS']);
    const first = readFileSync(join(cwd, '.github/CODEOWNERS'), 'utf8');
    expect(first.startsWith('# tthc codeowners\n')).toBe(true);
    const io = fakeIo({ cwd });
    expect(await run(['codeowners', '--owners-from', 'units.yaml', '--office-owner', '@o/t', '--output', '.github/CODEOWNERS'], io)).toBe(0);
    expect(readFileSync(join(cwd, '.github/CODEOWNERS'), 'utf8')).toContain('* @o/t\n');
  });

  it('never replaces a CODEOWNERS someone wrote by hand (exit 1, file unchanged)', async () => {
    const mine = '* @someone\n/docs/ @docs-team\n';
    const cwd = tempDir({ 'units.yaml': unitsWithOwners(), '.github/CODEOWNERS': mine });
    const io = fakeIo({ cwd });
    expect(await run(['codeowners', '--owners-from', 'units.yaml', '--output', '.github/CODEOWNERS'], io)).toBe(1);
    expect(io.err()).toContain('không do tthc tạo');
    expect(readFileSync(join(cwd, '.github/CODEOWNERS'), 'utf8')).toBe(mine);
  });
});
