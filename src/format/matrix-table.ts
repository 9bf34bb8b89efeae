import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { formatDayVietnamese } from '../core/day.js';
import { type Matrix, buildMatrix, paginateSections } from '../core/matrix.js';
import { listDeliverables } from '../core/plan-index.js';
import { buildUnitDirectory } from '../core/units.js';
import type { Lang } from '../i18n/lang.js';
import { matrixText } from '../i18n/matrix.js';
import { STATUS_SYMBOL, statusLabel } from '../i18n/status.js';
import { tableText } from '../i18n/table.js';
import { STATUSES } from '../model/status.js';
import type { PlanFile } from '../model/plan.js';
import type { Formatter } from './formatter.js';
import { shorten } from './obligation-text.js';
import { printable } from './printable.js';
import { problemLines } from './problem-lines.js';
import { formatPercent, formatRate } from './rate-text.js';
import { STATUS_COLOURS } from './status-colours.js';

/** What the grid shows where a unit owes nothing: a dot keeps the eye on its row. */
export const NOT_OWED = '·';


// A borderless grid: one space between columns, so each section's symbols sit side by side
// and fifty deliverables fit a 120-column terminal beside the longest unit name.
const BARE = Object.fromEntries(
  ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid'].map((k) => [k, '']),
);

/**
 * `tthc status` in a terminal: units as rows, one symbol per deliverable grouped by section, and
 * each unit's completion rate; then each deliverable's rate; then the legend.
 */
export const matrixTable: Formatter = (evaluation, ctx) => {
  const { lang } = ctx;
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const units = buildUnitDirectory(ctx.bundle.units);
  const matrix = buildMatrix(evaluation.obligations, ctx.bundle.plan, units);
  const m = (key: string, params: Record<string, string | number> = {}) => matrixText(lang, key, params);
  const parts = [`${m('title')}, ${m('as-of', { asOf: formatDayVietnamese(evaluation.asOf) })}`];
  if (evaluation.problems.length > 0) parts.push(problemLines(evaluation.problems, lang, chalk).join('\n'));
  if (matrix.rows.length === 0) return [...parts, tableText(lang, 'nothing')].join('\n\n') + '\n';
  const width = Math.max(ctx.width, 72);
  parts.push(...renderGrid(matrix, units.nameOf, lang, chalk, width));
  parts.push(m('overall', { ...matrix.total, percent: formatPercent(matrix.total, lang) }));
  parts.push(renderColumns(matrix, ctx.bundle.plan, lang, width));
  parts.push(legend(lang, chalk, width));
  return parts.join('\n\n') + '\n';
};

function renderGrid(matrix: Matrix, nameOf: (id: string) => string, lang: Lang, chalk: ChalkInstance, width: number): string[] {
  const m = (key: string) => matrixText(lang, key);
  const rates = new Map(matrix.rows.map((row) => [row.unit, formatRate(row.rate, lang)]));
  const rateW = Math.max(m('col.rate').length, ...[...rates.values()].map((r) => r.length));
  const longestName = Math.max(m('col.unit').length, ...matrix.rows.map((row) => printable(nameOf(row.unit)).length));
  // On a narrow terminal, names give up room first (to a third of the width): cut names still
  // tell units apart, while a grid split in many pages no longer reads at a glance.
  const nameCap = Math.min(longestName, Math.max(16, Math.floor(width / 3)));
  const symbolsBudget = Math.max(12, width - nameCap - rateW - 2);
  // A column is as wide as its symbols or its section id (the first part of every deliverable id), plus a space.
  const columnW = (ids: readonly string[]) => Math.max(ids.length, ids[0]?.split('.')[0]?.length ?? 0) + 1;
  const pages = paginateSections(matrix.sections, columnW, symbolsBudget + 1);
  return pages.map((sections) => {
    const sectionW = sections.map((s) => Math.max(s.deliverables.length, s.id.length));
    const nameW = Math.max(8, Math.min(longestName, width - sectionW.reduce((a, b) => a + b + 1, 0) - rateW - 1));
    const t = new Table({
      head: [m('col.unit'), ...sections.map((s) => s.id), m('col.rate')].map((h) => chalk.bold(h)),
      chars: { ...BARE, middle: ' ' },
      colWidths: [nameW, ...sectionW, rateW],
      colAligns: ['left', ...sections.map(() => 'left' as const), 'right'],
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    });
    for (const row of matrix.rows) {
      const cells = matrix.cells.get(row.unit)!;
      if (!sections.some((s) => s.deliverables.some((id) => cells.has(id)))) continue;
      const symbols = sections.map((s) =>
        s.deliverables
          .map((id) => {
            const cell = cells.get(id);
            return cell ? STATUS_COLOURS[cell.status](chalk)(STATUS_SYMBOL[cell.status]) : chalk.gray(NOT_OWED);
          })
          .join(''),
      );
      t.push([shorten(printable(nameOf(row.unit)), nameW), ...symbols, rates.get(row.unit)!]);
    }
    const lines = t.toString().split('\n');
    const rule = '─'.repeat(nameW + sectionW.reduce((a, b) => a + b + 1, 0) + rateW + 1);
    return [lines[0], rule, ...lines.slice(1)].join('\n');
  });
}

