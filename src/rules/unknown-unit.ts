import { suggestNearest } from './suggest.js';
import type { Rule } from './rule.js';

export const unknownUnit: Rule = {
  code: 'unknown-unit',
  run(ctx) {
    const known = ctx.bundle.units.units.map((unit) => unit.id);
    // A Set: a country has thousands of units and a hundred thousand reports to look them up for.
    const knownSet = new Set(known);
    for (const report of ctx.reports) {
      if (knownSet.has(report.data.unit)) continue;
      const suggestion = suggestNearest(report.data.unit, known);
      ctx.problem(report, ['unit'], 'unknown-unit', 'error', { id: report.data.unit, ...(suggestion ? { suggestion } : {}) });
      ctx.exclude(report);
    }
  },
};
