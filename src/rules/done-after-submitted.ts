import type { Rule } from './rule.js';

export const doneAfterSubmitted: Rule = {
  code: 'done-after-submitted',
  run(ctx) {
    for (const report of ctx.reports) {
      report.data.progress.forEach((entry, index) => {
        if (entry.status === 'done' && entry.done_on > report.data.submitted) {
          ctx.problem(report, ['progress', index, 'done_on'], 'done-after-submitted', 'warning', {
            doneOn: entry.done_on,
            submitted: report.data.submitted,
          });
        }
      });
    }
  },
};
