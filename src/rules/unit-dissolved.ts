import type { Rule } from './rule.js';

// A unit that no longer exists cannot file; its successor reports in its own folder.
export const unitDissolved: Rule = {
  code: 'unit-dissolved',
  run(ctx) {
    const ends = new Map(ctx.bundle.units.units.flatMap((unit) => (unit.valid_to ? [[unit.id, unit.valid_to] as const] : [])));
    for (const report of ctx.reports) {
      const end = ends.get(report.data.unit);
      if (end === undefined || report.data.submitted <= end) continue;
      ctx.problem(report, ['submitted'], 'unit-dissolved', 'error', { unit: report.data.unit, submitted: report.data.submitted, end });
      ctx.exclude(report);
    }
  },
};