function renderColumns(matrix: Matrix, plan: PlanFile, lang: Lang, width: number): string {
  const m = (key: string) => matrixText(lang, key);
  const texts = new Map(listDeliverables(plan).map((d) => [d.id, d.text]));
  // Below 110 columns the count columns are headed by their symbol alone; the legend names them.
  const compact = width < 110;
  const countHead = (symbol: string, label: string) => (compact ? symbol : `${symbol} ${label}`);
  const heads = [
    m('col.id'),
    m('col.deliverable'),
    m('col.units'),
    m('col.rate'),
    countHead(STATUS_SYMBOL.missed, m('col.behind')),
    countHead(STATUS_SYMBOL.late, statusLabel(lang, 'late')),
    countHead(STATUS_SYMBOL.due_soon, statusLabel(lang, 'due_soon')),
  ];
  const idW = Math.max(heads[0]!.length, ...matrix.columns.map((c) => c.deliverable.length)) + 2;
  const rateW = Math.max(heads[3]!.length, ...matrix.columns.map((c) => formatRate(c.rate, lang).length)) + 2;
  const unitsW = compact ? 7 : heads[2]!.length + 2;
  const countW = (head: string) => Math.max(head.length + 2, 5);
  const fixed = [idW, 0, unitsW, rateW, countW(heads[4]!), countW(heads[5]!), countW(heads[6]!)];
  const textW = Math.max(16, width - fixed.reduce((a, b) => a + b, 0) - fixed.length - 1);
  const t = new Table({
    head: heads,
    colWidths: fixed.map((w, i) => (i === 1 ? textW : w)),
    colAligns: ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
    wordWrap: true,
    // Fifty one-line rows read better without a rule between each.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: [], border: [] },
  });
  for (const column of matrix.columns) {
    const { counts } = column;
    t.push([
      column.deliverable,
      shorten(printable(texts.get(column.deliverable) ?? ''), textW - 2),
      String(column.units),
      formatRate(column.rate, lang),
      String(counts.missed + counts.unreported),
      String(counts.late),
      String(counts.due_soon),
    ]);
  }
  return `${m('by-deliverable')}\n${t.toString()}`;
}

function legend(lang: Lang, chalk: ChalkInstance, width: number): string {
  const m = (key: string) => matrixText(lang, key);
  const items = [
    ...STATUSES.map((s) => ({ plain: `${STATUS_SYMBOL[s]} ${statusLabel(lang, s)}`, paint: STATUS_COLOURS[s](chalk) })),
    { plain: `${NOT_OWED} ${m('not-owed')}`, paint: chalk.gray },
  ];
  // Wrapped between items, by their plain length: colour codes take no room on screen.
  const lines = [`${m('legend')}:`];
  let used = lines[0]!.length;
  for (const { plain, paint } of items) {
    if (used + 2 + plain.length > width) {
      lines.push(' ');
      used = 1;
    }
    lines[lines.length - 1] += `  ${paint(plain)}`;
    used += 2 + plain.length;
  }
  return [...lines, ...wrapWords(m('rule.rate'), width), ...wrapWords(m('rule.behind'), width)].join('\n');
}

function wrapWords(text: string, width: number): string[] {
  const lines = [''];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1]!;
    if (last !== '' && last.length + 1 + word.length > width) lines.push(word);
    else lines[lines.length - 1] = last === '' ? word : `${last} ${word}`;
  }
  return lines;
}
