import { resolve } from 'node:path';
import { dayInZone } from '../../core/day.js';
import { DEFAULT_DUE_SOON_DAYS, evaluate } from '../../core/evaluate.js';
import type { Evaluation } from '../../core/evaluation.js';
import { listDeliverables } from '../../core/plan-index.js';
import { summarize } from '../../core/summary.js';
import { buildUnitDirectory } from '../../core/units.js';
import { FORMATTERS } from '../../format/registry.js';
import type { FormatContext } from '../../format/formatter.js';
import { cliMessage } from '../../i18n/cli.js';
import { loadPlan } from '../../load/load-plan.js';
import { MissingFolderError, loadReports } from '../../load/load-reports.js';
import { STATUSES, type FailOn, type Status, failingStatuses } from '../../model/status.js';
import type { Problem } from '../../model/problem.js';
import { writeFileAtomic } from '../../write/write-atomic.js';
import { EXIT, LoadError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readCountOption, readDayOption, readGlobals } from '../options.js';
import { assertOutsideReports, readOutputs } from '../outputs.js';
import { problemLines } from '../../format/problem-lines.js';
import { Chalk } from 'chalk';

export async function runCheck(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang, color } = readGlobals(options, io.env);
  const outputs = readOutputs(options.format as string[], options.output as string | undefined, lang);
  const statusFilter = options.status as string[];
  for (const status of statusFilter) {
    if (!STATUSES.includes(status as Status)) throw new UsageError(`--status: ${status} (${STATUSES.join(', ')})`);
  }
  const asOfOption = readDayOption(options.asOf, '--as-of', lang);
  const dueSoonDays = readCountOption(options.dueSoonDays, '--due-soon-days', lang) ?? DEFAULT_DUE_SOON_DAYS;
  const maxFileSize = readCountOption(options.maxFileSize, '--max-file-size', lang);
  const reportsDir = options.reports as string;
  const targets = outputs.map((t) => ({ ...t, path: t.file === undefined ? undefined : assertOutsideReports(t.file, reportsDir, io.cwd, lang) }));

  const plan = await loadPlan(options.plan as string, { lang, cwd: io.cwd, ...(maxFileSize ? { maxFileSize } : {}) });
  if (!plan.bundle) {
    io.stderr.write(problemLines(plan.problems, lang, new Chalk({ level: 0 })).join('\n') + '\n');
    throw new LoadError(cliMessage(lang, 'plan-invalid', { plan: plan.files.plan, count: plan.problems.length }));
  }
  const { bundle } = plan;
  const units = buildUnitDirectory(bundle.units);
  const deliverables = listDeliverables(bundle.plan);
  for (const id of options.unit as string[]) {
    if (!units.isUnit(id)) throw new UsageError(cliMessage(lang, 'unknown-unit-filter', { id }));
  }
  for (const id of options.section as string[]) {
    if (!bundle.plan.sections.some((s) => s.id === id)) throw new UsageError(cliMessage(lang, 'unknown-section-filter', { id }));
  }

  let loaded;
  try {
    loaded = await loadReports(resolve(io.cwd, reportsDir), { lang, cwd: io.cwd, ...(maxFileSize ? { maxFileSize } : {}) });
  } catch (error) {
    if (error instanceof MissingFolderError) throw new LoadError(cliMessage(lang, 'reports-missing', { path: reportsDir }));
    throw error;
  }
  // "Today" is the plan's today: a runner in UTC at 23:00 is already on the next day in Vietnam.
  const asOf = asOfOption ?? dayInZone(io.now(), bundle.calendar.timezone);
  const evaluation = evaluate(bundle, loaded.reports, { asOf, dueSoonDays, lang });
  const problems = sortProblems([...loaded.problems, ...evaluation.problems]);
  const full: Evaluation = { ...evaluation, problems };

  // Filters shape what is shown; the exit code always comes from the whole result.
  const sectionOf = new Map(deliverables.map((d) => [d.id, d.section]));
  const unitFilter = options.unit as string[];
  const sectionFilter = options.section as string[];
  const shown = full.obligations.filter(
    (o) =>
      (unitFilter.length === 0 || unitFilter.includes(o.unit)) &&
      (sectionFilter.length === 0 || sectionFilter.includes(sectionOf.get(o.deliverable)!)) &&
      (statusFilter.length === 0 || statusFilter.includes(o.status)),
  );
  const view: Evaluation = { ...full, obligations: shown, summary: summarize(shown) };

  for (const target of targets) {
    const ctx: FormatContext = {
      lang,
      color: color && target.path === undefined && io.stdout.isTTY === true,
      width: Number(io.env.COLUMNS) || io.stdout.columns || 120,
      bundle,
      by: options.by as 'unit' | 'deliverable',
    };
    const text = FORMATTERS[target.format](view, ctx);
    if (target.path === undefined) io.stdout.write(text);
    else {
      await writeFileAtomic(target.path, text);
      io.stderr.write(cliMessage(lang, 'written', { file: target.file! }) + '\n');
    }
  }
  return exitCodeOf(full, options.failOn as FailOn);
}

export function exitCodeOf(evaluation: Evaluation, failOn: FailOn): number {
  const failing = failingStatuses(failOn);
  const invalid = evaluation.problems.some((p) => p.severity === 'error');
  const overdue = evaluation.obligations.some((o) => failing.includes(o.status));
  return invalid || overdue ? EXIT.findings : EXIT.ok;
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
