import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Evaluation, Obligation } from '../core/evaluation.js';
import { formatDayVietnamese } from '../core/day.js';
import { listDeliverables } from '../core/plan-index.js';
import { buildUnitDirectory } from '../core/units.js';
import type { Lang } from '../i18n/lang.js';
import { STATUS_SYMBOL, statusLabel } from '../i18n/status.js';
import { tableText } from '../i18n/table.js';
import { STATUSES } from '../model/status.js';
import type { FormatContext, Formatter } from './formatter.js';
import { printable } from './printable.js';
import { problemLines } from './problem-lines.js';
import { describeMissedTargets } from './target-text.js';
import { STATUS_COLOURS } from './status-colours.js';

/** Narrower than this, the table cannot keep its columns readable; it overflows instead. */
const MIN_WIDTH = 72;


/** The default view: problems first, then a table grouped by unit (or deliverable), then the counts. */
export const table: Formatter = (evaluation, ctx) => {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const parts: string[] = [];
  if (evaluation.problems.length > 0) parts.push(problemLines(evaluation.problems, ctx.lang, chalk).join('\n'));
  parts.push(evaluation.obligations.length > 0 ? renderTable(evaluation.obligations, ctx, chalk) : tableText(ctx.lang, 'nothing'));
  parts.push(summaryLine(evaluation, ctx.lang, chalk, Math.max(ctx.width, MIN_WIDTH)));
  return parts.join('\n\n') + '\n';
};

function renderTable(obligations: readonly Obligation[], ctx: FormatContext, chalk: ChalkInstance): string {
  const { lang } = ctx;
  const units = buildUnitDirectory(ctx.bundle.units);
  const deliverables = new Map(listDeliverables(ctx.bundle.plan).map((d) => [d.id, d]));
  const width = Math.max(ctx.width, MIN_WIDTH);
  // Fixed columns for what is short; the text column takes the rest. cli-table3 counts padding
  // inside colWidths, and draws one border more than there are columns.
  const [groupW, dueW, statusW, remarkW] = [Math.min(26, Math.floor(width / 5)), 12, 17, width < 100 ? 14 : 18];
  const textW = width - groupW - dueW - statusW - remarkW - 6;
  const byUnit = ctx.by === 'unit';
  const t = new Table({
    head: [tableText(lang, byUnit ? 'col.unit' : 'col.deliverable'), tableText(lang, byUnit ? 'col.deliverable' : 'col.unit'), tableText(lang, 'col.due'), tableText(lang, 'col.status'), tableText(lang, 'col.remark')].map((h) => chalk.bold(h)),
    colWidths: [groupW, textW, dueW, statusW, remarkW],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  const describe = (o: Obligation) => {
    const d = deliverables.get(o.deliverable);
    const text = truncate(printable(d?.text ?? ''), textW * 2 - o.deliverable.length - 4);
    return `${o.deliverable}${o.period ? ` (${o.period})` : ''} ${text}`;
  };
  // Names come from the units file, which anyone with write access to the plan can edit.
  const unitName = (id: string) => printable(units.nameOf(id));
  const sorted = byUnit ? [...obligations].sort((a, b) => units.order.indexOf(a.unit) - units.order.indexOf(b.unit)) : obligations;
  let group: string | undefined;
  let groupRows: string[][] = [];
  const flush = () => {
    if (groupRows.length === 0) return;
    const label = byUnit ? unitName(group!) : `${group} ${truncate(printable(deliverables.get(group!)?.text ?? ''), groupW * 3)}`;
    groupRows.forEach((row, i) => t.push(i === 0 ? [{ rowSpan: groupRows.length, content: label, vAlign: 'top' }, ...row] : row));
    groupRows = [];
  };
  for (const o of sorted) {
    const key = byUnit ? o.unit : o.deliverable;
    if (key !== group) {
      flush();
      group = key;
    }
    const colour = STATUS_COLOURS[o.status](chalk);
    groupRows.push([
      byUnit ? describe(o) : unitName(o.unit),
      o.due ? formatDayVietnamese(o.due) : tableText(lang, o.status === 'on_request' ? 'on-request' : 'ongoing'),
      colour(`${STATUS_SYMBOL[o.status]} ${statusLabel(lang, o.status)}`),
      remark(o, lang),
    ]);
  }
  flush();
  return t.toString();
}

export function remark(o: Obligation, lang: Lang): string {
  if (o.daysLate !== null) return tableText(lang, 'days-late', { days: o.daysLate });
  if (o.daysLeft !== null) return tableText(lang, 'days-left', { days: o.daysLeft });
  if (o.note) return truncate(printable(o.note), 60);
  if (o.status === 'target_missed') return describeMissedTargets(o, lang);
  if (o.status === 'reported' || o.status === 'unreported') return o.period ? tableText(lang, 'quarter-report', { period: o.period }) : '';
  if (o.status === 'open' && o.due === null) return tableText(lang, 'no-quarter-yet');
  return '';
}

/** The counts, wrapped between items so the line never runs past the terminal. */
function summaryLine(evaluation: Evaluation, lang: Lang, chalk: ChalkInstance, width: number): string {
  const head = tableText(lang, 'summary', { asOf: formatDayVietnamese(evaluation.asOf), total: evaluation.obligations.length });
  const lines = [head];
  let plainLength = head.length;
  for (const s of STATUSES.filter((status) => evaluation.summary[status] > 0)) {
    const plain = `${STATUS_SYMBOL[s]} ${evaluation.summary[s]} ${statusLabel(lang, s).toLowerCase()}`;
    const first = lines.length === 1 && plainLength === head.length;
    const separator = first ? ' ' : ' · ';
    if (plainLength + separator.length + plain.length > width) {
      lines.push('  ' + STATUS_COLOURS[s](chalk)(plain));
      plainLength = 2 + plain.length;
    } else {
      lines[lines.length - 1] += separator + STATUS_COLOURS[s](chalk)(plain);
      plainLength += separator.length + plain.length;
    }
  }
  return lines.join('\n');
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
