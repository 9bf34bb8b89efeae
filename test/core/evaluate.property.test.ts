import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/core/calendar.js';
import { addDays, type Day } from '../../src/core/day.js';
import { dueSlots } from '../../src/core/due.js';
import { evaluate } from '../../src/core/evaluate.js';
import type { Obligation } from '../../src/core/evaluation.js';
import { listDeliverables } from '../../src/core/plan-index.js';
import type { ReportInput } from '../../src/core/report-input.js';
import type { PlanBundle } from '../../src/model/bundle.js';
import type { ProgressEntry } from '../../src/model/report.js';
import { STATUSES } from '../../src/model/status.js';
import { bundledPlan } from '../support/bundled.js';
import { bundleOf, day, reportOf } from '../support/builders.js';

const text = 'x';
const bundle = bundleOf([
  { id: 'I.1.1', lead: ['depts', 'districts'], due: { before: day('2024-01-31'), text } },
  { id: 'I.1.2', lead: ['depts'], due: { within: ['2024-Q1', '2024-Q2'] as never, text } },
  { id: 'I.1.3', lead: ['districts', 'communes', 'lone'], due: { ongoing: true, text } },
  { id: 'I.1.4', lead: ['depts', 'districts'], report: true, due: { every: 'month', before_day: 22, text } },
  { id: 'I.1.5', lead: ['depts', 'districts'], report: true, due: { every: 'quarter', before_day: 19, text } },
  { id: 'I.1.6', lead: ['dept-a'], due: { every: 'month', text } },
  { id: 'I.1.7', lead: ['lone'], due: { on_request: 'Theo Thư mời', text } },
]);

const UNITS = ['dept-a', 'dept-b', 'district-x', 'lone'];
const DELIVERABLES = ['I.1.1', 'I.1.2', 'I.1.3', 'I.1.6', 'I.1.7', 'I.9.9'];
const PERIODS = ['2024-01', '2024-02', '2024-03', '2024-06', '2024-Q1', '2024-Q2', '2024-Q4', '2024'];

const dayIn2024 = fc.integer({ min: 0, max: 365 }).map((n) => addDays(day('2024-01-01'), n));
const entry: fc.Arbitrary<ProgressEntry> = fc.oneof(
  fc.record({ deliverable: fc.constantFrom(...DELIVERABLES), status: fc.constant('done' as const), done_on: dayIn2024 }),
  fc.record({ deliverable: fc.constantFrom(...DELIVERABLES), status: fc.constantFrom('in_progress' as const, 'not_started' as const) }),
  fc.record({ deliverable: fc.constantFrom(...DELIVERABLES), status: fc.constant('not_applicable' as const), note: fc.constant('Không áp dụng') }),
);
const report = fc
  .record({
    unit: fc.constantFrom(...UNITS),
    folder: fc.constantFrom(...UNITS, 'dept-a'),
    period: fc.constantFrom(...PERIODS),
    submitted: dayIn2024,
    progress: fc.array(entry, { maxLength: 4 }),
    tag: fc.nat(1000),
  })
  .map((r) => reportOf(r.unit, r.period, r.submitted, r.progress, { folder: r.folder, file: `reports/${r.folder}/${r.period}-${r.tag}.yaml` }));
const reports = fc.array(report, { maxLength: 12 });

describe('evaluate, for any reports', () => {
  it('gives every obligation exactly one known status, and the summary counts each once', () => {
    fc.assert(
      fc.property(reports, dayIn2024, (rs, asOf) => {
        const result = evaluate(bundle, rs, { asOf });
        for (const o of result.obligations) expect(STATUSES).toContain(o.status);
        const total = Object.values(result.summary).reduce((a, b) => a + b, 0);
        expect(total).toBe(result.obligations.length);
      }),
    );
  });

  it('does not change when reports submitted after the as-of day are added', () => {
    fc.assert(
      fc.property(reports, reports, dayIn2024, (before, later, asOf) => {
        const future = later.map((r) => ({ ...r, data: { ...r.data, submitted: addDays(asOf, 1 + (r.data.submitted.charCodeAt(9) % 30)) } }));
        expect(evaluate(bundle, [...before, ...future], { asOf })).toEqual(evaluate(bundle, before, { asOf }));
      }),
    );
  });

  it('does not depend on the order the report files were read in', () => {
    fc.assert(
      fc.property(reports, dayIn2024, fc.nat(), (rs, asOf, seed) => {
        const shuffled = [...rs].sort((a, b) => ((a.file.length * 31 + seed) % 7) - ((b.file.length * 31 + seed) % 7)).reverse();
        const a = evaluate(bundle, rs, { asOf });
        const b = evaluate(bundle, shuffled, { asOf });
        expect(b.obligations).toEqual(a.obligations);
        expect(new Set(b.problems.map((p) => JSON.stringify(p)))).toEqual(new Set(a.problems.map((p) => JSON.stringify(p))));
      }),
    );
  });
});

describe('the obligations, for any reports and day', async () => {
  const real = await bundledPlan();
  // Plan order, then the units file's order, then period: sorted here from the plan and the units
  // file, independently of how evaluate makes the list.
  const sortedLike = (b: PlanBundle, obligations: readonly Obligation[]) => {
    const deliverables = listDeliverables(b.plan).map((d) => d.id);
    const units = b.units.units.map((u) => u.id);
    return [...obligations].sort(
      (x, y) =>
        deliverables.indexOf(x.deliverable) - deliverables.indexOf(y.deliverable) ||
        units.indexOf(x.unit) - units.indexOf(y.unit) ||
        ((x.period ?? '') < (y.period ?? '') ? -1 : (x.period ?? '') > (y.period ?? '') ? 1 : 0),
    );
  };

  it('come in plan order, then unit order, then period', () => {
    fc.assert(
      fc.property(reports, dayIn2024, (rs, asOf) => {
        for (const b of [bundle, real]) {
          const { obligations } = evaluate(b, rs, { asOf });
          expect(obligations.length).toBeGreaterThan(0);
          expect(obligations).toEqual(sortedLike(b, obligations));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the roll, for any deadline in 2023–2025', async () => {
  const calendar = buildCalendar((await bundledPlan()).calendar);
  const anyDay = fc.integer({ min: 0, max: 365 * 3 }).map((n) => addDays(day('2023-01-01'), n));

  it('never lands on a weekend or a day off, and never before the unrolled day', () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom('before', 'by'), (d, form) => {
        const due = form === 'before' ? { before: d, text } : { by: d, text };
        const [slot] = dueSlots(due, 2024, 'next-working-day', calendar);
        expect(calendar.isWorkingDay(slot!.due)).toBe(true);
        expect(slot!.due >= slot!.lastDay).toBe(true);
        // Nothing in between was a working day: the roll goes to the next one, not a later one.
        for (let x: Day = slot!.lastDay; x < slot!.due; x = addDays(x, 1)) expect(calendar.isWorkingDay(x)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

// Keep the generator honest: it must actually produce counted and rejected reports.
it('the generated reports reach both counted and rejected cases', () => {
  const sample = fc.sample(reports, 200).flat() as ReportInput[];
  expect(sample.some((r) => r.folder === r.data.unit)).toBe(true);
  expect(sample.some((r) => r.folder !== r.data.unit)).toBe(true);
});
