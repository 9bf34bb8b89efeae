import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import type { Obligation } from '../../src/core/evaluation.js';
import type { PlanBundle } from '../../src/model/bundle.js';
import { bundleOf, day, done, reportOf } from '../support/builders.js';

const text = 'x';

// Version 1 (from 03/01/2024) and version 2, in force from Monday 15/07/2024.
const v1 = bundleOf([
  { id: 'I.1.1', report: true, due: { every: 'month', before_day: 22, text } },
  { id: 'I.1.2', due: { before: day('2024-09-15'), text } },
  { id: 'I.1.3', due: { within: '2024' as never, text } },
  { id: 'I.1.4', due: { before: day('2024-03-01'), text } },
  { id: 'I.1.5', due: { by: day('2024-08-01'), text } },
]);
const v2 = bundleOf(
  [
    { id: 'I.1.1', report: true, due: { every: 'month', before_day: 20, text } },
    { id: 'I.1.2', due: { before: day('2024-10-15'), text } },
    // I.1.3 and I.1.4 removed; I.1.5 brought forward; I.1.6 and I.1.7 added.
    { id: 'I.1.5', due: { by: day('2024-06-28'), text } },
    { id: 'I.1.6', due: { by: day('2024-09-30'), text } },
    { id: 'I.1.7', due: { by: day('2024-05-02'), text } },
  ],
  { version: 2, amends: 1, effective: day('2024-07-15') },
);
const amended: PlanBundle = { ...v2, earlier: [v1.plan] };

const owedBy = (obligations: Obligation[], unit = 'dept-a') => obligations.filter((o) => o.unit === unit);
const find = (obligations: Obligation[], deliverable: string, period: string | null = null) =>
  owedBy(obligations).find((o) => o.deliverable === deliverable && o.period === period);

describe('an amended plan: each obligation follows the version in force on its due day', () => {
  const { obligations, plan } = evaluate(amended, [], { asOf: day('2024-07-15') });

  it('reports the latest version as the one checked against', () => {
    expect(plan).toEqual({ id: 'test-plan', version: 2 });
  });

  it('a monthly report due before the amendment keeps the earlier day; one due after takes the new one', () => {
    // "Trước ngày 22": June is due Friday 21/06. "Trước ngày 20": July is due Friday 19/07.
    expect(find(obligations, 'I.1.1', '2024-06')?.due).toBe('2024-06-21');
    expect(find(obligations, 'I.1.1', '2024-07')?.due).toBe('2024-07-19');
    expect(owedBy(obligations).filter((o) => o.deliverable === 'I.1.1')).toHaveLength(12);
  });

  it('a deadline the amendment moves later is owed once, on the new day', () => {
    expect(owedBy(obligations).filter((o) => o.deliverable === 'I.1.2').map((o) => o.due)).toEqual(['2024-10-14']);
  });

  it('a deliverable the amendment removes is owed no more, unless it fell due before the amendment', () => {
    expect(find(obligations, 'I.1.3')).toBeUndefined();
    expect(find(obligations, 'I.1.4')?.due).toBe('2024-02-29');
  });

  it('a deadline the amendment brings forward takes the new day, even one already past', () => {
    expect(owedBy(obligations).filter((o) => o.deliverable === 'I.1.5').map((o) => o.due)).toEqual(['2024-06-28']);
  });

  it('an added deliverable is owed only when it falls due on or after the amendment takes effect', () => {
    expect(find(obligations, 'I.1.6')?.due).toBe('2024-09-30');
    expect(find(obligations, 'I.1.7')).toBeUndefined();
  });

  it('lists obligations in plan order, a removed deliverable where it stood', () => {
    const order = [...new Set(owedBy(obligations).map((o) => o.deliverable))];
    expect(order).toEqual(['I.1.1', 'I.1.2', 'I.1.4', 'I.1.5', 'I.1.6']);
  });
});

