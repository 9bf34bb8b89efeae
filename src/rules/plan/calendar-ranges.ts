import type { PlanRule } from './plan-rule.js';

export const calendarRanges: PlanRule = {
  name: 'calendar-ranges',
  run(ctx) {
    ctx.bundle.calendar.days_off.forEach((range, i) => {
      if (range.from > range.to) ctx.problem('calendar', ['days_off', i, 'to'], 'bad-range', 'range-reversed', { from: range.from, to: range.to });
    });
  },
};
