import { evaluate } from '../../src/core/evaluate.js';
import type { Evaluation } from '../../src/core/evaluation.js';
import type { FormatContext } from '../../src/format/formatter.js';
import { bundleOf, day, done, notApplicable, reportOf } from '../support/builders.js';

const text = 'x';

/** A small plan whose evaluation as of 01/07/2024 has every status. */
export const bundle = bundleOf([
  { id: 'I.1.1', text: 'Kế hoạch kiểm soát TTHC', lead: ['depts'], due: { before: day('2024-01-31'), text } },
  { id: 'I.1.2', text: 'Kế hoạch rà soát | đánh giá TTHC', lead: ['depts', 'district-x'], due: { within: ['2024-Q1', '2024-Q2'] as never, text } },
  { id: 'I.1.3', text: 'Niêm yết công khai TTHC', lead: ['dept-a', 'district-x', 'lone'], due: { ongoing: true, text } },
  // Its target: dept-a's Q1 report falls short of it (target_missed), district-x's Q2 reaches it.
  { id: 'I.1.4', text: 'Báo cáo quý', lead: ['dept-a', 'district-x'], report: true, due: { every: 'quarter', before_day: 19, text }, targets: [{ left: 'apology_letters', op: '>=', right: 'dossiers_resolved_late' }] },
  { id: 'I.1.5', text: 'Cử công chức dự tập huấn', lead: ['lone'], due: { on_request: 'Theo Thư mời', text } },
  { id: 'I.1.6', text: 'Báo cáo tổng hợp', lead: ['lone'], due: { by: day('2024-09-16'), text } },
]);
const withMetrics = (report: ReturnType<typeof reportOf>, metrics: Record<string, number>) => ({ ...report, data: { ...report.data, metrics } });

export const reports = [
  withMetrics(reportOf('dept-a', '2024-Q1', '2024-03-15', [done('I.1.1', '2024-01-25')]), { apology_letters: 1, dossiers_resolved_late: 2 }),
  reportOf('dept-a', '2024-Q2', '2024-06-20', [{ deliverable: 'I.1.3', status: 'in_progress', note: 'Đang cập nhật \u001b[31mđỏ\u001b[0m' }]),
  reportOf('dept-b', '2024-02', '2024-02-20', [done('I.1.1', '2024-02-05')]),
  withMetrics(reportOf('district-x', '2024-Q2', '2024-06-18', [notApplicable('I.1.3', 'Không có TTHC niêm yết riêng')]), { apology_letters: 2, dossiers_resolved_late: 2 }),
];

export function evaluation(): Evaluation {
  return evaluate(bundle, reports, { asOf: day('2024-07-01'), lang: 'vi' });
}

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { lang: 'vi', color: false, width: 120, bundle, by: 'unit', ...overrides };
}
