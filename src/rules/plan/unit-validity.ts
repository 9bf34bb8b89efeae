import type { PlanRule } from './plan-rule.js';

export const unitValidity: PlanRule = {
  name: 'unit-validity',
  run(ctx) {
    ctx.bundle.units.units.forEach((unit, i) => {
      if (unit.valid_from && unit.valid_to && unit.valid_from > unit.valid_to) {
        ctx.problem('units', ['units', i, 'valid_to'], 'bad-range', 'validity-reversed', { id: unit.id, from: unit.valid_from, to: unit.valid_to });
      }
    });
  },
};
