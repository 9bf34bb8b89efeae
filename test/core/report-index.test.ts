import { describe, expect, it } from 'vitest';
import { indexReports } from '../../src/core/report-index.js';
import { day, done, inProgress, reportOf } from '../support/builders.js';

describe('the report index', () => {
  it('lists a unit’s entries earliest submitted first, then by file, whatever order the reports came in', () => {
    const reports = [
      reportOf('dept-a', '2024-03', '2024-03-20', [inProgress('I.1.1')]),
      reportOf('dept-a', '2024-01', '2024-02-05', [inProgress('I.1.1')], { file: 'reports/dept-a/z-late-january.yaml' }),
      reportOf('dept-a', '2024-02', '2024-02-05', [done('I.1.1', '2024-02-01')], { file: 'reports/dept-a/a-february.yaml' }),
      reportOf('dept-b', '2024-01', '2024-01-10', [inProgress('I.1.1')]),
      reportOf('dept-a', '2024-Q1', '2024-01-15', [inProgress('I.1.1')], { file: 'reports/dept-a/q1-early.yaml' }),
    ];
    const index = indexReports(reports, day('2024-12-31'));
    expect(index.entries('dept-a', 'I.1.1').map((hit) => hit.report.file)).toEqual([
      'reports/dept-a/q1-early.yaml',
      'reports/dept-a/a-february.yaml',
      'reports/dept-a/z-late-january.yaml',
      'reports/dept-a/2024-03.yaml',
    ]);
    expect(index.entries('dept-b', 'I.1.1').map((hit) => hit.report.file)).toEqual(['reports/dept-b/2024-01.yaml']);
  });

  it('leaves out what was submitted after the as-of day', () => {
    const reports = [reportOf('dept-a', '2024-01', '2024-01-20', [inProgress('I.1.1')]), reportOf('dept-a', '2024-02', '2024-02-20', [inProgress('I.1.1')])];
    expect(indexReports(reports, day('2024-02-01')).entries('dept-a', 'I.1.1').map((hit) => hit.report.data.period)).toEqual(['2024-01']);
  });

  it('finds the entries of every deliverable in a plan of hundreds, met in any order', () => {
    // 300 deliverables: more than the index's first rows hold, so they widen while reports are read.
    const ids = Array.from({ length: 300 }, (_, i) => `I.${i + 1}.1`);
    const reports = [
      reportOf('dept-a', '2024-01', '2024-01-20', ids.slice(0, 150).map((id) => inProgress(id))),
      reportOf('dept-a', '2024-02', '2024-02-20', ids.slice(100).map((id) => done(id, '2024-02-10'))),
      reportOf('dept-b', '2024-01', '2024-01-25', [inProgress(ids[299]!), inProgress(ids[0]!)]),
    ];
    const index = indexReports(reports, day('2024-12-31'));
    const periods = (unit: string, id: string) => index.entries(unit, id).map((hit) => hit.report.data.period);
    expect(periods('dept-a', ids[0]!)).toEqual(['2024-01']);
    expect(periods('dept-a', ids[120]!)).toEqual(['2024-01', '2024-02']);
    expect(periods('dept-a', ids[299]!)).toEqual(['2024-02']);
    expect(periods('dept-b', ids[299]!)).toEqual(['2024-01']);
    expect(periods('dept-b', ids[150]!)).toEqual([]);
    expect(index.entries('dept-a', 'IX.1.1')).toEqual([]);
  });
});
