import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import type { PlanBundle } from '../../src/model/bundle.js';
import { bundleOf, day, reportOf } from '../support/builders.js';

const text = 'x';

/** The test plan with dept-a ending on 31/08/2024 and dept-b beginning on 01/09/2024 (a merger). */
function merged(deliverables: Parameters<typeof bundleOf>[0]): PlanBundle {
  const bundle = bundleOf(deliverables);
  bundle.units.units = bundle.units.units.map((u) =>
    u.id === 'dept-a' ? { ...u, valid_to: day('2024-08-31') } : u.id === 'dept-b' ? { ...u, valid_from: day('2024-09-01') } : u,
  );
  return bundle;
}

const periodsOwed = (bundle: PlanBundle, unit: string, asOf = '2024-12-31') =>
  evaluate(bundle, [], { asOf: day(asOf) }).obligations.filter((o) => o.unit === unit).map((o) => o.period ?? o.due);

describe('a unit that ends (valid_to)', () => {
  it('owes each period that starts on or before its last day, and none after', () => {
    const monthly = merged([{ id: 'I.1.1', lead: ['depts'], report: true, due: { every: 'month', before_day: 22, text } }]);
    expect(periodsOwed(monthly, 'dept-a')).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08']);
  });

  it('owes a one-off only when it still exists on the due day', () => {
    const bundle = merged([
      { id: 'I.1.1', due: { by: day('2024-08-30'), text } },
      { id: 'I.1.2', due: { by: day('2024-09-30'), text } },
    ]);
    expect(periodsOwed(bundle, 'dept-a')).toEqual(['2024-08-30']);
  });

  it('owes an ongoing deliverable until the quarterly report it is read from falls due after its end', () => {
    const bundle = merged([
      { id: 'I.1.1', due: { ongoing: true, text } },
      { id: 'I.1.2', lead: ['dept-b'], report: true, due: { every: 'quarter', before_day: 19, text } },
    ]);
    const ongoing = (asOf: string) => evaluate(bundle, [], { asOf: day(asOf) }).obligations.filter((o) => o.deliverable === 'I.1.1' && o.unit === 'dept-a');
    expect(ongoing('2024-09-18')).toMatchObject([{ period: '2024-Q2', status: 'unreported' }]);
    expect(ongoing('2024-09-19')).toEqual([]);
  });

  it('a report it submits after its last day is unit-dissolved, and is not counted', () => {
    const bundle = merged([{ id: 'I.1.1', report: true, due: { every: 'month', before_day: 22, text } }]);
    const result = evaluate(bundle, [reportOf('dept-a', '2024-08', '2024-09-02')], { asOf: day('2024-10-01'), lang: 'en' });
    expect(result.problems).toMatchObject([{ code: 'unit-dissolved', severity: 'error', file: 'reports/dept-a/2024-08.yaml' }]);
    expect(result.problems[0]!.message).toMatch(/exists only until 2024-08-31.*submitted on 2024-09-02/);
    expect(result.obligations.find((o) => o.period === '2024-08')).toMatchObject({ status: 'missed', report: null });
  });

  it('a report submitted on its last day still counts', () => {
    const bundle = merged([{ id: 'I.1.1', report: true, due: { every: 'month', before_day: 22, text } }]);
    const result = evaluate(bundle, [reportOf('dept-a', '2024-08', '2024-08-31')], { asOf: day('2024-10-01') });
    expect(result.problems).toEqual([]);
    expect(result.obligations.find((o) => o.unit === 'dept-a' && o.period === '2024-08')).toMatchObject({ status: 'late' });
  });
});

describe('a unit that begins (valid_from)', () => {
  it('owes each period that falls due on or after its first day, a period begun before it included', () => {
    const monthly = merged([{ id: 'I.1.1', lead: ['depts'], report: true, due: { every: 'month', text } }]);
    // August is due on its last day, Saturday 31/08, rolled to Monday 02/09: after 01/09, so the
    // successor owes it, though the month began before it existed.
    expect(periodsOwed(monthly, 'dept-b')).toEqual(['2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
  });

  it('owes no one-off that fell due before it existed', () => {
    const bundle = merged([
      { id: 'I.1.1', lead: ['dept-b'], due: { by: day('2024-08-30'), text } },
      { id: 'I.1.2', lead: ['dept-b'], due: { by: day('2024-09-30'), text } },
    ]);
    expect(periodsOwed(bundle, 'dept-b')).toEqual(['2024-09-30']);
  });

  it('owes an on-request deliverable only once it exists', () => {
    const bundle = merged([{ id: 'I.1.1', lead: ['dept-b'], due: { on_request: 'Theo Thư mời', text } }]);
    expect(periodsOwed(bundle, 'dept-b', '2024-08-31')).toEqual([]);
    expect(evaluate(bundle, [], { asOf: day('2024-09-01') }).obligations).toMatchObject([{ unit: 'dept-b', status: 'on_request' }]);
  });
});
