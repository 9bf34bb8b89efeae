import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/core/calendar.js';
import { dueSlots } from '../../src/core/due.js';
import type { Day } from '../../src/core/day.js';
import type { Due } from '../../src/model/plan.js';
import { bundledPlan } from '../support/bundled.js';

const text = 'x';

describe('due days of every form, rolled over the bundled calendar', async () => {
  const calendar = buildCalendar((await bundledPlan()).calendar);
  const slots = (due: Due, rule: 'next-working-day' | 'none' = 'next-working-day') => dueSlots(due, 2024, rule, calendar);
  const one = (due: Due) => slots(due)[0]!.due;

  it('before: 2024-01-01 ends on Sunday 31/12/2023, 01/01 is a holiday, so it is due 02/01/2024', () => {
    expect(one({ before: '2024-01-01' as Day, text })).toBe('2024-01-02');
  });

  it('within [2024-Q1, 2024-Q2] ends Sunday 30/06, so it is due Monday 01/07/2024', () => {
    expect(one({ within: ['2024-Q1', '2024-Q2'] as never, text })).toBe('2024-07-01');
  });

  it('every month before day 22 is due 22/04/2024 for April (21/04 is a Sunday)', () => {
    const april = slots({ every: 'month', before_day: 22, text }).find((s) => s.period === '2024-04')!;
    expect(april.lastDay).toBe('2024-04-21');
    expect(april.due).toBe('2024-04-22');
  });

  it('before: 2024-09-15 ends Saturday 14/09, so it is due Monday 16/09/2024', () => {
    expect(one({ before: '2024-09-15' as Day, text })).toBe('2024-09-16');
  });

  it('by: D is due on D itself when D is a working day', () => {
    expect(one({ by: '2024-03-13' as Day, text })).toBe('2024-03-13');
  });

  it('a deadline falling in Tết rolls past the whole holiday and its weekend', () => {
    expect(one({ by: '2024-02-09' as Day, text })).toBe('2024-02-15');
    expect(one({ before: '2024-02-11' as Day, text })).toBe('2024-02-15');
  });

  it('within a month ends on its last day', () => {
    expect(one({ within: '2024-01' as never, text })).toBe('2024-01-31');
  });

  it('every quarter before day 19 counts in the last month of each quarter', () => {
    expect(slots({ every: 'quarter', before_day: 19, text }).map((s) => s.due)).toEqual(['2024-03-18', '2024-06-18', '2024-09-18', '2024-12-18']);
  });

  it('every year before "12-19" is due 18/12', () => {
    expect(slots({ every: 'year', before: '12-19', text })).toEqual([{ period: '2024', lastDay: '2024-12-18', due: '2024-12-18' }]);
  });

  it('every month with no day is due on the last day of each month, rolled', () => {
    const all = slots({ every: 'month', text });
    expect(all).toHaveLength(12);
    expect(all.find((s) => s.period === '2024-03')!.due).toBe('2024-04-01');
    expect(all.find((s) => s.period === '2024-04')!.due).toBe('2024-05-02');
  });

  it('a make-up Saturday is a working day: a deadline on 04/05/2024 stays there', () => {
    expect(one({ by: '2024-05-04' as Day, text })).toBe('2024-05-04');
  });

  it('deadline_rule none keeps the last day as written', () => {
    expect(slots({ before: '2024-01-01' as Day, text }, 'none')[0]!.due).toBe('2023-12-31');
  });

  it('ongoing and on-request deliverables have no due day', () => {
    expect(slots({ ongoing: true, text })).toEqual([]);
    expect(slots({ on_request: 'Theo Thư mời', text })).toEqual([]);
  });
});
