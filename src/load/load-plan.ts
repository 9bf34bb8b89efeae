import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import type { PlanBundle } from '../model/bundle.js';
import type { Problem } from '../model/problem.js';
import { loadFile } from './load-file.js';
import { PACKAGE_ROOT } from './package-root.js';
import { displayPath } from './display-path.js';
import type { Locate } from './map-issues.js';
import { lintPlanBundle } from '../rules/plan/index.js';

export interface LoadedPlan {
  /** Absent when the plan, its units or its calendar has an error. */
  bundle?: PlanBundle;
  problems: Problem[];
  /** Paths shown to users, and where each document's positions come from. */
  files: { plan: string; units?: string; calendar?: string };
  locate?: { plan: Locate; units: Locate; calendar: Locate };
}

export interface PlanOptions {
  lang: Lang;
  cwd: string;
  maxFileSize?: number;
}

/** `--plan` takes a file or the id of a bundled plan (plans/<id>/plan.yaml in the package). */
export function resolvePlanPath(spec: string, cwd: string): string {
  const asFile = resolve(cwd, spec);
  if (existsSync(asFile) || /[/\\]|\.ya?ml$/i.test(spec)) return asFile;
  return join(PACKAGE_ROOT, 'plans', spec, 'plan.yaml');
}

export async function loadPlan(spec: string, options: PlanOptions): Promise<LoadedPlan> {
  const planPath = resolvePlanPath(spec, options.cwd);
  const files: LoadedPlan['files'] = { plan: displayPath(planPath, options.cwd) };
  const plan = await loadFile(planPath, 'Plan', options);
  if (!plan.document || plan.document.kind !== 'Plan') return { problems: plan.problems, files };
  const base = dirname(planPath);
  const unitsPath = resolve(base, plan.document.data.units);
  const calendarPath = resolve(base, plan.document.data.calendar);
  files.units = displayPath(unitsPath, options.cwd);
  files.calendar = displayPath(calendarPath, options.cwd);
  const [units, calendar] = await Promise.all([loadFile(unitsPath, 'Units', options), loadFile(calendarPath, 'Calendar', options)]);
  const problems = [...plan.problems, ...units.problems, ...calendar.problems];
  if (units.document?.kind !== 'Units' || calendar.document?.kind !== 'Calendar') return { problems, files };
  const bundle = { plan: plan.document.data, units: units.document.data, calendar: calendar.document.data };
  const locate = { plan: plan.document.locate, units: units.document.locate, calendar: calendar.document.locate };
  problems.push(...lintPlanBundle(bundle, { plan: files.plan, units: files.units, calendar: files.calendar }, locate, options.lang));
  // A plan with errors would give wrong deadlines to every unit: no bundle, so check stops (exit 2).
  if (problems.some((p) => p.severity === 'error')) return { problems, files };
  return { bundle, problems, files, locate };
}

