import type { Evaluation } from '../core/evaluation.js';
import type { TargetResult } from '../core/targets.js';
import type { Severity } from '../model/problem.js';
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

export function toJsonOutput(evaluation: Evaluation): JsonOutputV1 {
  return {
    formatVersion: 1,
    asOf: evaluation.asOf,
    plan: { id: evaluation.plan.id, version: evaluation.plan.version },
    summary: { ...evaluation.summary },
    problems: evaluation.problems.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message })),
    obligations: evaluation.obligations.map((o) => ({
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
    })),
    targets: evaluation.obligations.flatMap((o) =>
      (o.targets ?? []).map(({ left, op, right, result }) => ({
        deliverable: o.deliverable,
        unit: o.unit,
        period: o.period,
        report: o.report,
        target: `${left.metric} ${op} ${right.metric ?? right.value}`,
        left,
        op,
        right,
        result,
      })),
    ),
  };
}
