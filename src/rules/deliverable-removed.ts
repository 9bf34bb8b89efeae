import { listDeliverables } from '../core/plan-index.js';
import { planVersions, versionInForce } from '../core/plan-versions.js';
import type { Rule } from './rule.js';

// A warning, and the entry still counts: it may report late work on an obligation that fell due
// before the amendment, which the earlier version still governs.
export const deliverableRemoved: Rule = {
  code: 'deliverable-removed',
  run(ctx) {
    const versions = planVersions(ctx.bundle);
    if (versions.length === 1) return;
    const ids = new Map(versions.map((plan) => [plan, new Set(listDeliverables(plan).map((d) => d.id))]));
    for (const report of ctx.reports) {
      const inForce = versionInForce(versions, report.data.submitted);
      const earlier = versions.slice(0, versions.indexOf(inForce));
      report.data.progress.forEach((entry, index) => {
        if (ids.get(inForce)!.has(entry.deliverable) || !earlier.some((plan) => ids.get(plan)!.has(entry.deliverable))) return;
        ctx.problem(report, ['progress', index, 'deliverable'], 'deliverable-removed', 'warning', {
          id: entry.deliverable,
          version: inForce.version,
          effective: inForce.effective,
        });
      });
    }
  },
};
