import { describe, expect, it } from 'vitest';
import type { Evaluation, Obligation } from '../../src/core/evaluation.js';
import type { Period } from '../../src/core/period.js';
import { summarize } from '../../src/core/summary.js';
import type { TargetCheck } from '../../src/core/targets.js';
import { toJsonObligation, toJsonOutput } from '../../src/format/json-output.js';
import { ITEMS_PER_PIECE, json, jsonChunks } from '../../src/format/json.js';
import type { Problem } from '../../src/model/problem.js';
import { STATUSES } from '../../src/model/status.js';
import type { Day } from '../../src/core/day.js';
import { day } from '../support/builders.js';
import { jsonLayout } from '../support/json-layout.js';
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

/** What the streamed formatter must write for an evaluation: the layout, from the whole tree at once. */
const referenceJson = (e: Evaluation): string => jsonLayout(toJsonOutput(e));

/** Every character the escaping cares about, with Vietnamese, an emoji (a surrogate pair), C0, quotes and a backslash. */
const HOSTILE = 'Đã niêm yết 😀 \u007f\u0080\u0085\u009b\u009f \u200e\u200f\u202a\u202e\u2066\u2069 \u001b[31m "trích" \\ \t';

function obligationOf(overrides: Partial<Obligation> = {}): Obligation {
  return {
    deliverable: 'I.1.1',
    unit: 'dept-a',
    period: null,
    due: day('2024-01-30'),
    status: 'met',
    doneOn: day('2024-01-25'),
    report: 'reports/dept-a/2024-Q1.yaml',
    pointer: null,
    position: null,
    daysLate: null,
    daysLeft: null,
    note: null,
    ...overrides,
  };
}

const problemOf = (overrides: Partial<Problem> = {}): Problem => ({ file: 'reports/dept-a/2024-Q1.yaml', line: 3, column: 7, severity: 'error', code: 'unknown-deliverable', message: 'Không có sản phẩm "I.9.9"', ...overrides });

const targetOf = (overrides: Partial<TargetCheck> = {}): TargetCheck => ({
  left: { metric: 'apology_letters', value: 1 },
  op: '>=',
  right: { metric: 'dossiers_resolved_late', value: 2 },
  result: 'missed',
  ...overrides,
});

function evaluationOf(obligations: Obligation[], problems: Problem[] = [], plan = { id: 'test-plan', version: 1 }): Evaluation {
  return { asOf: day('2024-07-01'), plan, obligations, problems, summary: summarize(obligations) };
}

const several = (): Obligation[] => [
  obligationOf(),
  obligationOf({ unit: 'dept-b', status: 'exempt', doneOn: null, note: HOSTILE, report: `reports/dept-b/${HOSTILE}.yaml` }),
  obligationOf({ deliverable: 'I.1.4', period: '2024-Q1' as Period, status: 'late', daysLate: 12, targets: [targetOf(), targetOf({ left: { metric: 'rate', value: 97.5 }, op: '<', right: { metric: null, value: 100 }, result: 'met' })] }),
  obligationOf({ deliverable: 'I.1.4', unit: 'district-x', period: '2024-Q2' as Period, status: 'open', due: null, doneOn: null, report: null, daysLeft: 3, targets: [] }),
  obligationOf({ deliverable: 'I.1.5', unit: 'lone', status: 'missed', daysLate: 0, targets: [targetOf({ left: { metric: 'dossiers', value: null }, result: 'no_data' })] }),
];

