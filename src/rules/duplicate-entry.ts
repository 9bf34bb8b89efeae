import type { Rule } from './rule.js';

// Two entries for one deliverable in one report contradict each other or repeat; either way the
// reader of the report cannot tell which the unit meant. The first entry is the one read.
export const duplicateEntry: Rule = {
  code: 'duplicate-entry',
  run(ctx) {
    // For each deliverable, the report that last listed it (by its place in the pass) and where in
    // that report it came first: one lookup an entry, in one map for the whole pass. Comparing each
    // entry with those before it took 45 comparisons for a report of ten, ~7 ms of a 10,030-file
    // check; a map for each report cost more still.
    const listed = new Map<string, { report: number; first: number }>();
    ctx.reports.forEach((report, r) => {
      report.data.progress.forEach(({ deliverable: id }, index) => {
        const seen = listed.get(id);
        if (seen === undefined) listed.set(id, { report: r, first: index });
        else if (seen.report !== r) {
          seen.report = r;
          seen.first = index;
        } else ctx.problem(report, ['progress', index, 'deliverable'], 'duplicate-entry', 'warning', { id, first: seen.first + 1 });
      });
    });
  },
};
