import { formatDayVietnamese } from '../core/day.js';
import type { Obligation } from '../core/evaluation.js';
import { buildUnitDirectory } from '../core/units.js';
import { ciText } from '../i18n/ci.js';
import { tableText } from '../i18n/table.js';
import { STATUSES } from '../model/status.js';
import type { ChunkedFormatter, Formatter } from './formatter.js';
import { escapeMarkdown as md } from './markdown-text.js';
import { buildNames, describeDue, describeStatus, labelObligation, shorten } from './obligation-text.js';
import { remark } from './table.js';
import { appendTo } from '../core/append-to.js';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (count: number) => `|${' --- |'.repeat(count)}`;

/**
 * GitHub-flavoured Markdown: the as-of day, the counts, problems, then a table per unit. It is
 * what the CLI appends to a GitHub step summary, where it carries everything the 10 annotations
 * per level cannot; it reads as well pasted into an issue or a mail. Written a row at a time: the
 * step summary takes only its first 900 KB, and a national table is tens of megabytes.
 */
export const markdownChunks: ChunkedFormatter = function* (evaluation, ctx) {
  const { lang } = ctx;
  const names = buildNames(ctx.bundle);
  const rank = new Map(buildUnitDirectory(ctx.bundle.units).order.map((id, i) => [id, i]));
  const plan = `${evaluation.plan.id}@${evaluation.plan.version}`;
  yield `## ${md(ciText(lang, 'md.title', { plan, asOf: formatDayVietnamese(evaluation.asOf) }))}`;

  const counted = STATUSES.filter((s) => evaluation.summary[s] > 0);
  yield '\n\n' +
    [
      `### ${md(ciText(lang, 'md.summary'))}`,
      '',
      row([md(tableText(lang, 'col.status')), md(ciText(lang, 'md.count'))]),
      rule(2),
      ...counted.map((s) => row([md(describeStatus(s, lang)), String(evaluation.summary[s])])),
      row([`**${md(ciText(lang, 'md.total'))}**`, `**${evaluation.obligations.length}**`]),
    ].join('\n');

  if (evaluation.problems.length > 0) {
    const errors = evaluation.problems.filter((p) => p.severity === 'error').length;
    yield `\n\n### ${md(ciText(lang, 'md.problems', { errors, warnings: evaluation.problems.length - errors }))}\n`;
    for (const p of evaluation.problems) {
      yield `\n- ${md(`${p.file}:${p.line}:${p.column}`)} **${md(tableText(lang, `severity.${p.severity}`))}** ${md(p.code)}: ${md(p.message)}`;
    }
  }

  const byUnit = new Map<string, Obligation[]>();
  for (const o of evaluation.obligations) appendTo(byUnit, o.unit, o);
  const units = [...byUnit.keys()].sort((a, b) => (rank.get(a) ?? -1) - (rank.get(b) ?? -1));
  yield `\n\n${units.length === 0 ? md(tableText(lang, 'nothing')) : `### ${md(ciText(lang, 'md.units'))}`}`;
  const head = ['col.deliverable', 'col.due', 'col.status', 'col.remark'].map((key) => md(tableText(lang, key)));
  for (const unit of units) {
    yield `\n\n#### ${md(`${names.unit(unit)} (${unit})`)}\n\n${row(head)}\n${rule(head.length)}`;
    for (const o of byUnit.get(unit)!) {
      yield `\n${row([
        md(`${labelObligation(o)} ${shorten(names.deliverable(o.deliverable), 120)}`),
        md(describeDue(o, lang)),
        md(describeStatus(o.status, lang)),
        md(remark(o, lang)),
      ])}`;
    }
  }
  yield '\n';
};

/** The whole text, from the same pieces. */
export const markdown: Formatter = (evaluation, ctx) => [...markdownChunks(evaluation, ctx)].join('');
