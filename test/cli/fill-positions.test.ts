import { describe, expect, it } from 'vitest';
import { fillPositions } from '../../src/cli/fill-positions.js';
import type { Obligation } from '../../src/core/evaluation.js';
import type { Period } from '../../src/core/period.js';
import type { ReportInput } from '../../src/core/report-input.js';
import type { Locate } from '../../src/model/position.js';
import { day, reportOf } from '../support/builders.js';

const obligation = (unit: string, period: string, report: string | null, entry: number): Obligation => ({
  deliverable: 'I.1.1',
  unit,
  period: period as Period,
  due: day('2024-03-01'),
  status: 'met',
  doneOn: null,
  report,
  pointer: report === null ? null : ['progress', entry],
  position: null,
  daysLate: null,
  daysLeft: null,
  note: null,
});

/** A report whose positions are the entry's index on the report's own line, and which logs what it is asked. */
function loggedReport(file: string, line: number, log: string[]): ReportInput {
  const locate: Locate = (path) => {
    log.push(`${file} ${String(path[1])}`);
    return { line, column: Number(path[1]) + 1 };
  };
  locate.release = () => log.push(`${file} released`);
  return { ...reportOf('dept-a', '2024-03', '2024-03-12', []), file, locate };
}

describe('fillPositions', () => {
  it('asks each report for all its positions at once, lets it go, and keeps the obligations in their order', () => {
    const log: string[] = [];
    const a = loggedReport('reports/a.yaml', 10, log);
    const b = loggedReport('reports/b.yaml', 20, log);
    // In plan order the reports alternate, as a deliverable's obligations run through the units.
    const obligations = [
      obligation('dept-a', '2024-01', 'reports/a.yaml', 0),
      obligation('dept-b', '2024-01', 'reports/b.yaml', 0),
      obligation('dept-a', '2024-02', null, 0),
      obligation('dept-a', '2024-03', 'reports/a.yaml', 2),
      obligation('dept-b', '2024-03', 'reports/b.yaml', 1),
    ];
    const filled = fillPositions(obligations, [a, b]);
    expect(log).toEqual(['reports/a.yaml 0', 'reports/a.yaml 2', 'reports/a.yaml released', 'reports/b.yaml 0', 'reports/b.yaml 1', 'reports/b.yaml released']);
    expect(filled.map((o) => [o.report, o.position])).toEqual([
      ['reports/a.yaml', { line: 10, column: 1 }],
      ['reports/b.yaml', { line: 20, column: 1 }],
      [null, null],
      ['reports/a.yaml', { line: 10, column: 3 }],
      ['reports/b.yaml', { line: 20, column: 2 }],
    ]);
    // The evaluation's own obligations are left as they were.
    expect(obligations.every((o) => o.position === null)).toBe(true);
  });
});
