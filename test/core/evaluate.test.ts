import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import type { Obligation } from '../../src/core/evaluation.js';
import type { Day } from '../../src/core/day.js';
import { bundleOf, day, done, inProgress, notApplicable, reportOf } from '../support/builders.js';

const text = 'x';
// One-off, due Tuesday 30/01/2024 ("trước ngày 31/01/2024").
const planKh = bundleOf([{ id: 'I.1.1', due: { before: day('2024-01-31'), text } }]);
const only = (obligations: Obligation[], unit = 'dept-a') => obligations.filter((o) => o.unit === unit);

describe('status of a one-off deliverable', () => {
  const statusOn = (asOf: string, reports = [reportOf('dept-a', '2024-01', '2024-01-29', [])]) =>
    only(evaluate(planKh, reports, { asOf: day(asOf) }).obligations)[0]!;

  it('is met when done on or before the due day', () => {
    const o = statusOn('2024-03-01', [reportOf('dept-a', '2024-01', '2024-01-30', [done('I.1.1', '2024-01-30')])]);
    expect(o).toMatchObject({ status: 'met', due: '2024-01-30', doneOn: '2024-01-30', report: 'reports/dept-a/2024-01.yaml', daysLate: null });
  });

  it('is late when done one day after the due day', () => {
    const o = statusOn('2024-03-01', [reportOf('dept-a', '2024-02', '2024-02-20', [done('I.1.1', '2024-01-31')])]);
    expect(o).toMatchObject({ status: 'late', daysLate: 1, doneOn: '2024-01-31' });
  });

  it('is missed when not done and the as-of day is after the due day', () => {
    expect(statusOn('2024-01-31')).toMatchObject({ status: 'missed', daysLate: 1, doneOn: null });
  });

  it('is due soon on the due day itself and up to 7 days before it', () => {
    expect(statusOn('2024-01-30')).toMatchObject({ status: 'due_soon', daysLeft: 0 });
    expect(statusOn('2024-01-23')).toMatchObject({ status: 'due_soon', daysLeft: 7 });
  });

  it('is open when due more than 7 days later', () => {
    expect(statusOn('2024-01-22')).toMatchObject({ status: 'open', daysLeft: 8 });
  });

  it('honours a longer due-soon window', () => {
    expect(only(evaluate(planKh, [], { asOf: day('2024-01-15'), dueSoonDays: 15 }).obligations)[0]!.status).toBe('due_soon');
  });

  it('is exempt when the unit says not_applicable with a note', () => {
    const o = statusOn('2024-03-01', [reportOf('dept-a', '2024-01', '2024-01-29', [notApplicable('I.1.1', 'Đơn vị không có TTHC thuộc phạm vi')])]);
    expect(o).toMatchObject({ status: 'exempt', note: 'Đơn vị không có TTHC thuộc phạm vi' });
  });

  it('counts the earliest done_on among all of the unit’s reports', () => {
    const o = statusOn('2024-03-01', [
      reportOf('dept-a', '2024-02', '2024-02-20', [done('I.1.1', '2024-02-10')]),
      reportOf('dept-a', '2024-01', '2024-01-29', [done('I.1.1', '2024-01-25')]),
    ]);
    expect(o).toMatchObject({ status: 'met', doneOn: '2024-01-25', report: 'reports/dept-a/2024-01.yaml' });
  });

  it('does not count in-progress entries, but points at the unit’s latest word on it', () => {
    const o = statusOn('2024-03-01', [reportOf('dept-a', '2024-01', '2024-01-29', [inProgress('I.1.1')])]);
    expect(o).toMatchObject({ status: 'missed', doneOn: null, report: 'reports/dept-a/2024-01.yaml' });
  });

  it('ignores another unit’s work', () => {
    expect(statusOn('2024-03-01', [reportOf('dept-b', '2024-01', '2024-01-29', [done('I.1.1', '2024-01-25')])]).status).toBe('missed');
  });
});

describe('as-of time travel', () => {
  const reports = [reportOf('dept-a', '2024-02', '2024-02-20', [done('I.1.1', '2024-02-05')])];

  it('does not count a report submitted after the as-of day', () => {
    expect(only(evaluate(planKh, reports, { asOf: day('2024-02-19') }).obligations)[0]!.status).toBe('missed');
    expect(only(evaluate(planKh, reports, { asOf: day('2024-02-20') }).obligations)[0]!.status).toBe('late');
  });

  it('does not count a done_on after the as-of day, even in a counted report', () => {
    const early = [reportOf('dept-a', '2024-01', '2024-01-10', [done('I.1.1', '2024-01-25')])];
    expect(only(evaluate(planKh, early, { asOf: day('2024-01-24') }).obligations)[0]!.status).toBe('due_soon');
  });
});

