import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type LoadedVersion, lintPlanChain } from '../rules/plan/amendment-chain.js';
import { type LoadedPlan, type PlanOptions, loadPlan, resolvePlanPath } from './load-plan.js';
import { PACKAGE_ROOT } from './package-root.js';

export interface LoadedPlanChain extends LoadedPlan {
  /** Every file read (each version, and the units and calendar it names), as shown to users. */
  read: string[];
}

/** `plan.v2.yaml`, `plan.v3.yml`: the amendments kept beside `plan.yaml` in a plan's folder. */
const AMENDMENT = /^plan\.v([1-9]\d*)\.ya?ml$/i;

/**
 * The plan files a `--plan` value names: a file is itself; a folder, or the id of a bundled plan,
 * is its `plan.yaml` followed by every `plan.v<N>.yaml` beside it, in version order.
 */
export async function planFilesOf(spec: string, cwd: string): Promise<string[]> {
  const path = resolvePlanPath(spec, cwd);
  const isFolder = (await stat(path).catch(() => null))?.isDirectory() === true;
  const bundled = path === join(PACKAGE_ROOT, 'plans', spec, 'plan.yaml');
  if (!isFolder && !bundled) return [path];
  const folder = isFolder ? path : dirname(path);
  const names = await readdir(folder).catch(() => [] as string[]);
  const amendments = names
    .map((name) => ({ name, version: Number(AMENDMENT.exec(name)?.[1] ?? NaN) }))
    .filter((entry) => !Number.isNaN(entry.version))
    .sort((a, b) => a.version - b.version)
    .map((entry) => join(folder, entry.name));
  return [join(folder, 'plan.yaml'), ...amendments];
}

/**
 * Loads the versions of one plan (each with the units and calendar it names, and its own lint),
 * then checks that they chain. The bundle's plan is the latest version; the earlier ones ride
 * along in `earlier`; units and calendar are the latest version's, for the whole chain.
 */
export async function loadPlanChain(specs: string | readonly string[], options: PlanOptions): Promise<LoadedPlanChain> {
  const lists = await Promise.all((typeof specs === 'string' ? [specs] : specs).map((spec) => planFilesOf(spec, options.cwd)));
  const paths = [...new Set(lists.flat())];
  const loaded = await Promise.all(paths.map((path) => loadPlan(path, options)));
  const problems = loaded.flatMap((plan) => plan.problems);
  const read = [...new Set(loaded.flatMap((plan) => [plan.files.plan, plan.files.units ?? [], plan.files.calendar ?? []].flat()))];
  const broken = loaded.find((plan) => !plan.bundle);
  if (broken) return { problems, files: broken.files, read };

  const versions = loaded
    .map((plan) => ({ plan: plan.bundle!.plan, file: plan.files.plan, locate: plan.locate!.plan, loaded: plan }))
    .sort((a, b) => a.plan.version - b.plan.version);
  const latest = versions.at(-1)!.loaded;
  problems.push(...lintPlanChain(versions satisfies LoadedVersion[], latest.bundle!.units, options.lang));
  if (problems.some((p) => p.severity === 'error')) return { problems, files: latest.files, read };
  const bundle = { ...latest.bundle!, ...(versions.length > 1 ? { earlier: versions.slice(0, -1).map((v) => v.plan) } : {}) };
  return { bundle, problems, files: latest.files, read, ...(latest.locate ? { locate: latest.locate } : {}) };
}
