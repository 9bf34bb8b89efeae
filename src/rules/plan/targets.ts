import { scheduleOf } from '../../core/due.js';
import { METRIC_NAMES, isMetricName } from '../../model/metrics.js';
import { suggestNearest } from '../suggest.js';
import type { PlanRule } from './plan-rule.js';

// A target is read from the report of a period (recurring) or of a quarter (ongoing): a one-off
// or on-request deliverable has none, so its target could never be checked.
export const targets: PlanRule = {
  name: 'targets',
  run(ctx) {
    ctx.bundle.plan.sections.forEach((section, s) =>
      section.tasks.forEach((task, t) =>
        task.deliverables.forEach((d, i) => {
          if (!d.targets) return;
          const at = ['sections', s, 'tasks', t, 'deliverables', i, 'targets'];
          const kind = scheduleOf(d.due).kind;
          if (kind === 'once' || kind === 'on_request') ctx.problem('plan', at, 'bad-target', 'target-without-period', { id: d.id });
          d.targets.forEach((target, j) => {
            const names = 'metric' in target ? [['metric', target.metric]] : [['left', target.left], ['right', target.right]];
            for (const [key, metric] of names as Array<[string, string]>) {
              if (isMetricName(metric)) continue;
              const suggestion = suggestNearest(metric, METRIC_NAMES);
              ctx.problem('plan', [...at, j, key], 'bad-target', 'unknown-metric', { metric, ...(suggestion ? { suggestion } : {}) });
            }
          });
        }),
      ),
    );
  },
};
