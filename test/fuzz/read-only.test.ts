import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../support/fake-io.js';
import { bundledPlanFiles } from '../support/plan-files.js';
import { fuzzParameters, workspaceArb } from '../support/report-arbitraries.js';
import { runCli } from '../support/run-cli.js';
import { snapshotTree, writeFiles } from '../support/workspace-files.js';

const AS_OF = '2024-07-01';

/** A workspace as a repository holds it: the reports, a README and a copy of the plan beside them. */
function workspace(files: Array<{ path: string; bytes: Uint8Array }>): { dir: string; out: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-readonly-'));
  const out = mkdtempSync(join(tmpdir(), 'tthc-readonly-out-'));
  const plan = Object.entries(bundledPlanFiles('plan/')).map(([path, text]) => ({ path, bytes: text }));
  // out/ exists beforehand, as a CI job's artefact folder would: what check writes there is its output.
  writeFiles(dir, [...plan, { path: 'README.md', bytes: '# Báo cáo\n' }, { path: 'out/.gitkeep', bytes: '' }, ...files]);
  return { dir, out, done: () => [dir, out].forEach((d) => rmSync(d, { recursive: true, force: true })) };
}

/** Everything but the output folder inside the workspace. */
const outsideOut = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => path !== 'out' && !path.startsWith('out/')));

/** What a unit or a CI job runs on a workspace: each must leave every byte and time as it was. */
const commands = (out: string): string[][] => [
  ['check', '--as-of', AS_OF, '--format', 'json', '--output', 'out/check.json'],
  ['check', '--as-of', AS_OF, '--format', 'markdown', '--output', join(out, 'result.md')],
  // --unit keeps the table short: cli-table3 takes seconds over the whole plan, and it writes to stdout anyway.
  ['check', '--as-of', AS_OF, '--plan', 'plan/plan.yaml', '--unit', 'so-y-te', '--format', 'table', '--format', `junit=${join(out, 'junit.xml')}`, '--format', `csv=${join(out, 'result.csv')}`],
  ['validate', 'reports'],
  ['validate', '--plan', 'plan/plan.yaml', 'reports', 'plan/plan.yaml'],
];

describe('check and validate never change the workspace', () => {
  it('in process: every file, folder and modification time is as it was', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (files) => {
        const { dir, out, done } = workspace(files);
        try {
          const before = outsideOut(snapshotTree(dir));
          for (const argv of commands(out)) {
            const io = fakeIo({ cwd: dir });
            const code = await run(argv, io);
            expect([0, 1], `${argv.join(' ')}: ${io.err()}`).toContain(code);
          }
          expect(outsideOut(snapshotTree(dir))).toEqual(before);
          expect(existsSync(join(dir, 'out/check.json'))).toBe(true);
        } finally {
          done();
        }
      }),
      fuzzParameters(40),
    );
  });

  it('through bin/tthc.js, on one of the same workspaces', async () => {
    const samples = fc.sample(workspaceArb, { numRuns: 1, seed: 7 });
    for (const files of samples) {
      const { dir, out, done } = workspace(files);
      try {
        const before = outsideOut(snapshotTree(dir));
        for (const argv of commands(out)) {
          const result = await runCli(argv, { cwd: dir });
          expect([0, 1], `${argv.join(' ')}: ${result.err}`).toContain(result.status);
        }
        expect(outsideOut(snapshotTree(dir))).toEqual(before);
      } finally {
        done();
      }
    }
  });
});
