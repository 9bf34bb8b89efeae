import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { diffPlans } from '../../src/core/plan-diff.js';
import { planDiffTable } from '../../src/format/plan-diff-table.js';
import type { PlanDiffJsonV1 } from '../../src/format/plan-diff-json.js';
import { bundledPlan } from '../support/bundled.js';
import { fakeIo } from '../support/fake-io.js';

const V2 = 'test/fixtures/soc-trang-2024-v2/plan.v2.yaml';
const BOTH = ['--plan', 'soc-trang-2024', '--plan', V2];

async function diff(args: string[]) {
  const io = fakeIo();
  const code = await run(['plan', 'diff', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** Markdown table rows under a `### heading`, as arrays of cells (escapes left as written). */
function tableUnder(markdown: string, heading: string): string[][] {
  const section = markdown.split('\n### ').find((part) => part.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('tthc plan diff', () => {
  it('lists added, removed and changed deliverables as JSON, found by <id>@<version> among the --plan versions', async () => {
    const { code, out } = await diff(['soc-trang-2024@1', 'soc-trang-2024@2', ...BOTH, '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as PlanDiffJsonV1;
    expect(json).toMatchObject({
      formatVersion: 1,
      from: { id: 'soc-trang-2024', version: 1, effective: '2024-01-03' },
      to: { id: 'soc-trang-2024', version: 2, effective: '2024-07-15' },
    });
    expect(json.added).toMatchObject([{ id: 'I.1.2', section: 'I', task: 'I.1', lead: ['ubnd-huyen'], support: ['vp-ubnd'], due: { by: '2024-09-30' }, targets: null }]);
    expect(json.removed.map((d) => d.id)).toEqual(['X.3.1']);
    expect(json.changed.map((c) => `${c.id} ${c.changes.map((x) => x.field).join(',')}`)).toEqual(['I.1.1 text', 'IV.2.2 due', 'VIII.7.1 lead', 'XI.1.2 due']);
    expect(json.changed.find((c) => c.id === 'IV.2.2')!.changes[0]).toEqual({
      field: 'due',
      before: { before: '2024-09-15', text: 'Trước ngày 15/9/2024.' },
      after: { before: '2024-10-15', text: 'Trước ngày 15/10/2024.' },
    });
  });

  it('takes two plan files as well, and writes Markdown tables for a pull request', async () => {
    const { code, out } = await diff(['plans/soc-trang-2024/plan.yaml', V2, '--format', 'markdown', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toMatch(/^## Comparing soc-trang-2024@1 → soc-trang-2024@2 \(the newer version is in force from 15\/07\/2024\)\n/);
    expect(out).toContain('Deliverables: 1 added, 1 removed, 4 changed.');
    expect(tableUnder(out, 'Added').map((cells) => cells.slice(0, 1).concat(cells.slice(2)))).toEqual([
      ['I.1.2', 'ubnd-huyen', 'vp-ubnd', 'by: 2024-09-30 “Chậm nhất ngày 30/9/2024.”', '—'],
    ]);
    expect(tableUnder(out, 'Removed').map((cells) => cells[0])).toEqual(['X.3.1']);
    expect(tableUnder(out, 'Changed')).toContainEqual(['VIII.7.1', 'Lead', 'so-nganh', 'so-nganh, ubnd-huyen']);
    expect(tableUnder(out, 'Changed').find((cells) => cells[0] === 'XI.1.2')![2]).toMatch(/^every: month, before\\_day: 22 /);
  });

  it('says so when nothing differs', async () => {
    expect((await diff(['soc-trang-2024@1', 'plans/soc-trang-2024/plan.yaml', '--lang', 'en'])).out).toContain('Both versions have the same deliverables, and none changed.');
  });

  it('a changed target is a change; the same units listed in another order is not', async () => {
    const plan = (await bundledPlan()).plan;
    const edited = structuredClone(plan);
    const [apology, online] = ['VIII.9.1', 'VIII.4.1'].map((id) => edited.sections.flatMap((s) => s.tasks).flatMap((t) => t.deliverables).find((d) => d.id === id)!);
    apology!.targets = [{ left: 'apology_letters', op: '=', right: 'dossiers_resolved_late' }];
    online!.lead = [...online!.lead].reverse();
    const result = diffPlans(plan, edited);
    expect(result.changed.map((c) => `${c.id} ${c.fields.join(',')}`)).toEqual(['VIII.9.1 targets']);
    expect(planDiffTable(result, { lang: 'en', color: false, width: 120 })).toMatch(/Targets\s+│ apology_letters >=\s+│ apology_letters =\s+│/);
  });

  it('a version not loaded is a usage error that names those loaded', async () => {
    const { code, err } = await diff(['soc-trang-2024@1', 'soc-trang-2024@2', '--lang', 'en']);
    expect(code).toBe(2);
    expect(err).toContain('no soc-trang-2024@2 among the plans loaded (soc-trang-2024@1); load that version with --plan');
  });
});
