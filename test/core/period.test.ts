import { describe, expect, it } from 'vitest';
import { firstDayOf, formatPeriod, lastDayOf, parsePeriod, periodsOfYear } from '../../src/core/period.js';

describe('periods', () => {
  it('reads months, quarters, halves and years', () => {
    expect(parsePeriod('2024-03')).toEqual({ kind: 'month', year: 2024, index: 3 });
    expect(parsePeriod('2024-Q2')).toEqual({ kind: 'quarter', year: 2024, index: 2 });
    expect(parsePeriod('2024-H1')).toEqual({ kind: 'half', year: 2024, index: 1 });
    expect(parsePeriod('2024')).toEqual({ kind: 'year', year: 2024, index: 1 });
    for (const bad of ['2024-13', '2024-Q5', '2024-H3', '2024-3', '24', '2024-q1']) expect(parsePeriod(bad), bad).toBeNull();
  });

  it('knows where each period starts and ends', () => {
    expect(lastDayOf(parsePeriod('2024-02')!)).toBe('2024-02-29');
    expect(lastDayOf(parsePeriod('2024-Q2')!)).toBe('2024-06-30');
    expect(firstDayOf(parsePeriod('2024-Q3')!)).toBe('2024-07-01');
    expect(lastDayOf(parsePeriod('2024-H1')!)).toBe('2024-06-30');
    expect(lastDayOf(parsePeriod('2024')!)).toBe('2024-12-31');
  });

  it('lists the periods of a year in order', () => {
    expect(periodsOfYear('month', 2024).map(formatPeriod)).toHaveLength(12);
    expect(periodsOfYear('quarter', 2024).map(formatPeriod)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
  });
});
