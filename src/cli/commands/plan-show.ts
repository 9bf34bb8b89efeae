import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { buildCalendar } from '../../core/calendar.js';
import { formatDayVietnamese } from '../../core/day.js';
import { dueSlots } from '../../core/due.js';
import { buildUnitDirectory } from '../../core/units.js';
import { cliMessage } from '../../i18n/cli.js';
import { planText } from '../../i18n/plan.js';
import { loadPlanChain } from '../../load/load-plan-chain.js';
import { printable } from '../../format/printable.js';
import { formatTarget } from '../../format/target-text.js';
import { UsageError, EXIT } from '../errors.js';
import { type CliIo, terminalWidth } from '../io.js';
import { readGlobals } from '../options.js';
import { requirePlan } from '../require-plan.js';

/** `tthc plan show`: section → task → deliverable, with leads, supports, the deadline cell and the computed due day. */
export async function runPlanShow(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang, color } = readGlobals(options, io.env);
  const loaded = await loadPlanChain(options.plan as string[], { lang, cwd: io.cwd });
  requirePlan(loaded, io, lang);
  const { plan, units: unitsFile, calendar: calendarFile } = loaded.bundle;
  const units = buildUnitDirectory(unitsFile);
  const calendar = buildCalendar(calendarFile);
  const sections = options.section as string[];
  const unitFilter = options.unit as string[];
  for (const id of sections) if (!plan.sections.some((s) => s.id === id)) throw new UsageError(cliMessage(lang, 'unknown-section-filter', { id }));
  for (const id of unitFilter) if (!units.isUnit(id)) throw new UsageError(cliMessage(lang, 'unknown-unit-filter', { id }));

  const chalk = new Chalk({ level: color && io.stdout.isTTY ? 1 : 0 });
  const width = Math.max(terminalWidth(io), 80);
  const [idW, unitsW, dueTextW, dueW] = [11, 28, 24, 16];
  const textW = width - idW - unitsW - dueTextW - dueW - 16;
  const table = new Table({
    head: ['col.id', 'col.text', 'col.units', 'col.due-text', 'col.due'].map((k) => chalk.bold(planText(lang, k))),
    colWidths: [idW, textW, unitsW, dueTextW, dueW],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  const names = (ids: readonly string[]) => ids.map((id) => units.nameOf(id)).join('; ');
  let shown = 0;
  for (const section of plan.sections) {
    if (sections.length > 0 && !sections.includes(section.id)) continue;
    const rows: Table.HorizontalTableRow[] = [];
    for (const task of section.tasks) {
      const deliverables = task.deliverables.filter(
        (d) => unitFilter.length === 0 || unitFilter.some((u) => units.expand(d.lead).includes(u) || units.expand(d.support).includes(u)),
      );
      if (deliverables.length === 0) continue;
      rows.push([{ colSpan: 5, content: chalk.bold(`${task.id}  ${printable(task.title)}`) }]);
      for (const d of deliverables) {
        const slots = dueSlots(d.due, plan.year, plan.deadline_rule, calendar);
        const due =
          slots.length === 0
            ? planText(lang, 'ongoing' in d.due ? 'ongoing' : 'on-request')
            : slots.length === 1
              ? formatDayVietnamese(slots[0]!.due)
              : slots.map((s) => formatDayVietnamese(s.due).slice(0, 5)).join(', ');
        const who = `${planText(lang, 'lead')}: ${names(d.lead)}${d.support.length ? `\n${planText(lang, 'support')}: ${names(d.support)}` : ''}`;
        const targets = d.targets ? `\n${planText(lang, 'targets')}: ${d.targets.map(formatTarget).join('; ')}` : '';
        rows.push([d.id, printable(d.text) + targets + (d.note ? `\n${chalk.dim(`(${printable(d.note)})`)}` : ''), who, printable(d.due.text), due]);
        shown++;
      }
    }
    if (rows.length === 0) continue;
    table.push([{ colSpan: 5, content: chalk.bold.underline(`${section.id}. ${printable(section.title)}`) }], ...rows);
  }
  const heading = `${printable(plan.title)} — ${plan.document.number} (${formatDayVietnamese(plan.document.date)}), ${planText(lang, 'version')} ${plan.version}`;
  io.stdout.write(`${chalk.bold(heading)}\n${table.toString()}\n${planText(lang, 'count', { count: shown })}\n`);
  return EXIT.ok;
}
