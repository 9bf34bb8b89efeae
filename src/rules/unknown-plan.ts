import { planVersions } from '../core/plan-versions.js';
import type { Rule } from './rule.js';

// A report written against any loaded version is valid: `@1` keeps counting after `@2` is out.
export const unknownPlan: Rule = {
  code: 'unknown-plan',
  run(ctx) {
    const { id, version } = ctx.bundle.plan;
    const accepted = new Set(planVersions(ctx.bundle).map((v) => `${id}@${v.version}`));
    const expected = [...accepted].join(', ');
    for (const report of ctx.reports) {
      if (accepted.has(report.data.plan)) continue;
      const suggestion = report.data.plan.split('@')[0] === id ? undefined : `${id}@${version}`;
      ctx.problem(report, ['plan'], 'unknown-plan', 'error', { ref: report.data.plan, expected, ...(suggestion ? { suggestion } : {}) });
      ctx.exclude(report);
    }
  },
};
