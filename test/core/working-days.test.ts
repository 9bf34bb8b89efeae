import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/core/calendar.js';
import { workingDaysBefore } from '../../src/core/working-days.js';
import { bundleOf, day } from '../support/builders.js';

const calendar = buildCalendar(bundleOf([]).calendar);

describe('working days before a deadline', () => {
  it('skips the weekend: three working days before a Monday is the Wednesday before', () => {
    expect(workingDaysBefore(day('2024-07-22'), 3, calendar)).toBe('2024-07-17');
  });

  it('skips days off: three working days before Thursday 02/05/2024 reach back over 27/4–1/5 to 24/04', () => {
    expect(workingDaysBefore(day('2024-05-02'), 3, calendar)).toBe('2024-04-24');
  });

  it('counts a make-up Saturday as a working day', () => {
    // Saturday 04/05/2024 is worked in exchange for the bridge day.
    expect(workingDaysBefore(day('2024-05-06'), 3, calendar)).toBe('2024-05-02');
  });

  it('never counts the due day itself', () => {
    expect(workingDaysBefore(day('2024-07-17'), 1, calendar)).toBe('2024-07-16');
  });
});
