import { buildAgenda } from '../../core/agenda.js';
import { addDays, formatDayVietnamese } from '../../core/day.js';
import { evaluate } from '../../core/evaluate.js';
import { buildUnitDirectory } from '../../core/units.js';
import { AGENDA_FORMATTERS, AGENDA_FORMAT_NAMES, type AgendaFormatName } from '../../format/agenda-registry.js';
import { agendaText } from '../../i18n/agenda.js';
import { cliMessage } from '../../i18n/cli.js';
import { loadPlanChain } from '../../load/load-plan-chain.js';
import { EXIT, UsageError } from '../errors.js';
import { type CliIo, terminalWidth } from '../io.js';
import { readConcurrency, readCountOption, readDayOption, readGlobals } from '../options.js';
import { assertOutsideReports, emitOutput } from '../outputs.js';
import { requirePlan } from '../require-plan.js';
import { loadReportsFolder } from '../load-evaluation.js';
import { todayInZone } from '../today.js';

export const DEFAULT_AGENDA_DAYS = 30;

/**
 * `tthc agenda`: the deadlines not yet met whose due day falls from `--from` (default today) to
 * `--to` (default `--days` after `--from`, 30 by default, both ends included), as a table, JSON
 * or an iCalendar file to import into a calendar.
 */
const MAX_AGENDA_DAYS = 3660;

export async function runAgenda(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang } = readGlobals(options, io.env);
  const format = options.format as string;
  if (!AGENDA_FORMAT_NAMES.includes(format as AgendaFormatName)) {
    throw new UsageError(cliMessage(lang, 'bad-format', { value: format, choices: AGENDA_FORMAT_NAMES.join(', ') }));
  }
  const asOfOption = readDayOption(options.asOf, '--as-of', lang);
  const fromOption = readDayOption(options.from, '--from', lang);
  const toOption = readDayOption(options.to, '--to', lang);
  const days = readCountOption(options.days, '--days', lang);
  const concurrency = readConcurrency(options.concurrency, lang);
  if (days !== undefined && toOption !== undefined) throw new UsageError(agendaText(lang, 'range-conflict'));
  // Ten years is beyond any plan; a larger number would overflow the calendar.
  if (days !== undefined && days > MAX_AGENDA_DAYS) throw new UsageError(agendaText(lang, 'days-too-many', { max: MAX_AGENDA_DAYS }));
  const reportsDir = options.reports as string;
  const output = options.output as string | undefined;
  const target = output === undefined ? undefined : assertOutsideReports(output, reportsDir, io.cwd, lang);

  const plan = await loadPlanChain(options.plan as string, { lang, cwd: io.cwd });
  requirePlan(plan, io, lang);
  const { bundle } = plan;
  const units = buildUnitDirectory(bundle.units);
  const unitFilter = options.unit as string[];
  for (const id of unitFilter) if (!units.isUnit(id)) throw new UsageError(cliMessage(lang, 'unknown-unit-filter', { id }));

  // "Today" is the plan's today: a runner in UTC at 23:00 is already on the next day in Vietnam.
  const asOf = asOfOption ?? (await todayInZone(io, bundle.calendar.timezone));
  const from = fromOption ?? asOf;
  const to = toOption ?? addDays(from, days ?? DEFAULT_AGENDA_DAYS);
  if (to < from) throw new UsageError(agendaText(lang, 'range-reversed', { from: formatDayVietnamese(from), to: formatDayVietnamese(to) }));

  const loaded = await loadReportsFolder(reportsDir, io, lang, { concurrency });
  const evaluation = evaluate(bundle, loaded.reports, { asOf, lang });
  // Broken reports are `tthc validate`'s business; here a warning says why a deadline may show that was met.
  const errors = [...loaded.problems, ...evaluation.problems].filter((p) => p.severity === 'error').length;
  if (errors > 0) io.stderr.write(agendaText(lang, 'problems', { count: errors }) + '\n');
  const agenda = buildAgenda(bundle, evaluation, { from, to, units: unitFilter });
  const width = terminalWidth(io);
  const text = AGENDA_FORMATTERS[format as AgendaFormatName](agenda, { lang, width, bundle });
  await emitOutput(io, lang, target === undefined ? {} : { path: target, file: output! }, text);
  return EXIT.ok;
}
