import type { Rule } from './rule.js';

// Folders are what the git host's CODEOWNERS protect, so the folder, not the file's word, says who filed.
export const unitMismatch: Rule = {
  code: 'unit-mismatch',
  run(ctx) {
    for (const report of ctx.reports) {
      if (report.folder === undefined || report.folder === report.data.unit) continue;
      if (report.folder === null) ctx.problem(report, ['unit'], 'unit-mismatch', 'error', {}, 'unit-outside-folder');
      else ctx.problem(report, ['unit'], 'unit-mismatch', 'error', { unit: report.data.unit, folder: report.folder });
      ctx.exclude(report);
    }
  },
};
