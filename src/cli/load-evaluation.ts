import { resolve } from 'node:path';
import { DEFAULT_DUE_SOON_DAYS, evaluate } from '../core/evaluate.js';
import type { Evaluation, Obligation } from '../core/evaluation.js';
import { summarize } from '../core/summary.js';
import { buildUnitDirectory } from '../core/units.js';
import { cliMessage } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { collectGarbageIfLarge } from '../load/collect-garbage.js';
import { withoutOptimising } from '../load/compiler-flags.js';
import { loadPlanChain } from '../load/load-plan-chain.js';
import { type LoadOptions, type LoadedReports, MissingFolderError, loadReports } from '../load/load-reports.js';
import type { PlanBundle } from '../model/bundle.js';
import type { ReportInput } from '../core/report-input.js';
import { compareProblems } from '../model/problem.js';
import { LoadError, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { readConcurrency, readCountOption, readDayOption } from './options.js';
import { requirePlan } from './require-plan.js';
import { planVersions } from '../core/plan-versions.js';
import { todayInZone } from './today.js';

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
  concurrency?: unknown;
}

export interface LoadedEvaluation {
  bundle: PlanBundle;
  /** Every obligation and problem: what an exit code is decided from. */
  full: Evaluation;
  /** Only the units and sections asked for, with the summary recounted. */
  view: Evaluation;
  /** The reports as loaded, for positions a format asks for later. */
  reports: ReportInput[];
  /** How many report files were read. */
  fileCount: number;
}

/**
 * Loads the plan and the reports and evaluates them as of the day asked (today in the plan's
 * time zone by default). A bad option is a UsageError, an unreadable plan or folder a LoadError.
 */
export async function loadEvaluation(options: WorkspaceOptions, io: CliIo, lang: Lang): Promise<LoadedEvaluation> {
  const asOfOption = readDayOption(options.asOf, '--as-of', lang);
  const dueSoonDays = readCountOption(options.dueSoonDays, '--due-soon-days', lang) ?? DEFAULT_DUE_SOON_DAYS;
  const maxFileSize = readCountOption(options.maxFileSize, '--max-file-size', lang);
  const concurrency = readConcurrency(options.concurrency, lang);
  const limits = { concurrency, ...(maxFileSize !== undefined ? { maxFileSize } : {}) };

  // The limit guards against what units push into the shared reports folder; the plan is the office's own.
  const plan = await withoutOptimising(() => loadPlanChain(options.plan, { lang, cwd: io.cwd }));
  requirePlan(plan, io, lang);
  const { bundle } = plan;
  const units = buildUnitDirectory(bundle.units);
  // A group id (`--unit ubnd-huyen`) shows each of its members.
  for (const id of options.unit) {
    if (!units.isUnit(id) && !units.isGroup(id)) throw new UsageError(cliMessage(lang, 'unknown-unit-filter', { id }));
  }
  const unitFilter = new Set(units.expand(options.unit));
  const versions = planVersions(bundle);
  for (const id of options.section) {
    if (!versions.some((version) => version.sections.some((s) => s.id === id))) throw new UsageError(cliMessage(lang, 'unknown-section-filter', { id }));
  }

  const loaded = await loadReportsFolder(options.reports, io, lang, limits);
  collectGarbageIfLarge(loaded.fileCount);
  // "Today" is the plan's today: a runner in UTC at 23:00 is already on the next day in Vietnam.
  const asOf = asOfOption ?? (await todayInZone(io, bundle.calendar.timezone));
  const evaluation = evaluate(bundle, loaded.reports, { asOf, dueSoonDays, lang });
  const full: Evaluation = { ...evaluation, problems: [...loaded.problems, ...evaluation.problems].sort(compareProblems) };

  // `<section>.<task>.<n>` (plan lint holds every version to it): the section of a deliverable that
  // only an earlier version has is still known.
  // Unfiltered, the view is the whole result: its summary is already counted.
  const view =
    unitFilter.size === 0 && options.section.length === 0
      ? full
      : viewOf(full, (o) => (unitFilter.size === 0 || unitFilter.has(o.unit)) && (options.section.length === 0 || options.section.includes(o.deliverable.split('.')[0]!)));
  return { bundle, full, view, reports: loaded.reports, fileCount: loaded.fileCount };
}

/** The obligations that pass `keep`, with the summary recounted for them. */
export function viewOf(evaluation: Evaluation, keep: (o: Obligation) => boolean): Evaluation {
  const obligations = evaluation.obligations.filter(keep);
  return { ...evaluation, obligations, summary: summarize(obligations) };
}


/** Every report under the folder the user named; a folder that is not there is a LoadError (exit 2). */
export async function loadReportsFolder(dir: string, io: CliIo, lang: Lang, limits: Pick<LoadOptions, 'maxFileSize' | 'concurrency'> = {}): Promise<LoadedReports> {
  try {
    return await loadReports(resolve(io.cwd, dir), { lang, cwd: io.cwd, ...limits });
  } catch (error) {
    if (error instanceof MissingFolderError) throw new LoadError(cliMessage(lang, 'reports-missing', { path: dir }));
    throw error;
  }
}
