import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Day } from '../../src/core/day.js';
import { evaluate } from '../../src/core/evaluate.js';
import type { ReportInput } from '../../src/core/report-input.js';
import { toJsonOutput } from '../../src/format/json-output.js';
import { loadReports } from '../../src/load/load-reports.js';
import type { PlanBundle } from '../../src/model/bundle.js';
import { type Problem, compareProblems } from '../../src/model/problem.js';
import { bundledPlan } from '../support/bundled.js';
import { fakeIo } from '../support/fake-io.js';
import { NAMED_DELIVERABLES, type WorkspaceFile, fuzzParameters, workspaceArb } from '../support/report-arbitraries.js';
import { writeFiles } from '../support/workspace-files.js';

const AS_OF = '2024-07-01' as Day;

/** Problems in the order check prints them: by file, line and column (a stable sort). */
const byPlace = (problems: Problem[]) => [...problems].sort(compareProblems);

/** The files written in one order, the loaded reports handed over in another (a permutation by keys). */
const reorderedArb = workspaceArb.chain((files) =>
  fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }), fc.array(fc.nat(), { minLength: 16, maxLength: 16 })),
);

function permuted<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((item, i) => ({ item, key: keys[i % keys.length]!, i })).sort((a, b) => a.key - b.key || b.i - a.i).map((x) => x.item);
}

async function inWorkspaces<T>(count: number, body: (dirs: string[]) => Promise<T>): Promise<T> {
  const dirs = Array.from({ length: count }, () => mkdtempSync(join(tmpdir(), 'tthc-order-')));
  try {
    return await body(dirs);
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The bundled plan cut down to the deliverables generated reports name: the same units, calendar
 * and deadline forms, a tenth of the obligations to evaluate on every run.
 */
async function planOfNamedDeliverables(): Promise<PlanBundle> {
  const bundle = await bundledPlan();
  const sections = bundle.plan.sections
    .map((section) => ({
      ...section,
      tasks: section.tasks.map((task) => ({ ...task, deliverables: task.deliverables.filter((d) => NAMED_DELIVERABLES.includes(d.id)) })).filter((task) => task.deliverables.length > 0),
    }))
    .filter((section) => section.tasks.length > 0);
  return { ...bundle, plan: { ...bundle.plan, sections } };
}

describe('results do not depend on the order files are listed', () => {
  it('loadReports + evaluate on a copy written in another order, reports handed over shuffled: the same JSON', async () => {
    const bundle = await planOfNamedDeliverables();
    const result = async (dir: string, files: WorkspaceFile[], order: (r: ReportInput[]) => ReportInput[]) => {
      writeFiles(dir, files);
      const loaded = await loadReports(join(dir, 'reports'), { lang: 'en', cwd: dir });
      const evaluation = evaluate(bundle, order(loaded.reports), { asOf: AS_OF, lang: 'en' });
      return JSON.stringify(toJsonOutput({ ...evaluation, problems: byPlace([...loaded.problems, ...evaluation.problems]) }));
    };
    await fc.assert(
      fc.asyncProperty(reorderedArb, ([files, shuffled, keys]) =>
        inWorkspaces(2, async ([a, b]) => {
          const first = await result(a!, files, (r) => r);
          const second = await result(b!, shuffled, (r) => permuted(r, keys));
          expect(second).toBe(first);
        }),
      ),
      fuzzParameters(120),
    );
  });

  it('validate prints the same whatever order the files are named in', async () => {
    await fc.assert(
      fc.asyncProperty(reorderedArb, ([files, , keys]) =>
        inWorkspaces(1, async ([dir]) => {
          writeFiles(dir!, files);
          const validate = async (paths: string[]) => {
            const io = fakeIo({ cwd: dir! });
            const code = await run(['validate', '--lang', 'en', ...paths], io);
            return `${code}\n${io.out()}${io.err()}`;
          };
          const paths = files.map((f) => f.path);
          expect(await validate(permuted(paths, keys))).toBe(await validate(paths));
        }),
      ),
      fuzzParameters(100),
    );
  });
});