describe('who owes what', () => {
  it('expands lead groups, rolls reported_by groups up, and owes each unit once', () => {
    const bundle = bundleOf([{ id: 'I.1.1', lead: ['depts', 'dept-a', 'communes'], support: ['lone'], due: { by: day('2024-03-13'), text } }]);
    const units = evaluate(bundle, [], { asOf: day('2024-01-10') }).obligations.map((o) => o.unit);
    expect(units).toEqual(['dept-a', 'dept-b', 'district-x']);
  });

  it('a unit the plan names as support does not owe what its lead group owes', () => {
    // "Các sở chủ trì, phối hợp với Sở B": Sở B is a department, but here it only supports.
    const bundle = bundleOf([{ id: 'I.1.1', lead: ['depts'], support: ['dept-b'], due: { by: day('2024-03-13'), text } }]);
    expect(evaluate(bundle, [], { asOf: day('2024-01-10') }).obligations.map((o) => o.unit)).toEqual(['dept-a']);
  });

  it('a unit named as lead itself owes, even when a support group contains it', () => {
    const bundle = bundleOf([{ id: 'I.1.1', lead: ['dept-a'], support: ['depts'], due: { by: day('2024-03-13'), text } }]);
    expect(evaluate(bundle, [], { asOf: day('2024-01-10') }).obligations.map((o) => o.unit)).toEqual(['dept-a']);
  });

  it('support units owe nothing', () => {
    const bundle = bundleOf([{ id: 'I.1.1', lead: ['dept-a'], support: ['dept-b', 'districts'], due: { by: day('2024-03-13'), text } }]);
    expect(evaluate(bundle, [], { asOf: day('2024-01-10') }).obligations.map((o) => o.unit)).toEqual(['dept-a']);
  });
});