describe('json, streamed (jsonChunks)', () => {
  const joined = (e: Evaluation) => [...jsonChunks(e, context())].join('');

  it.each([
    ['nothing at all: three empty lists', evaluationOf([])],
    ['problems only', evaluationOf([], [problemOf(), problemOf({ severity: 'warning', code: 'schema', message: HOSTILE, file: HOSTILE, line: 12, column: 1 })])],
    ['one obligation, no targets', evaluationOf([obligationOf()])],
    ['several obligations, targets and problems, hostile text everywhere', evaluationOf(several(), [problemOf({ message: HOSTILE })], { id: `plan ${HOSTILE}`, version: 3 })],
    ['obligations whose targets are all empty', evaluationOf([obligationOf({ targets: [] }), obligationOf({ unit: 'dept-b', targets: [] })])],
    ['the shared test plan, every status', evaluation()],
    [
      'hostile text in every field, ids and days included, in two obligations',
      evaluationOf(
        [0, 1].map(() =>
          obligationOf({
            deliverable: HOSTILE,
            unit: `${HOSTILE} unit`,
            period: HOSTILE as Period,
            due: `${HOSTILE} due` as Day,
            doneOn: `${HOSTILE} done` as Day,
            note: HOSTILE,
            report: HOSTILE,
            targets: [targetOf({ left: { metric: HOSTILE, value: 0.1 + 0.2 }, right: { metric: `${HOSTILE} 2`, value: 0 } }), targetOf({ right: { metric: null, value: 1e21 }, result: 'no_data' })],
          }),
        ),
      ),
    ],
    ['more obligations than one batch holds', evaluationOf(Array.from({ length: 1100 }, (_, i) => obligationOf({ unit: `unit-${i}`, note: i % 3 ? null : `Ghi chú ${i}` })))],
  ])('gives byte for byte the layout, one item a line: %s', (_name, e) => {
    expect(joined(e)).toBe(referenceJson(e));
    expect(json(e, context())).toBe(referenceJson(e));
    expect(JSON.parse(joined(e))).toEqual(toJsonOutput(e));
  });

  it('writes each obligation on a line of its own, which parses on its own: what grep finds and a diff of two runs shows', () => {
    const e = evaluationOf(several(), [problemOf()]);
    const lines = joined(e).split('\n');
    const start = lines.indexOf('  "obligations": [');
    const items = lines.slice(start + 1, start + 1 + e.obligations.length).map((line) => JSON.parse(line.trim().replace(/,$/, '')));
    expect(items).toEqual(e.obligations.map(toJsonObligation));
    expect(lines[start + 1 + e.obligations.length]).toBe('  ],');
    expect(lines.filter((line) => line.includes('"deliverable":"I.1.4"') && line.includes('"unit":"district-x"') && line.includes('"status":"open"'))).toHaveLength(1);
  });

  it('spells numbers as JSON.stringify does, those it has no JSON for included: -0, NaN, the infinities, 1e21, a fraction', () => {
    const e = evaluationOf([
      obligationOf({ daysLate: -0, daysLeft: Number.NaN }),
      obligationOf({ unit: 'dept-b', daysLate: Number.POSITIVE_INFINITY, daysLeft: Number.NEGATIVE_INFINITY }),
      obligationOf({ unit: 'dept-c', daysLate: 1e21, daysLeft: 0.1 + 0.2 }),
    ]);
    expect(joined(e)).toBe(referenceJson(e));
    const items = JSON.parse(joined(e)).obligations.map((o: { daysLate: unknown; daysLeft: unknown }) => [o.daysLate, o.daysLeft]);
    expect(items).toEqual([
      [0, null],
      [null, null],
      [1e21, 0.30000000000000004],
    ]);
  });

  it('really escapes the controls it was given (the comparison above is not vacuous)', () => {
    const text = joined(evaluationOf(several(), [problemOf({ message: HOSTILE })], { id: `plan ${HOSTILE}`, version: 3 }));
    expect(text).toContain('"plan Đã niêm yết 😀 \\u007f\\u0080\\u0085\\u009b\\u009f \\u200e\\u200f\\u202a\\u202e\\u2066\\u2069 \\u001b[31m \\"trích\\" \\\\ \\t"');
    expect(text).not.toMatch(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('\n  "problems": [\n    {"file":"reports/dept-a/2024-Q1.yaml","line":3,');
    expect(joined(evaluationOf([]))).toContain('  "problems": [],\n  "obligations": [],\n  "targets": []\n}\n');
  });

  it('yields pieces a run of items at a time, mapping each obligation only when its piece is asked for', () => {
    let mapped = 0;
    const count = ITEMS_PER_PIECE * 3 + 5;
    const obligations = Array.from({ length: count }, (_, i) => {
      const o = obligationOf({ unit: `unit-${i}`, note: `Ghi chú ${i}` });
      // Read once per obligation by the mapping, nowhere else.
      return Object.defineProperty(o, 'daysLeft', { enumerable: true, get: () => (mapped++, null) });
    });
    const chunks = jsonChunks(evaluationOf(obligations), context())[Symbol.iterator]();
    while (mapped === 0) expect(chunks.next().done).toBe(false);
    // The first run's piece is out and the rest are not mapped yet: a national check never holds them all.
    expect(mapped).toBe(ITEMS_PER_PIECE);
    let rest = 0;
    while (!chunks.next().done) rest++;
    expect(mapped).toBe(count);
    // Three more runs of obligations (the last one short), then the close of the list, the targets and the document.
    expect(rest).toBeGreaterThanOrEqual(4);
  });
});
