import type { PlanRule } from './plan-rule.js';

export const uniqueIds: PlanRule = {
  name: 'unique-ids',
  run(ctx) {
    const seen = new Set<string>();
    const check = (id: string, part: 'plan' | 'units', path: PropertyKey[]) => {
      if (seen.has(`${part}:${id}`)) ctx.problem(part, path, 'duplicate-id', 'duplicate-id', { id });
      seen.add(`${part}:${id}`);
    };
    ctx.bundle.plan.sections.forEach((section, s) => {
      check(section.id, 'plan', ['sections', s, 'id']);
      section.tasks.forEach((task, t) => {
        check(task.id, 'plan', ['sections', s, 'tasks', t, 'id']);
        task.deliverables.forEach((d, i) => check(d.id, 'plan', ['sections', s, 'tasks', t, 'deliverables', i, 'id']));
      });
    });
    // Units and groups share one name space: a lead names either.
    ctx.bundle.units.groups.forEach((g, i) => check(g.id, 'units', ['groups', i, 'id']));
    ctx.bundle.units.units.forEach((u, i) => check(u.id, 'units', ['units', i, 'id']));
  },
};
