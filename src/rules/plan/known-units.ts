import { suggestNearest } from '../suggest.js';
import type { PlanRule } from './plan-rule.js';

export const knownUnits: PlanRule = {
  name: 'known-units',
  run(ctx) {
    const { units, groups } = ctx.bundle.units;
    const groupIds = groups.map((g) => g.id);
    const known = [...groupIds, ...units.map((u) => u.id)];
    ctx.bundle.plan.sections.forEach((section, s) =>
      section.tasks.forEach((task, t) =>
        task.deliverables.forEach((d, i) => {
          for (const role of ['lead', 'support'] as const) {
            d[role].forEach((id, j) => {
              if (known.includes(id)) return;
              const suggestion = suggestNearest(id, known);
              ctx.problem('plan', ['sections', s, 'tasks', t, 'deliverables', i, role, j], 'unknown-unit', 'unknown-unit', { id, ...(suggestion ? { suggestion } : {}) });
            });
          }
        }),
      ),
    );
    groups.forEach((g, i) => {
      if (g.reported_by !== undefined && !groupIds.includes(g.reported_by)) {
        ctx.problem('units', ['groups', i, 'reported_by'], 'unknown-group', 'unknown-group', { id: g.reported_by });
      }
    });
    units.forEach((u, i) =>
      u.groups.forEach((id, j) => {
        if (!groupIds.includes(id)) ctx.problem('units', ['units', i, 'groups', j], 'unknown-group', 'unknown-group', { id });
        // A group reported by another has no members of its own (FORMATS.md).
        else if (groups.find((g) => g.id === id)?.reported_by) ctx.problem('units', ['units', i, 'groups', j], 'unknown-group', 'group-has-reporter', { id });
      }),
    );
  },
};
