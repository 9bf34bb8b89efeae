import { resolve } from 'node:path';
import { dayInZone } from '../core/day.js';
import { DEFAULT_DUE_SOON_DAYS, evaluate } from '../core/evaluate.js';
import type { Evaluation } from '../core/evaluation.js';
import { listDeliverables } from '../core/plan-index.js';
import { summarize } from '../core/summary.js';
import { buildUnitDirectory } from '../core/units.js';
import { cliMessage } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { loadPlanChain } from '../load/load-plan-chain.js';
import { MissingFolderError, loadReports } from '../load/load-reports.js';
import type { PlanBundle } from '../model/bundle.js';
import type { ReportInput } from '../core/report-input.js';
import type { Problem } from '../model/problem.js';
import { LoadError, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { readCountOption, readDayOption } from './options.js';
import { requirePlan } from './require-plan.js';

/** The options `check` and `status` share: where the plan and reports are, as of when, what to show. */
export interface WorkspaceOptions {
  /** A bundled id, folder or file; several for the versions of an amended plan. */
  plan: string | string[];
  reports: string;
  asOf?: unknown;
  unit: string[];
  section: string[];
  dueSoonDays?: unknown;
  maxFileSize?: unknown;
}

export interface LoadedEvaluation {
  bundle: PlanBundle;
  /** Every obligation and problem: what an exit code is decided from. */
  full: Evaluation;
  /** Only the units and sections asked for, with the summary recounted. */
  view: Evaluation;
  /** The reports as loaded, for positions a format asks for later. */
  reports: ReportInput[];
}

/**
 * Loads the plan and the reports and evaluates them as of the day asked (today in the plan's
 * time zone by default). A bad option is a UsageError, an unreadable plan or folder a LoadError.
 */
export async function loadEvaluation(options: WorkspaceOptions, io: CliIo, lang: Lang): Promise<LoadedEvaluation> {
  const asOfOption = readDayOption(options.asOf, '--as-of', lang);
  const dueSoonDays = readCountOption(options.dueSoonDays, '--due-soon-days', lang) ?? DEFAULT_DUE_SOON_DAYS;
  const maxFileSize = readCountOption(options.maxFileSize, '--max-file-size', lang);
  const limits = maxFileSize ? { maxFileSize } : {};

  const plan = await loadPlanChain(options.plan, { lang, cwd: io.cwd, ...limits });
  requirePlan(plan, io, lang);
  const { bundle } = plan;
  const units = buildUnitDirectory(bundle.units);
  for (const id of options.unit) {
    if (!units.isUnit(id)) throw new UsageError(cliMessage(lang, 'unknown-unit-filter', { id }));
  }
  for (const id of options.section) {
    if (!bundle.plan.sections.some((s) => s.id === id)) throw new UsageError(cliMessage(lang, 'unknown-section-filter', { id }));
  }

  let loaded;
  try {
    loaded = await loadReports(resolve(io.cwd, options.reports), { lang, cwd: io.cwd, ...limits });
  } catch (error) {
    if (error instanceof MissingFolderError) throw new LoadError(cliMessage(lang, 'reports-missing', { path: options.reports }));
    throw error;
  }
  // "Today" is the plan's today: a runner in UTC at 23:00 is already on the next day in Vietnam.
  const asOf = asOfOption ?? dayInZone(io.now(), bundle.calendar.timezone);
  const evaluation = evaluate(bundle, loaded.reports, { asOf, dueSoonDays, lang });
  const full: Evaluation = { ...evaluation, problems: sortProblems([...loaded.problems, ...evaluation.problems]) };

  const sectionOf = new Map(listDeliverables(bundle.plan).map((d) => [d.id, d.section]));
  const shown = full.obligations.filter(
    (o) => (options.unit.length === 0 || options.unit.includes(o.unit)) && (options.section.length === 0 || options.section.includes(sectionOf.get(o.deliverable)!)),
  );
  return { bundle, full, view: { ...full, obligations: shown, summary: summarize(shown) }, reports: loaded.reports };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
