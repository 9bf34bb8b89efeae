import { type Catalogue, type Lang, translate } from './lang.js';

// Wording of the CI formats (junit, github, gitlab, markdown) and of the step summary.
const vi: Catalogue = {
  'due-on': (p) => `hạn ${p.due}`,
  'junit.suites': (p) => `tthc ${p.plan}, tính đến ngày ${p.asOf}`,
  'junit.problems': () => 'Lỗi trong tệp báo cáo',
  'junit.warning': (p) => `cảnh báo: ${p.message}`,
  'title.error': (p) => `Báo cáo không hợp lệ (${p.code})`,
  'title.warning': (p) => `Cảnh báo (${p.code})`,
  'title.obligation': (p) => `${p.status}: ${p.label} — ${p.unit}`,
  'title.summary': (p) => `tthc: tính đến ngày ${p.asOf}`,
  'summary.counts': (p) => `${p.total} nghĩa vụ: ${p.counts}`,
  'md.title': (p) => `Tiến độ kế hoạch ${p.plan} — tính đến ngày ${p.asOf}`,
  'md.summary': () => 'Tổng hợp',
  'md.count': () => 'Số nghĩa vụ',
  'md.total': () => 'Tổng cộng',
  'md.problems': (p) => `Lỗi trong tệp báo cáo: ${p.errors} lỗi, ${p.warnings} cảnh báo`,
  'md.units': () => 'Theo đơn vị',
  'step-summary-cut': () => '> Tóm tắt dài quá giới hạn 1 MiB của GitHub nên đã được cắt bớt; bảng đầy đủ: `tthc check --format markdown=status.md` hoặc tệp JUnit.',
  'step-summary-failed': (p) => `tthc: không ghi được tóm tắt vào GITHUB_STEP_SUMMARY (${p.file}): ${p.reason}`,
};

const en: Catalogue = {
  'due-on': (p) => `due ${p.due}`,
  'junit.suites': (p) => `tthc ${p.plan}, as of ${p.asOf}`,
  'junit.problems': () => 'Problems in report files',
  'junit.warning': (p) => `warning: ${p.message}`,
  'title.error': (p) => `Invalid report (${p.code})`,
  'title.warning': (p) => `Warning (${p.code})`,
  'title.obligation': (p) => `${p.status}: ${p.label} — ${p.unit}`,
  'title.summary': (p) => `tthc: as of ${p.asOf}`,
  'summary.counts': (p) => `${p.total} obligations: ${p.counts}`,
  'md.title': (p) => `Progress on plan ${p.plan} — as of ${p.asOf}`,
  'md.summary': () => 'Summary',
  'md.count': () => 'Obligations',
  'md.total': () => 'Total',
  'md.problems': (p) => `Problems in report files: ${p.errors} errors, ${p.warnings} warnings`,
  'md.units': () => 'By unit',
  'step-summary-cut': () => "> The summary was cut to stay under GitHub's 1 MiB limit; the full table: `tthc check --format markdown=status.md`, or the JUnit file.",
  'step-summary-failed': (p) => `tthc: could not append the summary to GITHUB_STEP_SUMMARY (${p.file}): ${p.reason}`,
};

export function ciText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return translate({ vi, en }, lang, key, params);
}
