import type { PlacedDeliverable } from '../core/plan-index.js';
import { planDiffText } from '../i18n/plan-diff.js';
import type { Lang } from '../i18n/lang.js';
import { escapeMarkdown as md } from './markdown-text.js';
import { type PlanDiffFormatter, diffSummary, diffTitle, fieldLabel, fieldValue } from './plan-diff-text.js';

const row = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
const rule = (count: number) => `|${' --- |'.repeat(count)}`;

function deliverableTable(heading: string, list: readonly PlacedDeliverable[], lang: Lang): string {
  const fields = ['text', 'lead', 'support', 'due', 'targets'] as const;
  return [
    `### ${md(heading)}`,
    '',
    row([planDiffText(lang, 'col.id'), ...fields.map((f) => fieldLabel(f, lang))]),
    rule(fields.length + 1),
    ...list.map((d) => row([d.id, ...fields.map((f) => fieldValue(d, f))])),
  ].join('\n');
}

/** GitHub-flavoured Markdown, for a pull request that amends the plan: added, removed, changed. */
export const planDiffMarkdown: PlanDiffFormatter = (diff, ctx) => {
  const { lang } = ctx;
  const parts = [`## ${md(diffTitle(diff, lang))}`, md(diffSummary(diff, lang))];
  if (diff.added.length > 0) parts.push(deliverableTable(planDiffText(lang, 'added'), diff.added, lang));
  if (diff.removed.length > 0) parts.push(deliverableTable(planDiffText(lang, 'removed'), diff.removed, lang));
  if (diff.changed.length > 0) {
    parts.push(
      [
        `### ${md(planDiffText(lang, 'changed'))}`,
        '',
        row(['col.id', 'col.field', 'col.before', 'col.after'].map((key) => planDiffText(lang, key))),
        rule(4),
        ...diff.changed.flatMap((c) => c.fields.map((field) => row([c.id, fieldLabel(field, lang), fieldValue(c.before, field), fieldValue(c.after, field)]))),
      ].join('\n'),
    );
  }
  return parts.join('\n\n') + '\n';
};
