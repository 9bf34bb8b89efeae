import { compareText } from '../core/compare-text.js';
/** Every problem tthc reports about a file; the codes are public API (JSON, JUnit, annotations). */
export const PROBLEM_CODES = [
  /** The file cannot be read (missing, a folder, no permission). */
  'unreadable',
  /** The bytes are not UTF-8 text (legacy Vietnamese encodings, UTF-16, NUL bytes). */
  'encoding',
  /** Over a size, alias or nesting limit. */
  'too-large',
  /** Not well-formed YAML, or not a single document. */
  'yaml-syntax',
  /** The same key twice in one mapping. */
  'duplicate-key',
  /** `apiVersion` or `kind` is missing or unknown. */
  'unknown-kind',
  /** The document does not match its kind's schema. */
  'schema',
  /** A report's `unit` differs from its folder under `reports/`; the report is not counted. */
  'unit-mismatch',
  /** A report names a unit the plan's units file does not have. */
  'unknown-unit',
  /** A report names another plan, or a version that does not exist. */
  'unknown-plan',
  /** A progress entry names a deliverable the plan does not have. */
  'unknown-deliverable',
  /** A second report of the same unit and period; the earliest `submitted` counts. */
  'duplicate-period',
  /** The same deliverable twice in one report's progress; the first entry is read. */
  'duplicate-entry',
  /** `done_on` is later than the report's own `submitted` day. */
  'done-after-submitted',
  /** A symbolic link under `reports/` points outside the workspace; it is not followed. */
  'outside-link',
  /** Plan lint: the same id twice (section, task, deliverable, unit or group). */
  'duplicate-id',
  /** Plan lint: an id that does not follow `<section>.<task>.<n>` inside its task. */
  'id-structure',
  /** Plan lint: a unit's group or a group's `reported_by` names no group. */
  'unknown-group',
  /** Plan lint: a day-off range that ends before it starts, or a deadline outside the calendar. */
  'bad-range',
  /** A progress entry names a deliverable that the plan version in force on the report's `submitted` day removed. */
  'deliverable-removed',
  /** A report submitted after its unit's `valid_to` (merged, dissolved); the report is not counted. */
  'unit-dissolved',
  /** Plan lint: a target names an unknown metric, or sits on a deliverable with no period to measure. */
  'bad-target',
  /** Plan lint: versions of one plan that do not chain (`amends`, id, year, effective day, units). */
  'bad-amendment',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path as the user gave it or relative to the working folder, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  code: ProblemCode;
  message: string;
}

/** Problems in the order a reader scans them: by file, then line, then column. */
export function compareProblems(a: Problem, b: Problem): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}
