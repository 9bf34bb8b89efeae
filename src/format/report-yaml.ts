import type { Day } from '../core/day.js';
import { formatDayVietnamese } from '../core/day.js';
import type { Period } from '../core/period.js';
import type { ReportEntry } from '../core/report-entries.js';
import type { Lang } from '../i18n/lang.js';
import { newReportText } from '../i18n/new-report.js';
import type { PlanFile } from '../model/plan.js';
import { printable } from './printable.js';

/** Where the Report schema lies from `reports/<unit>/<period>.yaml`: the repository's `schemas/`. */
export const REPORT_SCHEMA_MODELINE = '# yaml-language-server: $schema=../../schemas/report.schema.json';

const COMMENT_WIDTH = 100;

export interface NewReport {
  plan: PlanFile;
  unit: string;
  unitName: string;
  period: Period;
  submitted: Day;
  entries: readonly ReportEntry[];
  lang: Lang;
}

/**
 * The text of a new report: valid as written (every entry `not_started`), with the plan's wording
 * of each deliverable and its due day as comments above it, so the clerk fills in statuses
 * without opening the plan.
 */
export function renderNewReport(report: NewReport): string {
  const { plan, lang } = report;
  const t = (key: string, params: Record<string, string | number> = {}) => newReportText(lang, key, params);
  const lines = [
    REPORT_SCHEMA_MODELINE,
    ...comment(t('header', { period: report.period, unit: report.unitName, plan: plan.title, number: plan.document.number }), ''),
    ...comment(t('generated', { day: formatDayVietnamese(report.submitted) }), ''),
    ...comment(t('instructions'), ''),
    'apiVersion: tthc/v1',
    'kind: Report',
    `plan: ${plan.id}@${plan.version}`,
    `unit: ${report.unit}`,
    `period: ${report.period}`,
    `submitted: ${report.submitted}`,
    ...comment(t('document'), ''),
    `# document: { number: "…", date: ${report.submitted} }`,
  ];
  if (report.entries.length === 0) {
    lines.push(...comment(t('nothing-owed'), ''), 'progress: []');
    return lines.join('\n') + '\n';
  }
  lines.push('progress:');
  for (const entry of report.entries) {
    const d = entry.deliverable;
    lines.push(...comment(`${d.id} ${d.text}`, '  '));
    const due = entry.due === null ? t('ongoing', { text: d.due.text }) : t('due', { due: formatDayVietnamese(entry.due), text: d.due.text });
    lines.push(...comment(due, '  '));
    if (entry.previous) lines.push(...comment(t('previous', entry.previous), '  '));
    lines.push(`  - deliverable: ${d.id}`, '    status: not_started');
  }
  return lines.join('\n') + '\n';
}

/**
 * Text from the plan as comment lines, wrapped at word boundaries. A line break inside the text
 * would end the comment and turn the rest into YAML, so every break becomes a space first.
 */
function comment(text: string, indent: string): string[] {
  const flat = printable(text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')).replace(/\s+/g, ' ').trim();
  const room = COMMENT_WIDTH - indent.length - 2;
  const lines: string[] = [];
  let current = '';
  for (const word of flat.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > room) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines.map((line) => `${indent}# ${line}`);
}
