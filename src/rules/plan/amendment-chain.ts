import type { Lang } from '../../i18n/lang.js';
import { problemMessage } from '../../i18n/problems.js';
import type { Locate } from '../../load/map-issues.js';
import type { PlanFile } from '../../model/plan.js';
import type { Problem } from '../../model/problem.js';
import type { UnitsFile } from '../../model/units.js';

/** One loaded version: its plan, the file it came from and where its values sit. */
export interface LoadedVersion {
  plan: PlanFile;
  file: string;
  locate: Locate;
}

/**
 * The versions given together must be one plan amended in sequence: the same id and year, each
 * version after the first amending the one before it (`amends: version - 1`), in force later than
 * it. They are checked against the latest version's units file, since that is what the whole
 * chain uses: a unit an earlier version assigns must still be listed there.
 */
export function lintPlanChain(versions: readonly LoadedVersion[], units: UnitsFile, lang: Lang): Problem[] {
  const problems: Problem[] = [];
  const report = (v: LoadedVersion, path: readonly PropertyKey[], key: string, params: Record<string, string | number> = {}) => {
    const { line, column } = v.locate(path);
    problems.push({ file: v.file, line, column, severity: 'error', code: 'bad-amendment', message: problemMessage(lang, key, params) });
  };
  const sorted = [...versions].sort((a, b) => a.plan.version - b.plan.version);
  const byVersion = new Map<number, LoadedVersion>();
  for (const v of sorted) {
    const other = byVersion.get(v.plan.version);
    if (other) report(v, ['version'], 'duplicate-version', { version: v.plan.version, other: other.file });
    else byVersion.set(v.plan.version, v);
  }
  const first = sorted[0]!;
  for (const v of sorted) {
    const { id, version, amends } = v.plan;
    if (byVersion.get(version) !== v) continue;
    if (id !== first.plan.id) report(v, ['id'], 'amendment-other-plan', { id, expected: first.plan.id });
    if (amends === undefined) {
      // A lone plan file stands alone; beside other versions it must say which one it amends.
      if (v !== first) report(v, ['version'], 'amends-previous', { version, expected: version - 1 });
      continue;
    }
    if (version === 1) {
      report(v, ['amends'], 'amends-first');
      continue;
    }
    if (amends !== version - 1) {
      report(v, ['amends'], 'amends-previous', { version, expected: version - 1 });
      continue;
    }
    const previous = byVersion.get(amends);
    if (!previous) {
      report(v, ['amends'], 'amends-not-loaded', { version, amends });
      continue;
    }
    if (v.plan.year !== previous.plan.year) report(v, ['year'], 'amendment-year', { year: v.plan.year, expected: previous.plan.year, amends });
    if (v.plan.effective <= previous.plan.effective) {
      report(v, ['effective'], 'amendment-effective', { effective: v.plan.effective, previous: previous.plan.effective, amends });
    }
  }
  if (sorted.length > 1) {
    const known = new Set([...units.groups.map((g) => g.id), ...units.units.map((u) => u.id)]);
    for (const v of sorted.slice(0, -1)) {
      v.plan.sections.forEach((section, s) =>
        section.tasks.forEach((task, t) =>
          task.deliverables.forEach((d, i) => {
            for (const role of ['lead', 'support'] as const) {
              d[role].forEach((id, j) => {
                if (!known.has(id)) report(v, ['sections', s, 'tasks', t, 'deliverables', i, role, j], 'amendment-unknown-unit', { version: v.plan.version, id });
              });
            }
          }),
        ),
      );
    }
  }
  return problems;
}
