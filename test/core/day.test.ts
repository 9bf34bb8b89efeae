import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDayVietnamese, parseDay } from '../../src/core/day.js';
import { dayInZone } from '../../src/core/day-in-zone.js';

describe('days', () => {
  it('reads ISO and Vietnamese days as the same day', () => {
    expect(parseDay('2024-03-05')).toBe('2024-03-05');
    expect(parseDay('05/03/2024')).toBe('2024-03-05');
  });

  it('rejects impossible days and other spellings', () => {
    for (const text of ['31/02/2024', '2023-02-29', '2024-13-01', '5/3/2024', '2024/03/05', '20240305', '']) {
      expect(parseDay(text), text).toBeNull();
    }
    expect(parseDay('29/02/2024')).toBe('2024-02-29');
  });

  it('counts days across months and years', () => {
    expect(addDays(parseDay('2023-12-31')!, 1)).toBe('2024-01-01');
    expect(daysBetween(parseDay('2024-01-30')!, parseDay('2024-07-01')!)).toBe(153);
    expect(formatDayVietnamese(parseDay('2024-07-01')!)).toBe('01/07/2024');
  });

  it('takes today in Vietnam, not in UTC: 23:30 UTC is already tomorrow in Hồ Chí Minh', () => {
    expect(dayInZone(new Date('2024-06-30T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toBe('2024-06-30');
    expect(dayInZone(new Date('2024-06-30T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2024-07-01');
    expect(dayInZone(new Date('2024-06-30T23:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2024-07-01');
    expect(dayInZone(new Date('2024-06-30T23:30:00Z'), 'UTC')).toBe('2024-06-30');
  });
});