describe('recurring deliverables', () => {
  const monthly = bundleOf([{ id: 'I.1.1', report: true, due: { every: 'month', before_day: 22, text } }]);

  it('owes one obligation per month of the plan year', () => {
    const all = evaluate(monthly, [], { asOf: day('2024-01-10') }).obligations.filter((o) => o.unit === 'dept-a');
    expect(all.map((o) => o.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`));
  });

  it('a periodic report is met by the unit’s report file for the period, judged by its submitted day', () => {
    const reports = [reportOf('dept-a', '2024-03', '2024-03-21'), reportOf('dept-a', '2024-04', '2024-04-23')];
    const all = only(evaluate(monthly, reports, { asOf: day('2024-05-01') }).obligations);
    expect(all.find((o) => o.period === '2024-03')).toMatchObject({ status: 'met', doneOn: '2024-03-21', report: 'reports/dept-a/2024-03.yaml' });
    // Due Monday 22/04 (21/04 is a Sunday): filed on the 23rd is one day late.
    expect(all.find((o) => o.period === '2024-04')).toMatchObject({ status: 'late', daysLate: 1 });
    expect(all.find((o) => o.period === '2024-02')).toMatchObject({ status: 'missed', report: null });
  });

  it('a yearly report also meets the quarterly report for Q4', () => {
    const quarterly = bundleOf([{ id: 'I.1.1', report: true, due: { every: 'quarter', before_day: 19, text } }]);
    const all = only(evaluate(quarterly, [reportOf('dept-a', '2024', '2024-12-16')], { asOf: day('2024-12-31') }).obligations);
    expect(all.find((o) => o.period === '2024-Q4')).toMatchObject({ status: 'met', report: 'reports/dept-a/2024.yaml' });
    expect(all.find((o) => o.period === '2024-Q3')!.status).toBe('missed');
  });

  it('a recurring deliverable that is not a report is met by a done entry in that period’s report', () => {
    const bundle = bundleOf([{ id: 'I.1.1', due: { every: 'month', text } }]);
    const reports = [reportOf('dept-a', '2024-03', '2024-04-05', [done('I.1.1', '2024-03-28')]), reportOf('dept-a', '2024-02', '2024-03-05', [inProgress('I.1.1')])];
    const all = only(evaluate(bundle, reports, { asOf: day('2024-04-10') }).obligations);
    expect(all.find((o) => o.period === '2024-03')).toMatchObject({ status: 'met', doneOn: '2024-03-28' });
    expect(all.find((o) => o.period === '2024-02')!.status).toBe('missed');
  });
});

describe('ongoing deliverables are read from the latest quarterly report that was due', () => {
  const bundle = bundleOf([
    { id: 'I.1.1', lead: ['dept-a', 'dept-b', 'district-x'], due: { ongoing: true, text } },
    { id: 'I.1.2', report: true, due: { every: 'quarter', before_day: 19, text } },
  ]);
  const ongoing = (reports: ReturnType<typeof reportOf>[], asOf: string) =>
    evaluate(bundle, reports, { asOf: day(asOf) }).obligations.filter((o) => o.deliverable === 'I.1.1');

  it('is reported when the Q2 report lists it, unreported when absent, exempt when not applicable', () => {
    const reports = [
      reportOf('dept-a', '2024-Q2', '2024-06-17', [inProgress('I.1.1')]),
      reportOf('dept-b', '2024-Q2', '2024-06-17', []),
      reportOf('district-x', '2024-Q2', '2024-06-17', [notApplicable('I.1.1', 'Không phát sinh')]),
    ];
    const [a, b, x] = ongoing(reports, '2024-07-01');
    expect(a).toMatchObject({ status: 'reported', period: '2024-Q2', due: null, doneOn: '2024-06-17' });
    expect(b).toMatchObject({ status: 'unreported', period: '2024-Q2', report: 'reports/dept-b/2024-Q2.yaml' });
    expect(x).toMatchObject({ status: 'exempt', note: 'Không phát sinh' });
  });

  it('reads Q1 until the Q2 report falls due, then Q2', () => {
    const reports = [reportOf('dept-a', '2024-Q1', '2024-03-15', [inProgress('I.1.1')])];
    expect(ongoing(reports, '2024-06-18')[0]).toMatchObject({ status: 'reported', period: '2024-Q1' });
    expect(ongoing(reports, '2024-06-19')[0]).toMatchObject({ status: 'unreported', period: '2024-Q2', report: null });
  });

  it('is open with no period before any quarterly report was due', () => {
    expect(ongoing([], '2024-02-01')[0]).toMatchObject({ status: 'open', period: null, due: null });
  });
});

describe('event-driven deliverables', () => {
  it('are on_request whatever the day', () => {
    const bundle = bundleOf([{ id: 'I.1.1', due: { on_request: 'Theo Thư mời', text } }]);
    expect(evaluate(bundle, [], { asOf: day('2024-12-31') }).obligations[0]).toMatchObject({ status: 'on_request', due: null });
  });
});

describe('the summary', () => {
  it('counts every obligation under exactly one status', () => {
    const result = evaluate(planKh, [reportOf('dept-a', '2024-01', '2024-01-29', [done('I.1.1', '2024-01-25')])], { asOf: day('2024-03-01') });
    expect(result.summary).toEqual({ met: 1, late: 0, missed: 0, due_soon: 0, open: 0, reported: 0, unreported: 0, exempt: 0, on_request: 0, target_missed: 0 });
    expect(result.asOf).toBe('2024-03-01' as Day);
  });
});

describe('reports the rules reject do not count', () => {
  it('a report filed in another unit’s folder is a problem and counts for no one', () => {
    const forged = reportOf('dept-a', '2024-01', '2024-01-29', [done('I.1.1', '2024-01-25')], { folder: 'dept-b', file: 'reports/dept-b/2024-01.yaml' });
    const result = evaluate(planKh, [forged], { asOf: day('2024-03-01'), lang: 'en' });
    expect(result.obligations[0]!.status).toBe('missed');
    expect(result.problems).toMatchObject([{ code: 'unit-mismatch', severity: 'error', file: 'reports/dept-b/2024-01.yaml' }]);
  });
});

describe('a deliverable listed twice in one report', () => {
  it('is read from its first entry, for one-off and ongoing deliverables alike', () => {
    const twice = [reportOf('dept-a', '2024-01', '2024-01-29', [inProgress('I.1.1'), done('I.1.1', '2024-01-25')])];
    expect(only(evaluate(planKh, twice, { asOf: day('2024-03-01') }).obligations)[0]!.status).toBe('missed');
  });
});
