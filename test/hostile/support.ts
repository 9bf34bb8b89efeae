import { expect } from 'vitest';
import type { CliRun } from '../support/run-cli.js';
import { reportYaml } from '../support/yaml-reports.js';

export const AS_OF = '2024-07-01';

/** A report that must keep counting whatever lies beside it: so-tu-phap's I.2.1, done in time. */
export const VALID_REPORT = {
  'reports/so-tu-phap/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-26', '  - deliverable: I.2.1\n    status: done\n    done_on: 2024-01-25\n'),
};

/** Where the hostile file of most cases lies; so-y-te is a real unit of the bundled plan. */
export const HOSTILE_FILE = 'reports/so-y-te/2024-02.yaml';

/** A so-y-te report whose line 7 is `progress:` (with `progress`) or `progress: []`, then line 8 on. */
export const soYTe = (progress = '') => reportYaml('so-y-te', '2024-02', '2024-02-20', progress);

export interface JsonOutput {
  problems: Array<{ file: string; line: number; column: number; severity: string; code: string; message: string }>;
  obligations: Array<{ deliverable: string; unit: string; period: string | null; status: string; note: string | null; report: string | null }>;
}

export function statusOf(output: JsonOutput, unit: string, deliverable: string): string | undefined {
  return output.obligations.find((o) => o.unit === unit && o.deliverable === deliverable && o.period === null)?.status;
}

/** Ended by itself (not by the safety timeout or a signal), and no stack trace on either stream. */
export function expectCleanEnd(run: CliRun): void {
  expect(run.signal, `killed: ${run.err.slice(0, 500)}`).toBeNull();
  expect(run.err).not.toContain('\n    at ');
  expect(run.out).not.toContain('\n    at ');
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
