import { describe, expect, it } from 'vitest';
import { json } from '../../src/format/json.js';
import { STATUSES } from '../../src/model/status.js';
import { context, evaluation } from './support.js';

describe('json (formatVersion 1)', () => {
  const output = JSON.parse(json(evaluation(), context()));

  it('has exactly the contract’s top-level fields', () => {
    expect(Object.keys(output)).toEqual(['formatVersion', 'asOf', 'plan', 'summary', 'problems', 'obligations', 'targets']);
    expect(output).toMatchObject({ formatVersion: 1, asOf: '2024-07-01', plan: { id: 'test-plan', version: 1 } });
  });

  it('counts every status in the summary, zeros included', () => {
    expect(Object.keys(output.summary)).toEqual([...STATUSES]);
    expect(Object.values(output.summary).reduce((a, b) => (a as number) + (b as number), 0)).toBe(output.obligations.length);
    for (const status of STATUSES) expect(output.summary[status], status).toBeGreaterThan(0);
  });

  it('gives each obligation the contract’s fields, with null period for one-off and null due for ongoing', () => {
    const fields = ['deliverable', 'unit', 'period', 'due', 'status', 'doneOn', 'report'];
    for (const o of output.obligations) expect(Object.keys(o)).toEqual(expect.arrayContaining(fields));
    expect(output.obligations.find((o: { deliverable: string; unit: string }) => o.deliverable === 'I.1.1' && o.unit === 'dept-a')).toMatchObject({
      period: null,
      due: '2024-01-30',
      status: 'met',
      doneOn: '2024-01-25',
      report: 'reports/dept-a/2024-Q1.yaml',
    });
    expect(output.obligations.find((o: { deliverable: string }) => o.deliverable === 'I.1.3')).toMatchObject({ due: null, period: '2024-Q2' });
  });

  it('sorts obligations by deliverable, then unit, then period', () => {
    const keys = output.obligations.map((o: { deliverable: string; unit: string; period: string | null }) => `${o.deliverable} ${o.unit} ${o.period}`);
    expect(keys.slice(0, 3)).toEqual(['I.1.1 dept-a null', 'I.1.1 dept-b null', 'I.1.2 dept-a null']);
    const quarterly = keys.filter((k: string) => k.startsWith('I.1.4 dept-a'));
    expect(quarterly).toEqual(['I.1.4 dept-a 2024-Q1', 'I.1.4 dept-a 2024-Q2', 'I.1.4 dept-a 2024-Q3', 'I.1.4 dept-a 2024-Q4']);
  });

  it('adds a targets block: each target checked, with the numbers read and where from', () => {
    expect(output.targets[0]).toEqual({
      deliverable: 'I.1.4',
      unit: 'dept-a',
      period: '2024-Q1',
      report: 'reports/dept-a/2024-Q1.yaml',
      target: 'apology_letters >= dossiers_resolved_late',
      left: { metric: 'apology_letters', value: 1 },
      op: '>=',
      right: { metric: 'dossiers_resolved_late', value: 2 },
      result: 'missed',
    });
    // A late report's numbers are checked too (here there are none), but the status stays late.
    const rows = output.targets.map((t: { unit: string; period: string; result: string }) => `${t.unit} ${t.period} ${t.result}`);
    expect(rows).toEqual(['dept-a 2024-Q1 missed', 'dept-a 2024-Q2 no_data', 'district-x 2024-Q2 met']);
  });
});
