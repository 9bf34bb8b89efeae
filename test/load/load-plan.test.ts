import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan, resolvePlanPath } from '../../src/load/load-plan.js';
import { bundledPlanFiles } from '../support/plan-files.js';
import { tempDir } from '../support/temp-dir.js';

const lint = async (mutate: (files: Record<string, string>) => void) => {
  const files = bundledPlanFiles();
  mutate(files);
  const dir = tempDir(files);
  const loaded = await loadPlan(join(dir, 'plan.yaml'), { lang: 'en', cwd: dir });
  return { loaded, problems: loaded.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`), messages: loaded.problems.map((p) => p.message) };
};

describe('loading a plan', () => {
  it('finds the bundled plan by id, with its units and calendar, and no problems', async () => {
    const loaded = await loadPlan('soc-trang-2024', { lang: 'en', cwd: process.cwd() });
    expect(loaded.problems).toEqual([]);
    expect(loaded.bundle?.plan).toMatchObject({ id: 'soc-trang-2024', version: 1, year: 2024 });
    expect(loaded.bundle?.units.units.length).toBeGreaterThan(30);
    expect(loaded.files.units).toBe('plans/soc-trang-2024/units.yaml');
  });

  it('takes a path when the argument is a file', () => {
    expect(resolvePlanPath('./my/plan.yaml', '/w')).toBe('/w/my/plan.yaml');
    expect(resolvePlanPath('soc-trang-2024', '/w')).toMatch(/plans\/soc-trang-2024\/plan\.yaml$/);
  });

  it('names the file and position of a units file that is broken', async () => {
    const { loaded, problems } = await lint((f) => {
      f['units.yaml'] = f['units.yaml']!.replace('kind: Units', 'kind: Unit');
    });
    expect(loaded.bundle).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(/^units\.yaml:\d+:7 unknown-kind$/)]);
  });
});

describe('plan lint rules', () => {
  it('the bundled plan is clean', async () => {
    expect((await lint(() => {})).problems).toEqual([]);
  });

  it('flags a deliverable id used twice', async () => {
    const { problems, messages } = await lint((f) => {
      f['plan.yaml'] = f['plan.yaml']!.replace('id: I.2.2', 'id: I.2.1');
    });
    expect(problems.some((p) => /^plan\.yaml:\d+:\d+ duplicate-id$/.test(p))).toBe(true);
    expect(messages).toContain('The id "I.2.1" is used twice.');
  });

  it('flags ids that break <section>.<task>.<n> numbering', async () => {
    const { problems, messages } = await lint((f) => {
      f['plan.yaml'] = f['plan.yaml']!.replace('id: IV.2.2', 'id: IV.2.3');
    });
    expect(problems).toEqual([expect.stringMatching(/^plan\.yaml:\d+:\d+ id-structure$/)]);
    expect(messages[0]).toMatch(/IV\.2\.3 must be IV\.2\.2/);
  });

  it('flags a lead that names no unit or group, suggesting the nearest', async () => {
    const { problems, messages } = await lint((f) => {
      f['plan.yaml'] = f['plan.yaml']!.replace(/lead: \[so-tu-phap\]/, 'lead: [so-tu-phapp]');
    });
    expect(problems).toEqual([expect.stringMatching(/^plan\.yaml:\d+:\d+ unknown-unit$/)]);
    expect(messages[0]).toMatch(/did you mean so-tu-phap\?/);
  });

  it('flags a unit in a group that does not exist', async () => {
    const { problems } = await lint((f) => {
      f['units.yaml'] = f['units.yaml']!.replace('groups: [so-nganh]', 'groups: [so-ngnah]');
    });
    expect(problems).toEqual([expect.stringMatching(/^units\.yaml:\d+:\d+ unknown-group$/)]);
  });

  it('flags a day-off range that ends before it starts', async () => {
    const { problems } = await lint((f) => {
      f['calendar-vn.yaml'] = f['calendar-vn.yaml']!.replace('to: 2024-02-14', 'to: 2024-02-01');
    });
    expect(problems).toEqual([expect.stringMatching(/^calendar-vn\.yaml:\d+:\d+ bad-range$/)]);
  });
});
