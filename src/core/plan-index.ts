import type { Deliverable, PlanFile } from '../model/plan.js';

export interface PlacedDeliverable extends Deliverable {
  section: string;
  task: string;
}

/** Every deliverable in plan order, with the section and task it sits in. */
export function listDeliverables(plan: PlanFile): PlacedDeliverable[] {
  return plan.sections.flatMap((section) =>
    section.tasks.flatMap((task) => task.deliverables.map((d) => ({ ...d, section: section.id, task: task.id }))),
  );
}
