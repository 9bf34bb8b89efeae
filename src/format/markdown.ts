import { formatDayVietnamese } from '../core/day.js';
import type { Obligation } from '../core/evaluation.js';
import { buildUnitDirectory } from '../core/units.js';
import { ciText } from '../i18n/ci.js';
import { tableText } from '../i18n/table.js';
import { STATUSES } from '../model/status.js';
import type { Formatter } from './formatter.js';
import { escapeMarkdown as md } from './markdown-text.js';
import { buildNames, describeDue, describeStatus, labelObligation, shorten } from './obligation-text.js';
import { remark } from './table.js';
import { appendTo } from '../core/append-to.js';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (count: number) => `|${' --- |'.repeat(count)}`;

/**
 * GitHub-flavoured Markdown: the as-of day, the counts, problems, then a table per unit. It is
 * what the CLI appends to a GitHub step summary, where it carries everything the 10 annotations
 * per level cannot; it reads as well pasted into an issue or a mail.
 */
export const markdown: Formatter = (evaluation, ctx) => {
  const { lang } = ctx;
  const names = buildNames(ctx.bundle);
  const order = buildUnitDirectory(ctx.bundle.units).order;
  const plan = `${evaluation.plan.id}@${evaluation.plan.version}`;
  const parts: string[] = [`## ${md(ciText(lang, 'md.title', { plan, asOf: formatDayVietnamese(evaluation.asOf) }))}`];

  const counted = STATUSES.filter((s) => evaluation.summary[s] > 0);
  parts.push(
    [
      `### ${md(ciText(lang, 'md.summary'))}`,
      '',
      row([md(tableText(lang, 'col.status')), md(ciText(lang, 'md.count'))]),
      rule(2),
      ...counted.map((s) => row([md(describeStatus(s, lang)), String(evaluation.summary[s])])),
      row([`**${md(ciText(lang, 'md.total'))}**`, `**${evaluation.obligations.length}**`]),
    ].join('\n'),
  );

  if (evaluation.problems.length > 0) {
    const errors = evaluation.problems.filter((p) => p.severity === 'error').length;
    parts.push(
      [
        `### ${md(ciText(lang, 'md.problems', { errors, warnings: evaluation.problems.length - errors }))}`,
        '',
        ...evaluation.problems.map(
          (p) => `- ${md(`${p.file}:${p.line}:${p.column}`)} **${md(tableText(lang, `severity.${p.severity}`))}** ${md(p.code)}: ${md(p.message)}`,
        ),
      ].join('\n'),
    );
  }

  const byUnit = new Map<string, Obligation[]>();
  for (const o of evaluation.obligations) appendTo(byUnit, o.unit, o);
  const units = [...byUnit.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (units.length === 0) parts.push(md(tableText(lang, 'nothing')));
  else parts.push(`### ${md(ciText(lang, 'md.units'))}`);
  const head = ['col.deliverable', 'col.due', 'col.status', 'col.remark'].map((key) => md(tableText(lang, key)));
  for (const unit of units) {
    parts.push(
      [
        `#### ${md(`${names.unit(unit)} (${unit})`)}`,
        '',
        row(head),
        rule(head.length),
        ...byUnit.get(unit)!.map((o) =>
          row([
            md(`${labelObligation(o)} ${shorten(names.deliverable(o.deliverable), 120)}`),
            md(describeDue(o, lang)),
            md(describeStatus(o.status, lang)),
            md(remark(o, lang)),
          ]),
        ),
      ].join('\n'),
    );
  }
  return parts.join('\n\n') + '\n';
};
