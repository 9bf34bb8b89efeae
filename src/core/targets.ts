import { METRICS, isMetricName } from '../model/metrics.js';
import type { Target, TargetOp } from '../model/target.js';
import type { Obligation } from './evaluation.js';
import type { ReportInput } from './report-input.js';

/** `met` reached; `missed` not reached; `no_data` a number it needs is not in the report. */
export type TargetResult = 'met' | 'missed' | 'no_data';

/** One target of a deliverable, checked against one report's metrics. */
export interface TargetCheck {
  left: { metric: string; value: number | null };
  op: TargetOp;
  /** A metric (`right`) or the plan's number (`value`, with no metric). */
  right: { metric: string | null; value: number | null };
  result: TargetResult;
}

type Metrics = Readonly<Record<string, number>> | undefined;

/** The number a report gives for a metric: stated, else derived from the counts it is a rate of; null when neither. */
export function metricValue(metrics: Metrics, name: string): number | null {
  if (metrics && Object.hasOwn(metrics, name)) return metrics[name]!;
  const derived = isMetricName(name) ? METRICS[name].percentOf : undefined;
  if (!derived) return null;
  const [part, whole] = derived;
  const partValue = metricValue(metrics, part);
  const wholeValue = metricValue(metrics, whole);
  if (partValue === null || !wholeValue) return null;
  // Two decimals, as a report would state the rate.
  return Math.round((partValue * 10_000) / wholeValue) / 100;
}

function compare(left: number, op: TargetOp, right: number): boolean {
  switch (op) {
    case '>=':
      return left >= right;
    case '>':
      return left > right;
    case '<=':
      return left <= right;
    case '<':
      return left < right;
    case '=':
      return left === right;
  }
}

export function checkTarget(target: Target, metrics: Metrics): TargetCheck {
  const leftMetric = 'metric' in target ? target.metric : target.left;
  const left = { metric: leftMetric, value: metricValue(metrics, leftMetric) };
  const right = 'value' in target ? { metric: null, value: target.value } : { metric: target.right, value: metricValue(metrics, target.right) };
  const result = left.value === null || right.value === null ? 'no_data' : compare(left.value, target.op, right.value) ? 'met' : 'missed';
  return { left, op: target.op, right, result };
}

// A target speaks only of work that was done: a missing or late result already says more.
const CHECKED = new Set(['met', 'late', 'reported']);

/**
 * Checks a deliverable's targets against the report the obligation is judged from. A met or
 * reported obligation with a target not reached, or whose numbers the report does not give,
 * becomes `target_missed` and points at the metric to look at.
 */
export function withTargets(obligation: Obligation, targets: readonly Target[], report: ReportInput | undefined): Obligation {
  if (!report || !CHECKED.has(obligation.status)) return obligation;
  const checks = targets.map((target) => checkTarget(target, report.data.metrics));
  const failed = checks.find((check) => check.result !== 'met');
  if (!failed || obligation.status === 'late') return { ...obligation, targets: checks };
  const metrics = report.data.metrics;
  const pointer = metrics && Object.hasOwn(metrics, failed.left.metric) ? ['metrics', failed.left.metric] : metrics ? ['metrics'] : obligation.pointer;
  return { ...obligation, status: 'target_missed', report: report.file, pointer, targets: checks };
}
