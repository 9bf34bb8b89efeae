import { appendTo } from '../core/append-to.js';
import type { Obligation } from '../core/evaluation.js';
import { type ReportInput, positionIn } from '../core/report-input.js';

/**
 * Line and column for each obligation that points into a report: asked only for the obligations a
 * format shows, so only those files are parsed again for positions. Report by report: each file is
 * parsed once for all its obligations and let go of before the next, where asking in the
 * obligations' order kept every report of a national check parsed at once (4 GB, then a crash).
 */
export function fillPositions(obligations: readonly Obligation[], reports: readonly ReportInput[]): Obligation[] {
  const byFile = new Map(reports.map((report) => [report.file, report]));
  const asked = new Map<ReportInput, number[]>();
  obligations.forEach((o, i) => {
    const report = o.report === null ? undefined : byFile.get(o.report);
    if (report && o.pointer) appendTo(asked, report, i);
  });
  const filled = obligations.slice();
  for (const [report, indexes] of asked) {
    for (const i of indexes) filled[i] = { ...obligations[i]!, position: positionIn(report, obligations[i]!.pointer!) };
    report.locate?.release?.();
  }
  return filled;
}
