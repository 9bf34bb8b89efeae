import { formatDayVietnamese } from '../core/day.js';
import { type Matrix, type MatrixCell, buildMatrix, paginateSections } from '../core/matrix.js';
import { buildUnitDirectory } from '../core/units.js';
import type { Lang } from '../i18n/lang.js';
import { matrixText } from '../i18n/matrix.js';
import { STATUS_SYMBOL, statusLabel } from '../i18n/status.js';
import { tableText } from '../i18n/table.js';
import { STATUSES } from '../model/status.js';
import type { Formatter } from './formatter.js';
import { escapeMarkdown as md } from './markdown-text.js';
import { NOT_OWED } from './matrix-table.js';
import { buildNames, shorten } from './obligation-text.js';
import { formatPercent, formatRate } from './rate-text.js';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

// Wider than this, a table scrolls sideways on GitHub and in most Markdown viewers.
const MAX_COLUMNS = 20;

/** `tthc status --format markdown`: the matrix for an issue, a wiki page or a CI step summary. */
export const matrixMarkdown: Formatter = (evaluation, ctx) => {
  const { lang } = ctx;
  const m = (key: string, params: Record<string, string | number> = {}) => md(matrixText(lang, key, params));
  const matrix = buildMatrix(evaluation.obligations, ctx.bundle.plan, buildUnitDirectory(ctx.bundle.units));
  const names = buildNames(ctx.bundle);
  const parts = [`## ${m('title')}, ${m('as-of', { asOf: formatDayVietnamese(evaluation.asOf) })}`];
  if (evaluation.problems.length > 0) {
    parts.push(
      evaluation.problems
        .map((p) => `- \`${p.file.replace(/`/g, "'")}:${p.line}:${p.column}\` ${md(tableText(lang, `severity.${p.severity}`))} ${md(p.code)}: ${md(p.message)}`)
        .join('\n'),
    );
  }
  if (matrix.rows.length === 0) return [...parts, md(tableText(lang, 'nothing'))].join('\n\n') + '\n';
  parts.push(m('overall', { ...matrix.total, percent: formatPercent(matrix.total, lang) }));
  parts.push(`### ${m('by-unit')}`);
  for (const sections of paginateSections(matrix.sections, (ids) => ids.length, MAX_COLUMNS)) {
    const ids = sections.flatMap((s) => s.deliverables);
    const lines = [row([m('col.unit'), ...ids, m('col.rate')]), row(['---', ...ids.map(() => ':-:'), '--:'])];
    for (const unit of matrix.rows) {
      const cells = matrix.cells.get(unit.unit)!;
      if (!ids.some((id) => cells.has(id))) continue;
      lines.push(row([md(names.unit(unit.unit)), ...ids.map((id) => cellText(cells.get(id))), formatRate(unit.rate, lang)]));
    }
    parts.push(lines.join('\n'));
  }
  parts.push(`### ${m('by-deliverable')}`);
  parts.push(columnsTable(matrix, names.deliverable, lang));
  parts.push(legend(lang));
  return parts.join('\n\n') + '\n';
};

/** `✓`, or `✗ 3/5` for a recurring deliverable: the worst period, then periods done of those due. */
export function cellText(cell: MatrixCell | undefined): string {
  if (!cell) return NOT_OWED;
  return cell.total > 1 ? `${STATUS_SYMBOL[cell.status]} ${cell.done}/${cell.settled}` : STATUS_SYMBOL[cell.status];
}

function columnsTable(matrix: Matrix, textOf: (id: string) => string, lang: Lang): string {
  const m = (key: string) => md(matrixText(lang, key));
  const lines = [
    row([m('col.id'), m('col.deliverable'), m('col.units'), m('col.rate'), `${STATUS_SYMBOL.missed} ${m('col.behind')}`, `${STATUS_SYMBOL.late} ${md(statusLabel(lang, 'late'))}`, `${STATUS_SYMBOL.due_soon} ${md(statusLabel(lang, 'due_soon'))}`]),
    row(['---', '---', '--:', '--:', '--:', '--:', '--:']),
  ];
  for (const column of matrix.columns) {
    const { counts } = column;
    lines.push(
      row([
        column.deliverable,
        md(shorten(textOf(column.deliverable), 100)),
        String(column.units),
        formatRate(column.rate, lang),
        String(counts.missed + counts.unreported),
        String(counts.late),
        String(counts.due_soon),
      ]),
    );
  }
  return lines.join('\n');
}

function legend(lang: Lang): string {
  const m = (key: string) => md(matrixText(lang, key));
  const items = STATUSES.map((s) => `${STATUS_SYMBOL[s]} ${md(statusLabel(lang, s))}`);
  return [`**${m('legend')}**: ${items.join(' · ')} · ${NOT_OWED} ${m('not-owed')}`, '', m('rule.rate'), '', m('rule.cell'), '', m('rule.behind')].join('\n');
}
