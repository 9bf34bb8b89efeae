import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanChain, planFilesOf } from '../../src/load/load-plan-chain.js';
import { bundledPlanFiles } from '../support/plan-files.js';
import { tempDir } from '../support/temp-dir.js';

const V2 = 'test/fixtures/soc-trang-2024-v2/plan.v2.yaml';
const options = { lang: 'en' as const, cwd: process.cwd() };
const codes = (loaded: { problems: Array<{ file: string; line: number; column: number; code: string }> }) =>
  loaded.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`);

/** The bundled plan as version 1, and a version 2 made from it by `edit`, in one folder. */
function chainFolder(edit: (v2: string) => string, v1 = (text: string) => text): string {
  const files = bundledPlanFiles();
  const v2 = files['plan.yaml']!.replace('version: 1\n', 'version: 2\namends: 1\n').replace('effective: 2024-01-03', 'effective: 2024-07-15');
  return tempDir({ ...files, 'plan.yaml': v1(files['plan.yaml']!), 'plan.v2.yaml': edit(v2) });
}

describe('finding the versions of a plan', () => {
  it('a folder, or a bundled id, is its plan.yaml then each plan.v<N>.yaml in version order', async () => {
    const dir = tempDir({ 'plan.yaml': '', 'plan.v10.yaml': '', 'plan.v2.yml': '', 'notes.yaml': '' });
    expect(await planFilesOf(dir, process.cwd())).toEqual(['plan.yaml', 'plan.v2.yml', 'plan.v10.yaml'].map((name) => join(dir, name)));
    expect(await planFilesOf('soc-trang-2024', process.cwd())).toEqual([expect.stringMatching(/plans\/soc-trang-2024\/plan\.yaml$/)]);
  });

  it('a file is itself alone', async () => {
    expect(await planFilesOf(V2, process.cwd())).toEqual([join(process.cwd(), V2)]);
  });

  it('loads the bundled plan and the test amendment as one chain: latest version first, the earlier along', async () => {
    const loaded = await loadPlanChain(['soc-trang-2024', V2], options);
    expect(loaded.problems).toEqual([]);
    expect(loaded.bundle?.plan).toMatchObject({ version: 2, amends: 1, effective: '2024-07-15' });
    expect(loaded.bundle?.earlier?.map((p) => p.version)).toEqual([1]);
    expect(loaded.bundle?.units.units.find((u) => u.id === 'h-my-xuyen')).toMatchObject({ valid_to: '2024-08-31' });
    expect(loaded.read).toHaveLength(6);
  });

  it('a plan never amended has no earlier versions', async () => {
    const loaded = await loadPlanChain('soc-trang-2024', options);
    expect(loaded.bundle?.earlier).toBeUndefined();
  });
});

describe('plan lint: the chain of versions', () => {
  it('an amendment loaded without the version it amends', async () => {
    const loaded = await loadPlanChain(V2, options);
    expect(loaded.bundle).toBeUndefined();
    const line = readFileSync(V2, 'utf8').split('\n').indexOf('amends: 1') + 1;
    expect(codes(loaded)).toEqual([`${V2}:${line}:9 bad-amendment`]);
    expect(loaded.problems[0]!.message).toMatch(/Version 2 amends version 1, which is not loaded/);
  });

  it('amends must name the version just before', async () => {
    const dir = chainFolder((v2) => v2.replace('version: 2\namends: 1', 'version: 3\namends: 1'));
    const loaded = await loadPlanChain(dir, options);
    expect(loaded.problems.map((p) => p.message)).toEqual(['Version 3 must amend the version before it: `amends: 2`.']);
  });

  it('a second version must say what it amends; version 1 amends nothing', async () => {
    const missing = await loadPlanChain(chainFolder((v2) => v2.replace('amends: 1\n', '')), options);
    expect(missing.problems.map((p) => p.message)).toEqual(['Version 2 must amend the version before it: `amends: 1`.']);
    const first = await loadPlanChain(chainFolder((v2) => v2, (v1) => v1.replace('version: 1\n', 'version: 1\namends: 1\n')), options);
    expect(first.problems.map((p) => p.message)).toContain('Version 1 is the first and amends nothing: remove `amends`.');
  });

  it('the same id, the same year, a later effective day', async () => {
    const dir = chainFolder((v2) => v2.replace('id: soc-trang-2024', 'id: soc-trang-2025').replace('year: 2024', 'year: 2025').replace('effective: 2024-07-15', 'effective: 2024-01-02'));
    const loaded = await loadPlanChain(dir, options);
    expect(codes(loaded).every((c) => c.endsWith('bad-amendment'))).toBe(true);
    expect(loaded.problems.map((p) => p.message)).toEqual([
      'Plan "soc-trang-2025" is not "soc-trang-2024": every version must have the same plan id.',
      'The year 2025 differs from 2024, the year of version 1: an amendment applies to the same year.',
      'The effective day 2024-01-02 must come after 2024-01-03, the effective day of version 1.',
    ]);
  });

  it('the same version twice', async () => {
    const dir = chainFolder((v2) => v2.replace('version: 2\namends: 1\n', 'version: 1\n'));
    expect((await loadPlanChain(dir, options)).problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Version 1 is loaded twice/)]);
  });

  it('a unit an earlier version assigns must still be in the latest units file', async () => {
    const files = bundledPlanFiles();
    const dir = tempDir({
      ...files,
      'v2/plan.v2.yaml': files['plan.yaml']!.replace('version: 1\n', 'version: 2\namends: 1\n').replace('effective: 2024-01-03', 'effective: 2024-07-15').replace('lead: [bao-soc-trang, dai-ptth]', 'lead: [dai-ptth]'),
      'v2/units.yaml': files['units.yaml']!.replace(/^.*id: bao-soc-trang.*\n/m, ''),
      'v2/calendar-vn.yaml': files['calendar-vn.yaml']!,
    });
    const loaded = await loadPlanChain([join(dir, 'plan.yaml'), join(dir, 'v2/plan.v2.yaml')], { lang: 'en', cwd: dir });
    expect(codes(loaded)).toEqual([expect.stringMatching(/^plan\.yaml:\d+:\d+ bad-amendment$/)]);
    expect(loaded.problems[0]!.message).toMatch(/Version 1 assigns "bao-soc-trang", but the latest version's units file has no such id/);
  });
});

describe('plan lint: targets and unit validity', () => {
  const lint = async (mutate: (files: Record<string, string>) => void) => {
    const files = bundledPlanFiles();
    mutate(files);
    const dir = tempDir(files);
    const loaded = await loadPlanChain(join(dir, 'plan.yaml'), { lang: 'en', cwd: dir });
    return { codes: codes(loaded), messages: loaded.problems.map((p) => p.message) };
  };

  it('a target naming an unknown metric, with the nearest suggested', async () => {
    const { codes: found, messages } = await lint((f) => {
      f['plan.yaml'] = f['plan.yaml']!.replace('left: apology_letters', 'left: apology_letter');
    });
    expect(found).toEqual([expect.stringMatching(/^plan\.yaml:\d+:\d+ bad-target$/)]);
    expect(messages[0]).toMatch(/no metric "apology_letter" — did you mean apology_letters\?/);
  });

  it('a target on a one-off deliverable, which has no periodic report to read', async () => {
    const { messages } = await lint((f) => {
      f['plan.yaml'] = f['plan.yaml']!.replace(
        'due: { before: 2024-09-15, text: "Trước ngày 15/9/2024." }',
        'due: { before: 2024-09-15, text: "Trước ngày 15/9/2024." }\n            targets: [{ metric: procedures_published_rate, op: ">=", value: 100 }]',
      );
    });
    expect(messages).toEqual(['Deliverable IV.2.2 is neither recurring nor ongoing: no periodic report exists to read its targets from.']);
  });

  it('a target that mixes the two forms is read as the nearer one', async () => {
    const { messages } = await lint((f) => {
      f['plan.yaml'] = f['plan.yaml']!.replace('{ metric: procedures_published_rate, op: ">=", value: 100 }', '{ metric: procedures_published_rate, op: ">=", right: 100 }');
    });
    expect(messages).toEqual(['Missing `value`.', 'The key "right" is not part of the tthc/v1 format (typo?).']);
  });

  it('a target in neither form names both', async () => {
    const { codes: found, messages } = await lint((f) => {
      f['plan.yaml'] = f['plan.yaml']!.replace('{ metric: procedures_published_rate, op: ">=", value: 100 }', '{ op: ">=" }');
    });
    expect(found).toEqual([expect.stringMatching(/^plan\.yaml:\d+:\d+ schema$/)]);
    expect(messages[0]).toMatch(/^A target \(`targets`\) has exactly one form/);
  });

  it('a unit that ends before it begins', async () => {
    const { codes: found, messages } = await lint((f) => {
      f['units.yaml'] = f['units.yaml']!.replace('groups: [so-nganh] }', 'groups: [so-nganh], valid_from: 2024-09-01, valid_to: 2024-08-31 }');
    });
    expect(found).toEqual([expect.stringMatching(/^units\.yaml:\d+:\d+ bad-range$/)]);
    expect(messages[0]).toBe('Unit vp-ubnd ends (valid_to 2024-08-31) before it begins (valid_from 2024-09-01).');
  });
});
