import type { Evaluation, Obligation } from '../core/evaluation.js';
import type { TargetResult } from '../core/targets.js';
import type { Problem, Severity } from '../model/problem.js';
import type { Status } from '../model/status.js';
import type { TargetOp } from '../model/target.js';

/**
 * `--format json`, formatVersion 1: public API that CI jobs parse. It grows only by adding
 * fields; it is built from the evaluation, never the evaluation itself.
 */
export interface JsonOutputV1 {
  formatVersion: 1;
  asOf: string;
  plan: { id: string; version: number };
  summary: Record<Status, number>;
  problems: Array<{ file: string; line: number; column: number; severity: Severity; code: string; message: string }>;
  obligations: Array<{
    deliverable: string;
    unit: string;
    period: string | null;
    due: string | null;
    status: Status;
    doneOn: string | null;
    report: string | null;
    /** Added in 1: days after the due day (late, missed). */
    daysLate: number | null;
    /** Added in 1: days until the due day (due_soon, open). */
    daysLeft: number | null;
    /** Added in 1: the reason given with `not_applicable`. */
    note: string | null;
  }>;
  /**
   * Added in 1: every target checked, for each obligation whose report was read (ongoing: the
   * quarterly report; recurring: the period's report), in the obligations' order.
   */
  targets: Array<{
    deliverable: string;
    unit: string;
    period: string | null;
    report: string | null;
    /** As the plan writes it: `apology_letters >= dossiers_resolved_late`. */
    target: string;
    left: { metric: string; value: number | null };
    op: TargetOp;
    /** `metric` is null when the plan gives a number. */
    right: { metric: string | null; value: number | null };
    result: TargetResult;
  }>;
}

type JsonProblem = JsonOutputV1['problems'][number];
type JsonObligation = JsonOutputV1['obligations'][number];
export type JsonTarget = JsonOutputV1['targets'][number];

/** Everything before the three lists, in the contract's key order. */
export type JsonHead = Omit<JsonOutputV1, 'problems' | 'obligations' | 'targets'>;

export function toJsonOutput(evaluation: Evaluation): JsonOutputV1 {
  return {
    ...toJsonHead(evaluation),
    problems: evaluation.problems.map(toJsonProblem),
    obligations: evaluation.obligations.map(toJsonObligation),
    targets: evaluation.obligations.flatMap(toJsonTargets),
  };
}

// The per-item mappings are shared with the streamed form (json.ts), which maps one item at a
// time: the two outputs can only agree if they build each item the same way.

export function toJsonHead(evaluation: Evaluation): JsonHead {
  return {
    formatVersion: 1,
    asOf: evaluation.asOf,
    plan: { id: evaluation.plan.id, version: evaluation.plan.version },
    summary: { ...evaluation.summary },
  };
}

export function toJsonProblem({ file, line, column, severity, code, message }: Problem): JsonProblem {
  return { file, line, column, severity, code, message };
}

export function toJsonObligation(o: Obligation): JsonObligation {
  return {
    deliverable: o.deliverable,
    unit: o.unit,
    period: o.period,
    due: o.due,
    status: o.status,
    doneOn: o.doneOn,
    report: o.report,
    daysLate: o.daysLate,
    daysLeft: o.daysLeft,
    note: o.note,
  };
}

/** An obligation's checked targets; none when its report was not read. */
export function toJsonTargets(o: Obligation): JsonTarget[] {
  return (o.targets ?? []).map(({ left, op, right, result }) => ({
    deliverable: o.deliverable,
    unit: o.unit,
    period: o.period,
    report: o.report,
    target: `${left.metric} ${op} ${right.metric ?? right.value}`,
    left,
    op,
    right,
    result,
  }));
}
