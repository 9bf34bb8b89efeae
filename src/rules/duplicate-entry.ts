import type { Rule } from './rule.js';

// Two entries for one deliverable in one report contradict each other or repeat; either way the
// reader of the report cannot tell which the unit meant. The first entry is the one read.
export const duplicateEntry: Rule = {
  code: 'duplicate-entry',
  run(ctx) {
    for (const report of ctx.reports) {
      // A report lists a dozen entries: comparing each with those before it beats a Map per report.
      const progress = report.data.progress;
      for (let index = 1; index < progress.length; index++) {
        const id = progress[index]!.deliverable;
        let earlier = 0;
        while (earlier < index && progress[earlier]!.deliverable !== id) earlier++;
        if (earlier < index) ctx.problem(report, ['progress', index, 'deliverable'], 'duplicate-entry', 'warning', { id, first: earlier + 1 });
      }
    }
  },
};
