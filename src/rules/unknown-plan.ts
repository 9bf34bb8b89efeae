import type { Rule } from './rule.js';

export const unknownPlan: Rule = {
  code: 'unknown-plan',
  run(ctx) {
    const { id, version } = ctx.bundle.plan;
    const expected = `${id}@${version}`;
    for (const report of ctx.reports) {
      if (report.data.plan === expected) continue;
      const suggestion = report.data.plan.split('@')[0] === id ? undefined : expected;
      ctx.problem(report, ['plan'], 'unknown-plan', 'error', { ref: report.data.plan, expected, ...(suggestion ? { suggestion } : {}) });
      ctx.exclude(report);
    }
  },
};