describe('reports against an amended plan', () => {
  it('a July report sent on the 20th is late under version 2, though version 1 allowed until the 22nd', () => {
    const reports = [reportOf('dept-a', '2024-07', '2024-07-20')];
    expect(find(evaluate(amended, reports, { asOf: day('2024-08-01') }).obligations, 'I.1.1', '2024-07')).toMatchObject({ status: 'late', daysLate: 1 });
    expect(find(evaluate(v1, reports, { asOf: day('2024-08-01') }).obligations, 'I.1.1', '2024-07')).toMatchObject({ status: 'met' });
  });

  it('reports written against @1 and @2 both count', () => {
    const old = reportOf('dept-a', '2024-08', '2024-08-10', [done('I.1.2', '2024-08-09')]);
    const fresh = reportOf('dept-b', '2024-08', '2024-08-10', [done('I.1.2', '2024-08-09')]);
    fresh.data.plan = 'test-plan@2';
    const result = evaluate(amended, [old, fresh], { asOf: day('2024-09-01') });
    expect(result.problems).toEqual([]);
    expect(result.obligations.filter((o) => o.deliverable === 'I.1.2').map((o) => `${o.unit} ${o.status}`)).toEqual(['dept-a met']);
  });

  it('a version that does not exist is unknown-plan', () => {
    const stray = reportOf('dept-a', '2024-08', '2024-08-10');
    stray.data.plan = 'test-plan@3';
    const result = evaluate(amended, [stray], { asOf: day('2024-09-01'), lang: 'en' });
    expect(result.problems).toMatchObject([{ code: 'unknown-plan', severity: 'error' }]);
    expect(result.problems[0]!.message).toMatch(/"test-plan@3".*test-plan@1, test-plan@2/);
  });

  it('an entry naming a deliverable the version in force removed is deliverable-removed, a warning', () => {
    const after = reportOf('dept-a', '2024-08', '2024-08-10', [done('I.1.3', '2024-08-09')]);
    const result = evaluate(amended, [after], { asOf: day('2024-09-01'), lang: 'en' });
    expect(result.problems).toMatchObject([{ code: 'deliverable-removed', severity: 'warning', file: 'reports/dept-a/2024-08.yaml' }]);
    expect(result.problems[0]!.message).toMatch(/I\.1\.3 was removed by plan version 2, in force from 2024-07-15/);
  });

  it('the same entry in a report sent before the amendment is no problem', () => {
    const before = reportOf('dept-a', '2024-06', '2024-06-20', [done('I.1.3', '2024-06-10')]);
    expect(evaluate(amended, [before], { asOf: day('2024-09-01') }).problems).toEqual([]);
  });

  it('late work on a removed deliverable still counts toward the obligation that fell due before the amendment', () => {
    const late = reportOf('dept-a', '2024-08', '2024-08-10', [done('I.1.4', '2024-08-05')]);
    const result = evaluate(amended, [late], { asOf: day('2024-09-01') });
    expect(result.problems.map((p) => p.code)).toEqual(['deliverable-removed']);
    expect(find(result.obligations, 'I.1.4')).toMatchObject({ status: 'late', doneOn: '2024-08-05' });
  });

  it('an id no version has is unknown-deliverable', () => {
    const typo = reportOf('dept-a', '2024-08', '2024-08-10', [done('I.1.9', '2024-08-05')]);
    expect(evaluate(amended, [typo], { asOf: day('2024-09-01') }).problems.map((p) => p.code)).toEqual(['unknown-deliverable']);
  });
});

describe('replaying a day before an amendment took effect', () => {
  it('sees the plan as it stood then: nothing the amendment adds, changes or removes', async () => {
    const { evaluate } = await import('../../src/core/evaluate.js');
    const { bundleOf, day } = await import('../support/builders.js');
    const v1 = bundleOf([{ id: 'I.1.1', due: { by: day('2024-09-16'), text: 'x' } }]);
    const v2 = {
      ...v1.plan,
      version: 2,
      amends: 1,
      effective: day('2024-07-15'),
      sections: [{ ...v1.plan.sections[0]!, tasks: [{ ...v1.plan.sections[0]!.tasks[0]!, deliverables: [{ id: 'I.1.2', text: 'Mới', lead: ['dept-b'], support: [], due: { by: day('2024-10-15'), text: 'x' } }] }] }],
    };
    const amended = { ...v1, plan: v2, earlier: [v1.plan] } as typeof v1;
    const before = evaluate(amended, [], { asOf: day('2024-07-01') }).obligations.map((o) => `${o.deliverable} ${o.unit}`);
    expect(before).toEqual(['I.1.1 dept-a']);
    expect(evaluate(amended, [], { asOf: day('2024-07-01') }).plan.version).toBe(1);
    const after = evaluate(amended, [], { asOf: day('2024-07-15') }).obligations.map((o) => `${o.deliverable} ${o.unit}`);
    expect(after).toEqual(['I.1.2 dept-b']);
  });
});
