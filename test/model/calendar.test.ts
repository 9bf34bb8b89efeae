import { describe, expect, it } from 'vitest';
import { calendarFileSchema } from '../../src/model/calendar.js';

const calendar = (timezone: string) => ({ apiVersion: 'tthc/v1', kind: 'Calendar', id: 'lich', timezone, weekend: ['saturday', 'sunday'] });

describe('calendar time zone', () => {
  it("takes the plans' own zone, and any other zone Node knows", () => {
    for (const zone of ['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'UTC', 'Europe/Paris']) {
      expect(calendarFileSchema.safeParse(calendar(zone)).success, zone).toBe(true);
    }
  });

  it('refuses a zone that does not exist, with the time-zone message', () => {
    for (const zone of ['Asia/Ho_Chi_Minh_City', 'Mars/Olympus', 'GMT+7 Hà Nội']) {
      const result = calendarFileSchema.safeParse(calendar(zone));
      expect(result.success, zone).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(['tthc:field.timezone']);
    }
  });
});
