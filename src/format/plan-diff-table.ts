import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { planDiffText } from '../i18n/plan-diff.js';
import { type PlanDiffFormatter, describeDeliverable, diffSummary, diffTitle, fieldLabel, fieldValue } from './plan-diff-text.js';

/** A terminal table: one row per deliverable added or removed, one per field changed. */
export const planDiffTable: PlanDiffFormatter = (diff, ctx) => {
  const { lang } = ctx;
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const head = `${chalk.bold(diffTitle(diff, lang))}\n${diffSummary(diff, lang)}\n`;
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return head;
  // cli-table3 counts padding inside colWidths, and draws one border more than there are columns.
  const [changeW, idW, fieldW] = [11, 11, 12];
  const textW = Math.max(20, Math.floor((Math.max(ctx.width, 80) - changeW - idW - fieldW - 6) / 2));
  const table = new Table({
    head: ['col.change', 'col.id', 'col.field', 'col.before', 'col.after'].map((key) => chalk.bold(planDiffText(lang, key))),
    colWidths: [changeW, idW, fieldW, textW, textW],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  const label = { added: chalk.green(`+ ${planDiffText(lang, 'added')}`), removed: chalk.red(`− ${planDiffText(lang, 'removed')}`), changed: chalk.yellow(`~ ${planDiffText(lang, 'changed')}`) };
  for (const d of diff.removed) table.push([label.removed, d.id, '', describeDeliverable(d, lang).join('\n'), '']);
  for (const d of diff.added) table.push([label.added, d.id, '', '', describeDeliverable(d, lang).join('\n')]);
  for (const c of diff.changed) {
    for (const field of c.fields) table.push([label.changed, c.id, fieldLabel(field, lang), fieldValue(c.before, field), fieldValue(c.after, field)]);
  }
  return `${head}${table.toString()}\n`;
};
