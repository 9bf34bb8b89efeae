import type { Obligation } from '../core/evaluation.js';
import { type ReportInput, positionIn } from '../core/report-input.js';

/**
 * Line and column for each obligation that points into a report: asked only for the obligations a
 * format shows, so only those files are parsed again for positions.
 */
export function fillPositions(obligations: readonly Obligation[], reports: readonly ReportInput[]): Obligation[] {
  const byFile = new Map(reports.map((report) => [report.file, report]));
  return obligations.map((o) => {
    const report = o.report === null ? undefined : byFile.get(o.report);
    return report && o.pointer ? { ...o, position: positionIn(report, o.pointer) } : o;
  });
}
