import type { PlanRule } from './plan-rule.js';

// `<section>.<task>.<n>`, numbered from 1 in order inside the task: reports cite these ids
// for a year, so a gap or a misplaced id is a typo to catch before the plan is published.
export const idStructure: PlanRule = {
  name: 'id-structure',
  run(ctx) {
    ctx.bundle.plan.sections.forEach((section, s) => {
      section.tasks.forEach((task, t) => {
        if (!task.id.startsWith(`${section.id}.`)) {
          ctx.problem('plan', ['sections', s, 'tasks', t, 'id'], 'id-structure', 'task-outside-section', { id: task.id, section: section.id });
        }
        task.deliverables.forEach((d, i) => {
          const expected = `${task.id}.${i + 1}`;
          if (d.id !== expected) ctx.problem('plan', ['sections', s, 'tasks', t, 'deliverables', i, 'id'], 'id-structure', 'deliverable-numbering', { id: d.id, expected });
        });
      });
    });
  },
};
