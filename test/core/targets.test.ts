import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import type { ReportInput } from '../../src/core/report-input.js';
import { metricValue } from '../../src/core/targets.js';
import type { Target } from '../../src/model/target.js';
import { bundleOf, day, done, inProgress, notApplicable, reportOf } from '../support/builders.js';

const text = 'x';

/** An ongoing deliverable with targets, read from dept-a's quarterly report. */
const ongoingWith = (targets: Target[]) =>
  bundleOf([
    { id: 'I.1.1', due: { ongoing: true, text }, targets },
    { id: 'I.1.2', report: true, due: { every: 'quarter', before_day: 19, text } },
  ]);

const withMetrics = (report: ReportInput, metrics: Record<string, number>): ReportInput => ({ ...report, data: { ...report.data, metrics } });

/** dept-a's I.1.1 as of 01/07/2024, from its Q2 report with these metrics. */
function judge(targets: Target[], metrics: Record<string, number>, entry = inProgress('I.1.1')) {
  const report = withMetrics(reportOf('dept-a', '2024-Q2', '2024-06-17', [entry]), metrics);
  return evaluate(ongoingWith(targets), [report], { asOf: day('2024-07-01') }).obligations.find((o) => o.deliverable === 'I.1.1')!;
}

const allPublished: Target = { metric: 'procedures_published_rate', op: '>=', value: 100 };
const apologies: Target = { left: 'apology_letters', op: '>=', right: 'dossiers_resolved_late' };

describe('a target of a metric against a number ("100% TTHC được niêm yết")', () => {
  it('reached: the ongoing deliverable stays reported, with the check on record', () => {
    const o = judge([allPublished], { procedures_published_rate: 100 });
    expect(o.status).toBe('reported');
    expect(o.targets).toEqual([{ left: { metric: 'procedures_published_rate', value: 100 }, op: '>=', right: { metric: null, value: 100 }, result: 'met' }]);
  });

  it('not reached: target_missed, pointing at the metric in the report', () => {
    const o = judge([allPublished], { procedures_published_rate: 98.5 });
    expect(o).toMatchObject({ status: 'target_missed', report: 'reports/dept-a/2024-Q2.yaml', pointer: ['metrics', 'procedures_published_rate'] });
    expect(o.targets![0]).toMatchObject({ left: { value: 98.5 }, result: 'missed' });
  });
});

describe('a target comparing two metrics ("xin lỗi khi trễ hạn")', () => {
  it('reached when every late dossier has its apology letter', () => {
    expect(judge([apologies], { apology_letters: 27, dossiers_resolved_late: 27 }).status).toBe('reported');
  });

  it('missed when letters are fewer than late dossiers', () => {
    const o = judge([apologies], { apology_letters: 25, dossiers_resolved_late: 27 });
    expect(o.status).toBe('target_missed');
    expect(o.targets![0]).toEqual({ left: { metric: 'apology_letters', value: 25 }, op: '>=', right: { metric: 'dossiers_resolved_late', value: 27 }, result: 'missed' });
  });
});

describe('what a target reads', () => {
  it('a metric the report does not give is no_data, and the target is missed', () => {
    const o = judge([apologies], { dossiers_resolved_late: 3 });
    expect(o).toMatchObject({ status: 'target_missed', pointer: ['metrics'] });
    expect(o.targets![0]).toMatchObject({ left: { value: null }, result: 'no_data' });
  });

  it('every target must be reached', () => {
    const o = judge([allPublished, apologies], { procedures_published_rate: 100, apology_letters: 1, dossiers_resolved_late: 2 });
    expect(o.status).toBe('target_missed');
    expect(o.targets!.map((t) => t.result)).toEqual(['met', 'missed']);
  });

  it('the online rate is derived from the two counts when the report does not state it', () => {
    expect(metricValue({ dossiers_received_online: 2957, dossiers_received: 4571 }, 'dossiers_online_rate')).toBe(64.69);
    expect(metricValue({ dossiers_online_rate: 58.6, dossiers_received_online: 1, dossiers_received: 4 }, 'dossiers_online_rate')).toBe(58.6);
    expect(metricValue({ dossiers_received_online: 0, dossiers_received: 0 }, 'dossiers_online_rate')).toBeNull();
    const rising: Target = { left: 'dossiers_online_rate', op: '>', right: 'dossiers_online_rate_previous_year' };
    expect(judge([rising], { dossiers_received_online: 2957, dossiers_received: 4571, dossiers_online_rate_previous_year: 58.1 }).status).toBe('reported');
    expect(judge([rising], { dossiers_received_online: 2957, dossiers_received: 4571, dossiers_online_rate_previous_year: 66 }).status).toBe('target_missed');
  });

  it('an unreported or exempt deliverable keeps its status, and nothing is checked', () => {
    const unreported = judge([allPublished], { procedures_published_rate: 50 }, inProgress('I.1.2'));
    expect(unreported).toMatchObject({ status: 'unreported' });
    expect(unreported.targets).toBeUndefined();
    expect(judge([allPublished], {}, notApplicable('I.1.1', 'Không có TTHC')).status).toBe('exempt');
  });

  it('a recurring deliverable reads the report of its own period: met becomes target_missed, late stays late', () => {
    const bundle = bundleOf([{ id: 'I.1.1', report: true, due: { every: 'month', before_day: 22, text }, targets: [apologies] }]);
    const reports = [
      withMetrics(reportOf('dept-a', '2024-03', '2024-03-21'), { apology_letters: 1, dossiers_resolved_late: 2 }),
      withMetrics(reportOf('dept-a', '2024-04', '2024-04-23'), { apology_letters: 1, dossiers_resolved_late: 2 }),
      withMetrics(reportOf('dept-a', '2024-05', '2024-05-20', [done('I.1.1', '2024-05-20')]), { apology_letters: 2, dossiers_resolved_late: 2 }),
    ];
    const months = evaluate(bundle, reports, { asOf: day('2024-06-01') }).obligations.filter((o) => o.unit === 'dept-a');
    expect(months.find((o) => o.period === '2024-03')).toMatchObject({ status: 'target_missed', doneOn: '2024-03-21' });
    expect(months.find((o) => o.period === '2024-04')).toMatchObject({ status: 'late', targets: [{ result: 'missed' }] });
    expect(months.find((o) => o.period === '2024-05')).toMatchObject({ status: 'met', targets: [{ result: 'met' }] });
  });
});
