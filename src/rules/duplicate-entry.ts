import type { Rule } from './rule.js';

// Two entries for one deliverable in one report contradict each other or repeat; either way the
// reader of the report cannot tell which the unit meant. The first entry is the one read.
export const duplicateEntry: Rule = {
  code: 'duplicate-entry',
  run(ctx) {
    for (const report of ctx.reports) {
      const first = new Map<string, number>();
      report.data.progress.forEach((entry, index) => {
        const earlier = first.get(entry.deliverable);
        if (earlier === undefined) first.set(entry.deliverable, index);
        else ctx.problem(report, ['progress', index, 'deliverable'], 'duplicate-entry', 'warning', { id: entry.deliverable, first: earlier + 1 });
      });
    }
  },
};
