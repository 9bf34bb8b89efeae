import { listDeliverables } from '../core/plan-index.js';
import { planVersions } from '../core/plan-versions.js';
import { suggestNearest } from './suggest.js';
import type { Rule } from './rule.js';

// The entry is simply never matched; the rest of the report still counts.
export const unknownDeliverable: Rule = {
  code: 'unknown-deliverable',
  run(ctx) {
    // Known to any version: an id a later version removed is `deliverable-removed`, not unknown.
    const known = [...new Set(planVersions(ctx.bundle).flatMap((plan) => listDeliverables(plan).map((d) => d.id)))];
    const knownSet = new Set(known);
    for (const report of ctx.reports) {
      report.data.progress.forEach((entry, index) => {
        if (knownSet.has(entry.deliverable)) return;
        const suggestion = suggestNearest(entry.deliverable, known);
        ctx.problem(report, ['progress', index, 'deliverable'], 'unknown-deliverable', 'error', {
          id: entry.deliverable,
          ...(suggestion ? { suggestion } : {}),
        });
      });
    }
  },
};
