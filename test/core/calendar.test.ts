import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/core/calendar.js';
import { addDays, parseDay } from '../../src/core/day.js';
import { bundledPlan } from '../support/bundled.js';

const d = (text: string) => parseDay(text)!;

describe('the bundled Vietnamese calendar', async () => {
  const calendar = buildCalendar((await bundledPlan()).calendar);

  it('keeps every official day off of 2024 and early 2025 off', () => {
    const ranges: Array<[string, string]> = [
      ['2024-01-01', '2024-01-01'],
      ['2024-02-08', '2024-02-14'],
      ['2024-04-18', '2024-04-18'],
      ['2024-04-29', '2024-05-01'],
      ['2024-08-31', '2024-09-03'],
      ['2025-01-01', '2025-01-01'],
      ['2025-01-25', '2025-02-02'],
    ];
    for (const [from, to] of ranges) {
      for (let day = d(from); day <= d(to); day = addDays(day, 1)) expect(calendar.isWorkingDay(day), day).toBe(false);
    }
  });

  it('keeps the weekends around Tết off and works again on the Thursday after', () => {
    for (const day of ['2024-02-03', '2024-02-04', '2024-02-10', '2024-02-11', '2024-02-17', '2024-02-18']) {
      expect(calendar.isWorkingDay(d(day)), day).toBe(false);
    }
    expect(calendar.isWorkingDay(d('2024-02-07'))).toBe(true);
    expect(calendar.isWorkingDay(d('2024-02-15'))).toBe(true);
  });

  it('works on a normal Wednesday and on the make-up Saturday of 04/05/2024', () => {
    expect(calendar.isWorkingDay(d('2024-03-13'))).toBe(true);
    expect(calendar.isWorkingDay(d('2024-05-04'))).toBe(true);
    expect(calendar.isWorkingDay(d('2024-05-11'))).toBe(false);
  });

  it('rolls a day off to the next working day and leaves a working day alone', () => {
    expect(calendar.rollForward(d('2024-02-08'))).toBe('2024-02-15');
    expect(calendar.rollForward(d('2024-03-13'))).toBe('2024-03-13');
    expect(calendar.rollForward(d('2023-12-31'))).toBe('2024-01-02');
  });
});
