import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/core/calendar.js';
import type { Period } from '../../src/core/period.js';
import { listReportEntries } from '../../src/core/report-entries.js';
import { indexReports } from '../../src/core/report-index.js';
import type { ReportInput } from '../../src/core/report-input.js';
import { buildUnitDirectory } from '../../src/core/units.js';
import type { PlanBundle } from '../../src/model/bundle.js';
import { bundleOf, day, done, inProgress, notApplicable, reportOf } from '../support/builders.js';

const bundle = bundleOf([
  { id: 'I.1.1', due: { before: day('2024-01-31'), text: 'Trước ngày 31/01/2024.' } },
  { id: 'I.1.2', due: { within: ['2024-Q2', '2024-Q3'] as Period[], text: 'Trong quý II, quý III/2024.' } },
  { id: 'I.1.3', due: { by: day('2024-12-31'), text: 'Chậm nhất ngày 31/12/2024.' } },
  { id: 'I.1.4', due: { every: 'month', text: 'Định kỳ hằng tháng.' } },
  { id: 'I.1.5', due: { every: 'quarter', before_day: 19, text: 'Trước ngày 19 tháng cuối quý.' } },
  { id: 'I.1.6', due: { ongoing: true, text: 'Thường xuyên.' } },
  { id: 'I.1.7', due: { on_request: 'Đột xuất', text: 'Đột xuất.' } },
  { id: 'I.1.8', due: { every: 'month', before_day: 22, text: 'Trước ngày 22 hằng tháng.' }, report: true },
  { id: 'I.1.9', due: { before: day('2024-03-01'), text: 'Trước ngày 01/03/2024.' }, lead: ['dept-b'] },
]);

function entriesFor(period: string, reports: ReportInput[] = [], asOf = '2024-12-31', plan: PlanBundle = bundle) {
  const ctx = { bundle: plan, calendar: buildCalendar(plan.calendar), units: buildUnitDirectory(plan.units), index: indexReports(reports, day(asOf)) };
  return listReportEntries('dept-a', period as Period, ctx);
}
const ids = (entries: ReturnType<typeof entriesFor>) => entries.map((e) => e.deliverable.id);

describe('what a new report lists', () => {
  it('a monthly report: open one-offs whose window has opened, and the monthly deliverable of that month', () => {
    // I.1.2 opens in Q2; I.1.5 is quarterly; I.1.6 is read from quarterly reports; I.1.7 has no date;
    // I.1.8 is the monthly report itself; I.1.9 is another unit's.
    expect(ids(entriesFor('2024-03'))).toEqual(['I.1.1', 'I.1.3', 'I.1.4']);
    expect(ids(entriesFor('2024-04'))).toEqual(['I.1.1', 'I.1.2', 'I.1.3', 'I.1.4']);
  });

  it('a quarterly report: the quarterly deliverable of that quarter and every ongoing one', () => {
    expect(ids(entriesFor('2024-Q1'))).toEqual(['I.1.1', 'I.1.3', 'I.1.5', 'I.1.6']);
  });

  it('a yearly report lists ongoing work too (it stands for the Q4 report); a half year does not', () => {
    expect(ids(entriesFor('2024'))).toContain('I.1.6');
    expect(ids(entriesFor('2024-H1'))).not.toContain('I.1.6');
  });

  it('a one-off the unit has done or declared not applicable is not listed again', () => {
    const reports = [reportOf('dept-a', '2024-01', '2024-01-25', [done('I.1.1', '2024-01-20'), notApplicable('I.1.3', 'Không có TTHC nội bộ.')])];
    expect(ids(entriesFor('2024-04', reports))).toEqual(['I.1.2', 'I.1.4']);
  });

  it('an overdue one-off stays listed until it is done, with what the unit last said of it', () => {
    const reports = [reportOf('dept-a', '2024-02', '2024-02-20', [inProgress('I.1.1')])];
    const entry = entriesFor('2024-06', reports).find((e) => e.deliverable.id === 'I.1.1')!;
    expect(entry).toMatchObject({ reason: 'once', due: '2024-01-30', previous: { status: 'in_progress', period: '2024-02' } });
  });

  it('only what is dated on or before the day the report is written counts as done', () => {
    const reports = [reportOf('dept-a', '2024-05', '2024-05-20', [done('I.1.1', '2024-05-10')])];
    expect(ids(entriesFor('2024-04', reports, '2024-04-30'))).toContain('I.1.1');
    expect(ids(entriesFor('2024-04', reports, '2024-05-20'))).not.toContain('I.1.1');
  });

  it('a recurring entry carries the rolled due day of its own period and no earlier status', () => {
    const reports = [reportOf('dept-a', '2024-02', '2024-02-20', [done('I.1.4', '2024-02-20')])];
    // 31/03/2024 is a Sunday: the monthly deadline rolls to Monday 01/04.
    expect(entriesFor('2024-03', reports).find((e) => e.deliverable.id === 'I.1.4')).toMatchObject({ reason: 'recurring', due: '2024-04-01', previous: null });
  });

  it('an ongoing entry has no due day', () => {
    expect(entriesFor('2024-Q2').find((e) => e.deliverable.id === 'I.1.6')).toMatchObject({ reason: 'ongoing', due: null });
  });
});
