import Table from 'cli-table3';
import { formatDayVietnamese } from '../core/day.js';
import { listDeliverables } from '../core/plan-index.js';
import { buildUnitDirectory } from '../core/units.js';
import { agendaText } from '../i18n/agenda.js';
import type { AgendaFormatter } from './agenda-formatter.js';
import { printable } from './printable.js';

/** Narrower than this, the columns cannot stay readable; the table overflows instead. */
const MIN_WIDTH = 72;

/** Deadlines in order of due day: when, how long is left, who, what. */
export const agendaTable: AgendaFormatter = (agenda, ctx) => {
  const { lang } = ctx;
  const units = buildUnitDirectory(ctx.bundle.units);
  const deliverables = new Map(listDeliverables(ctx.bundle.plan).map((d) => [d.id, d]));
  const title = agendaText(lang, 'title', {
    plan: agenda.plan.id,
    from: formatDayVietnamese(agenda.from),
    to: formatDayVietnamese(agenda.to),
    asOf: formatDayVietnamese(agenda.asOf),
  });
  if (agenda.deadlines.length === 0) return `${title}\n${agendaText(lang, 'nothing')}\n`;
  const width = Math.max(ctx.width, MIN_WIDTH);
  // cli-table3 counts padding inside colWidths and draws one border more than there are columns.
  const [dueW, leftW, alarmW, unitW] = [12, 14, 12, Math.min(30, Math.floor(width / 4))];
  const textW = width - dueW - leftW - alarmW - unitW - 6;
  const table = new Table({
    head: ['col.due', 'col.left', 'col.unit', 'col.deliverable', 'col.alarm'].map((key) => agendaText(lang, key)),
    colWidths: [dueW, leftW, unitW, textW, alarmW],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const { obligation: o, alarm, daysLeft } of agenda.deadlines) {
    const text = printable(deliverables.get(o.deliverable)?.text ?? '');
    table.push([
      formatDayVietnamese(o.due),
      agendaText(lang, 'left', { days: daysLeft }),
      units.nameOf(o.unit),
      `${o.deliverable}${o.period ? ` (${o.period})` : ''} ${truncate(text, textW * 2)}`,
      formatDayVietnamese(alarm),
    ]);
  }
  return `${title}\n${table.toString()}\n${agendaText(lang, 'count', { count: agenda.deadlines.length })}\n`;
};

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
